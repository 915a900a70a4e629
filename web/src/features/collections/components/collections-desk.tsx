import { useMutation } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { dateColumn, moneyColumn, type DataColumn } from '@/components/data-table/columns';
import { CursorTable } from '@/components/data-table/cursor-table';
import { StaticTable } from '@/components/data-table/static-table';
import { FieldList } from '@/components/field-list';
import { FormProblemAlert } from '@/components/form-problem-alert';
import { QueryState } from '@/components/query-state';
import {
  EscalateCollectionNoticesMutation,
  IssueCollectionNoticesMutation,
  RecordPaymentPromiseMutation,
  collectionsToChaseList,
  useCollectionNotice,
  useRefreshCollections,
  type CollectionNoticeDetail,
  type CollectionRow,
} from '@/features/collections/api/collections';
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
import { formatDate, formatMoney } from '@/utils/format';

interface CollectionsDeskProps {
  onOpen: (id: string) => void;
  customerPath: (id: string) => string;
}

/** What is the caller's to chase (催收): finance's runs, and the notices at the caller's level. */
export function CollectionsDesk({ onOpen, customerPath }: CollectionsDeskProps) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const columns: DataColumn<CollectionRow>[] = [
    {
      key: 'number',
      sortField: 'number',
      title: t('collections.fields.number'),
      render: (r) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => onOpen(r.id)}>
          {r.number}
        </Button>
      ),
      csv: (r) => r.number,
    },
    {
      key: 'customer',
      title: t('collections.fields.customer'),
      render: (r) =>
        r.customer ? <Link to={customerPath(r.customer.id)}>{r.customer.name}</Link> : null,
      csv: (r) => r.customer?.name,
    },
    {
      key: 'owner',
      title: t('collections.fields.owner'),
      render: (r) => r.owner?.name,
      csv: (r) => r.owner?.name,
    },
    {
      key: 'level',
      sortField: 'level',
      title: t('collections.fields.level'),
      render: (r) => label('dunningLevel', r.level),
      csv: (r) => label('dunningLevel', r.level),
    },
    {
      key: 'status',
      sortField: 'status',
      title: t('collections.fields.status'),
      render: (r) => label('collectionNoticeStatus', r.status),
      csv: (r) => label('collectionNoticeStatus', r.status),
    },
    moneyColumn<CollectionRow>({
      key: 'overdue',
      sortField: 'overdueAmount',
      title: t('collections.fields.overdueAmount'),
      value: (r) => r.overdueAmount,
      locale,
    }),
    dateColumn<CollectionRow>({
      key: 'issuedOn',
      sortField: 'issuedOn',
      title: t('collections.fields.issuedOn'),
      value: (r) => r.issuedOn,
      locale,
    }),
    {
      key: 'promisedOn',
      title: t('collections.fields.promisedOn'),
      render: (r) => (r.promisedOn ? formatDate(r.promisedOn, locale) : '–'),
      csv: (r) => r.promisedOn,
    },
  ];
  return (
    <Flex vertical gap="middle">
      {access.may('issueCollectionNotices') || access.may('escalateCollectionNotices') ? (
        <RunsCard />
      ) : null}
      <CursorTable<CollectionRow>
        {...collectionsToChaseList(access.me.username)}
        columns={columns}
        rowKey={(r) => r.id}
        label={t('collections.toChase')}
        exportName="collections"
      />
    </Flex>
  );
}

/** Finance issues notices from what is overdue; finance or the director runs the escalation. */
function RunsCard() {
  const { t } = useI18n();
  const access = useAccess();
  const { message } = App.useApp();
  const refresh = useRefreshCollections();
  const issue = useMutation({
    mutationFn: () => graphqlClient.request(IssueCollectionNoticesMutation, { input: {} }),
    onSuccess: (result) => {
      const run = result.issueCollectionNotices.run;
      if (run)
        void message.success(
          t('collections.issued', { issued: run.issued, unchanged: run.unchanged }),
        );
      void refresh();
    },
    onError: () => void message.error(t('errors.unknown')),
  });
  const escalate = useMutation({
    mutationFn: () => graphqlClient.request(EscalateCollectionNoticesMutation, { input: {} }),
    onSuccess: (result) => {
      const run = result.escalateCollectionNotices.run;
      if (run)
        void message.success(
          t('collections.escalated', { escalated: run.escalated, closed: run.closed }),
        );
      void refresh();
    },
    onError: () => void message.error(t('errors.unknown')),
  });
  return (
    <Card size="small" title={<Typography.Text strong>{t('collections.runs')}</Typography.Text>}>
      <Space wrap>
        {access.may('issueCollectionNotices') ? (
          <Button type="primary" loading={issue.isPending} onClick={() => issue.mutate()}>
            {t('collections.issue')}
          </Button>
        ) : null}
        {access.may('escalateCollectionNotices') ? (
          <Button loading={escalate.isPending} onClick={() => escalate.mutate()}>
            {t('collections.escalate')}
          </Button>
        ) : null}
      </Space>
    </Card>
  );
}

