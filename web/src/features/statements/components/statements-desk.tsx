import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Flex, Form, Segmented, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { moneyColumn, type DataColumn } from '@/components/data-table/columns';
import { CursorTable } from '@/components/data-table/cursor-table';
import { EnumTag } from '@/components/enum-tag';
import { FormProblemAlert } from '@/components/form-problem-alert';
import {
  GenerateStatementsMutation,
  statementsList,
  useRefreshStatements,
  type StatementRow,
} from '@/features/statements/api/statements';
import type { StatementStatus } from '@/gql/graphql';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FormProblem,
} from '@/lib/graphql-errors';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';

const statuses: StatementStatus[] = ['SENT', 'CONFIRMED', 'DISPUTED'];

interface StatementsDeskProps {
  onOpen: (id: string) => void;
  customerPath: (id: string) => string;
}

/** Finance generates a month's statements; everyone lists theirs by status (DISPUTED: the disputes list) and opens one. */
export function StatementsDesk({ onOpen, customerPath }: StatementsDeskProps) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const [status, setStatus] = useState<StatementStatus | 'ALL'>('ALL');
  const month = (r: StatementRow) => `${r.year}-${String(r.month).padStart(2, '0')}`;
  const columns: DataColumn<StatementRow>[] = [
    {
      key: 'number',
      sortField: 'number',
      title: t('statements.fields.number'),
      render: (r) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => onOpen(r.id)}>
          {r.number}
        </Button>
      ),
      csv: (r) => r.number,
    },
    { key: 'month', title: t('statements.fields.month'), render: month, csv: month },
    {
      key: 'customer',
      title: t('statements.fields.customer'),
      render: (r) =>
        r.customer ? <Link to={customerPath(r.customer.id)}>{r.customer.name}</Link> : null,
      csv: (r) => r.customer?.name,
    },
    {
      key: 'owner',
      title: t('statements.fields.owner'),
      render: (r) => r.owner?.name,
      csv: (r) => r.owner?.name,
    },
    {
      key: 'status',
      sortField: 'status',
      title: t('statements.fields.status'),
      render: (r) => <EnumTag name="statementStatus" value={r.status} />,
      csv: (r) => label('statementStatus', r.status),
    },
    moneyColumn<StatementRow>({
      key: 'opening',
      sortField: 'openingBalance',
      title: t('statements.fields.openingBalance'),
      value: (r) => r.openingBalance,
      locale,
    }),
    moneyColumn<StatementRow>({
      key: 'closing',
      sortField: 'closingBalance',
      title: t('statements.fields.closingBalance'),
      value: (r) => r.closingBalance,
      locale,
    }),
    {
      key: 'note',
      title: t('statements.fields.responseNote'),
      field: { type: 'Statement', field: 'responseNote' },
      render: (r) => r.responseNote,
      csv: (r) => r.responseNote,
    },
  ];
  return (
    <Flex vertical gap="middle">
      {access.may('generateStatements') ? <GenerateCard /> : null}
      <Segmented<StatementStatus | 'ALL'>
        aria-label={t('statements.fields.status')}
        value={status}
        onChange={setStatus}
        options={[
          { value: 'ALL', label: t('statements.all') },
          ...statuses.map((s) => ({
            value: s,
            label: s === 'DISPUTED' ? t('statements.disputes') : label('statementStatus', s),
          })),
        ]}
      />
      <CursorTable<StatementRow>
        {...statementsList(access.me.username, { status })}
        columns={columns}
        rowKey={(r) => r.id}
        label={t('nav.statements')}
        exportName="statements"
      />
    </Flex>
  );
}

/** The month-end run: a month (default the last one) and a button; it reports how many it made. */
function GenerateCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const refresh = useRefreshStatements();
  const [form] = Form.useForm<{ month: Dayjs }>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const mutation = useMutation({
    mutationFn: (month: Dayjs) =>
      graphqlClient.request(GenerateStatementsMutation, {
        input: { year: month.year(), month: month.month() + 1 },
      }),
    onSuccess: (result) => {
      const payload = result.generateStatements;
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        readUserErrors(payload.errors),
      );
      setProblem(found);
      if (found || !payload.run) return;
      void message.success(
        t('statements.generate.done', {
          month: `${payload.run.year}-${String(payload.run.month).padStart(2, '0')}`,
          generated: payload.run.generated,
          already: payload.run.alreadyThere,
        }),
      );
      void refresh();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });
  return (
    <Card
      size="small"
      title={<Typography.Text strong>{t('statements.generate.title')}</Typography.Text>}
    >
      <FormProblemAlert
        problem={problem}
        onReload={() => void refresh()}
        style={{ marginBottom: 12 }}
      />
      <Form
        form={form}
        layout="inline"
        aria-label={t('statements.generate.title')}
        initialValues={{ month: dayjs().subtract(1, 'month') }}
        onFinish={(values) => mutation.mutate(values.month)}
      >
        <Form.Item name="month" label={t('statements.generate.month')} rules={[{ required: true }]}>
          <DatePicker
            picker="month"
            allowClear={false}
            disabledDate={(d) => d.isAfter(dayjs(), 'month')}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {t('statements.generate.submit')}
        </Button>
      </Form>
    </Card>
  );
}
