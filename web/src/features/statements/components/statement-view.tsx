import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { StaticTable } from '@/components/data-table/static-table';
import { EnumTag } from '@/components/enum-tag';
import { FieldList } from '@/components/field-list';
import { FormProblemAlert } from '@/components/form-problem-alert';
import { QueryState } from '@/components/query-state';
import {
  RecordStatementResponseMutation,
  downloadStatementCsv,
  useRefreshStatements,
  useStatement,
  type StatementDetail,
} from '@/features/statements/api/statements';
import type { StatementResponse } from '@/gql/graphql';
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
import { formatDate, formatDateTime, formatMoney } from '@/utils/format';

type Line = StatementDetail['lines']['nodes'][number];

interface StatementViewProps {
  id: string;
  customerPath: (id: string) => string;
}

/** One statement (对账单): balances, the month's lines, print and CSV, and the customer's answer for who records it. */
export function StatementView({ id, customerPath }: StatementViewProps) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const { message } = App.useApp();
  const query = useStatement(id);
  const statement = query.data;
  const money = (value: string | number) => formatMoney(value, locale);
  return (
    <QueryState
      isLoading={query.isLoading}
      error={query.error}
      onRetry={() => void query.refetch()}
      isEmpty={!query.isLoading && !query.error && !statement}
    >
      {statement ? (
        <Card
          className="statement-print"
          role="region"
          aria-label={t('statements.title', { number: statement.number })}
          title={
            <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
              {t('statements.title', { number: statement.number })}{' '}
              <EnumTag name="statementStatus" value={statement.status} />
            </Typography.Title>
          }
          extra={
            <Space className="no-print">
              <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
                {t('statements.print')}
              </Button>
              <Button
                icon={<DownloadOutlined />}
                onClick={() =>
                  void downloadStatementCsv(statement.id, statement.number).catch(() =>
                    message.error(t('errors.network')),
                  )
                }
              >
                {t('statements.csv')}
              </Button>
            </Space>
          }
        >
          <Flex vertical gap="middle">
            <FieldList
              items={[
                {
                  key: 'customer',
                  label: t('statements.fields.customer'),
                  value: statement.customer ? (
                    <Link to={customerPath(statement.customer.id)}>
                      {statement.customer.code} · {statement.customer.name}
                    </Link>
                  ) : null,
                },
                {
                  key: 'period',
                  label: t('statements.fields.period'),
                  value: `${formatDate(statement.periodStart, locale)} – ${formatDate(statement.periodEnd, locale)}`,
                },
                { key: 'owner', label: t('statements.fields.owner'), value: statement.owner?.name },
                {
                  key: 'opening',
                  label: t('statements.fields.openingBalance'),
                  value: money(statement.openingBalance),
                },
                {
                  key: 'invoiced',
                  label: t('statements.fields.invoicedAmount'),
                  value: money(statement.invoicedAmount),
                },
                {
                  key: 'credited',
                  label: t('statements.fields.creditedAmount'),
                  value: money(statement.creditedAmount),
                },
                {
                  key: 'received',
                  label: t('statements.fields.receivedAmount'),
                  value: money(statement.receivedAmount),
                },
                {
                  key: 'closing',
                  label: t('statements.fields.closingBalance'),
                  value: (
                    <strong data-testid="statement-closing">
                      {money(statement.closingBalance)}
                    </strong>
                  ),
                },
                {
                  key: 'responded',
                  label: t('statements.fields.respondedAt'),
                  value: statement.respondedAt
                    ? `${formatDateTime(statement.respondedAt, locale)}${statement.respondedBy ? ` · ${statement.respondedBy.name}` : ''}`
                    : null,
                },
                {
                  key: 'note',
                  label: t('statements.fields.responseNote'),
                  field: { type: 'Statement', field: 'responseNote' },
                  value: statement.responseNote,
                },
              ]}
            />
            <StaticTable<Line>
              rows={statement.lines.nodes}
              rowKey={(l) => l.id}
              label={t('statements.linesTitle')}
              exportName={`${statement.number}-lines`}
              columns={[
                { key: 'lineNo', title: '#', render: (l) => l.lineNo, csv: (l) => l.lineNo },
                {
                  key: 'on',
                  title: t('statements.lines.on'),
                  render: (l) => formatDate(l.on, locale),
                  csv: (l) => l.on,
                },
                {
                  key: 'kind',
                  title: t('statements.lines.kind'),
                  render: (l) => label('statementLineKind', l.kind),
                  csv: (l) => label('statementLineKind', l.kind),
                },
                {
                  key: 'document',
                  title: t('statements.lines.document'),
                  render: (l) => l.documentNumber,
                  csv: (l) => l.documentNumber,
                },
                {
                  key: 'amount',
                  title: t('statements.lines.amount'),
                  align: 'right',
                  render: (l) => money(l.amount),
                  csv: (l) => Number(l.amount),
                },
                {
                  key: 'balance',
                  title: t('statements.lines.balance'),
                  align: 'right',
                  render: (l) => money(l.balance),
                  csv: (l) => Number(l.balance),
                },
              ]}
            />
            {access.may('recordStatementResponse') && statement.status !== 'CONFIRMED' ? (
              <ResponseForm statement={statement} />
            ) : null}
          </Flex>
        </Card>
      ) : null}
    </QueryState>
  );
}

interface ResponseValues {
  response: StatementResponse;
  note?: string;
}

/** The customer's answer as the rep or clerk records it: confirmed, or disputed with what is wrong. */
function ResponseForm({ statement }: { statement: StatementDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const refresh = useRefreshStatements();
  const [form] = Form.useForm<ResponseValues>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const response = Form.useWatch('response', form);
  const mutation = useMutation({
    mutationFn: (values: ResponseValues) =>
      graphqlClient.request(RecordStatementResponseMutation, {
        input: {
          statementId: statement.id,
          version: statement.version,
          response: values.response,
          note: values.note ?? null,
        },
      }),
    onSuccess: (result) => {
      const payload = result.recordStatementResponse;
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        readUserErrors(payload.errors),
      );
      setProblem(found);
      if (found || !payload.statement) return;
      void message.success(t('statements.respond.done', { number: payload.statement.number }));
      form.resetFields();
      void refresh();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });
  return (
    <Form<ResponseValues>
      form={form}
      layout="vertical"
      className="no-print"
      aria-label={t('statements.respond.title')}
      initialValues={{ response: 'CONFIRMED' }}
      onFinish={(values) => mutation.mutate(values)}
    >
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('statements.respond.title')}
      </Typography.Title>
      <FormProblemAlert
        problem={problem}
        onReload={() => void refresh()}
        style={{ marginBottom: 12 }}
      />
      <Form.Item name="response" label={t('statements.respond.answer')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'CONFIRMED', label: t('statements.respond.confirmed') },
            { value: 'DISPUTED', label: t('statements.respond.disputed') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('statements.respond.note')}
        rules={[
          {
            required: response === 'DISPUTED',
            whitespace: true,
            message: t('statements.respond.noteRequired'),
          },
          { max: 1000 },
        ]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('statements.respond.submit')}
      </Button>
    </Form>
  );
}