type Item = CollectionNoticeDetail['items']['nodes'][number];

/** One notice: its overdue invoices and, for the chasers, the customer's promise to pay. */
export function CollectionNoticeView({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const query = useCollectionNotice(id);
  const notice = query.data;
  const money = (value: string | number) => formatMoney(value, locale);
  return (
    <QueryState
      isLoading={query.isLoading}
      error={query.error}
      onRetry={() => void query.refetch()}
      isEmpty={!query.isLoading && !query.error && !notice}
    >
      {notice ? (
        <Card
          role="region"
          aria-label={t('collections.title', { number: notice.number })}
          title={
            <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
              {t('collections.title', { number: notice.number })}
            </Typography.Title>
          }
        >
          <Flex vertical gap="middle">
            <FieldList
              items={[
                {
                  key: 'customer',
                  label: t('collections.fields.customer'),
                  value: notice.customer?.name,
                },
                {
                  key: 'level',
                  label: t('collections.fields.level'),
                  value: label('dunningLevel', notice.level),
                },
                {
                  key: 'status',
                  label: t('collections.fields.status'),
                  value: (
                    <span data-testid="notice-status">
                      {label('collectionNoticeStatus', notice.status)}
                    </span>
                  ),
                },
                {
                  key: 'overdue',
                  label: t('collections.fields.overdueAmount'),
                  value: money(notice.overdueAmount),
                },
                {
                  key: 'promisedOn',
                  label: t('collections.fields.promisedOn'),
                  value: notice.promisedOn
                    ? `${formatDate(notice.promisedOn, locale)}${notice.promisedAmount ? ` · ${money(notice.promisedAmount)}` : ''}`
                    : null,
                },
                {
                  key: 'note',
                  label: t('collections.fields.promiseNote'),
                  field: { type: 'CollectionNotice', field: 'promiseNote' },
                  value: notice.promiseNote,
                },
              ]}
            />
            <StaticTable<Item>
              rows={notice.items.nodes}
              rowKey={(i) => i.id}
              label={t('collections.items')}
              exportName={`${notice.number}-items`}
              columns={[
                {
                  key: 'invoice',
                  title: t('collections.fields.invoice'),
                  render: (i) => i.invoiceNumber,
                  csv: (i) => i.invoiceNumber,
                },
                {
                  key: 'dueOn',
                  title: t('collections.fields.dueOn'),
                  render: (i) => formatDate(i.dueOn, locale),
                  csv: (i) => i.dueOn,
                },
                {
                  key: 'days',
                  title: t('collections.fields.daysOverdue'),
                  align: 'right',
                  render: (i) => i.daysOverdue,
                  csv: (i) => i.daysOverdue,
                },
                {
                  key: 'open',
                  title: t('collections.fields.openAmount'),
                  align: 'right',
                  render: (i) => money(i.openAmount),
                  csv: (i) => Number(i.openAmount),
                },
              ]}
            />
            {access.may('recordPaymentPromise') && notice.status !== 'CLOSED' ? (
              <PromiseForm notice={notice} />
            ) : null}
          </Flex>
        </Card>
      ) : null}
    </QueryState>
  );
}

interface PromiseValues {
  promisedOn: Dayjs;
  amount: number;
  note?: string;
}

function PromiseForm({ notice }: { notice: CollectionNoticeDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const refresh = useRefreshCollections();
  const [form] = Form.useForm<PromiseValues>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const mutation = useMutation({
    mutationFn: (values: PromiseValues) =>
      graphqlClient.request(RecordPaymentPromiseMutation, {
        input: {
          collectionNoticeId: notice.id,
          version: notice.version,
          promisedOn: values.promisedOn.format('YYYY-MM-DD'),
          amount: values.amount,
          note: values.note ?? null,
        },
      }),
    onSuccess: (result) => {
      const payload = result.recordPaymentPromise;
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        readUserErrors(payload.errors),
      );
      setProblem(found);
      if (found || !payload.collectionNotice) return;
      void message.success(
        t('collections.promise.done', { number: payload.collectionNotice.number }),
      );
      void refresh();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });
  return (
    <Form<PromiseValues>
      form={form}
      layout="vertical"
      aria-label={t('collections.promise.title')}
      initialValues={{ promisedOn: dayjs().add(7, 'day'), amount: Number(notice.overdueAmount) }}
      onFinish={(values) => mutation.mutate(values)}
    >
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('collections.promise.title')}
      </Typography.Title>
      <FormProblemAlert
        problem={problem}
        onReload={() => void refresh()}
        style={{ marginBottom: 12 }}
      />
      <Space wrap align="start">
        <Form.Item
          name="promisedOn"
          label={t('collections.promise.on')}
          rules={[{ required: true }]}
        >
          <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('collections.promise.amount')}
          rules={[{ required: true }]}
        >
          <InputNumber min={0.01} precision={2} style={{ width: 180 }} />
        </Form.Item>
      </Space>
      <Form.Item name="note" label={t('collections.promise.note')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('collections.promise.submit')}
      </Button>
    </Form>
  );
}
