import { CheckOutlined, CloseOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { StaticTable } from '@/components/data-table/static-table';
import { EnumTag } from '@/components/enum-tag';
import { FieldList } from '@/components/field-list';
import { FormProblemAlert } from '@/components/form-problem-alert';
import { QueryState } from '@/components/query-state';
import {
  ApproveReturnMutation,
  RejectReturnMutation,
  useReturnRequest,
  type ReturnDetail as ReturnDetailData,
} from '@/features/returns/api/returns';
import { ReceiveReturnDialog } from '@/features/returns/components/receive-return-dialog';
import { useReturnStep } from '@/features/returns/components/use-return-step';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDate, formatDateTime, formatMoney } from '@/utils/format';

interface ReturnDetailProps {
  id: string;
  customerPath: (id: string) => string;
  contractPath: (id: string) => string;
}

type Line = ReturnDetailData['lines']['nodes'][number];

/** One return: what comes back and why, who decided, what arrived, and the credit note; the next step for whoever may take it. */
export function ReturnDetail({ id, customerPath, contractPath }: ReturnDetailProps) {
  const { t, locale } = useI18n();
  const access = useAccess();
  const query = useReturnRequest(id);
  const request = query.data?.returnRequest;
  const money = (value: string | number) => formatMoney(value, locale);

  return (
    <QueryState
      isLoading={query.isLoading}
      error={query.error}
      onRetry={() => void query.refetch()}
      isEmpty={!query.isLoading && !query.error && !request}
    >
      {request ? (
        <Flex vertical gap="middle">
          <Card
            title={
              <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
                {t('returns.title', { number: request.number })}{' '}
                <EnumTag name="returnStatus" value={request.status} />
              </Typography.Title>
            }
            extra={
              <ReturnActions
                request={request}
                canApprove={access.may('approveReturn')}
                canReceive={access.may('receiveReturn')}
              />
            }
          >
            <FieldList
              items={[
                {
                  key: 'customer',
                  label: t('returns.fields.customer'),
                  value: request.customer ? (
                    <Link to={customerPath(request.customer.id)}>{request.customer.name}</Link>
                  ) : null,
                },
                {
                  key: 'shipment',
                  label: t('returns.fields.shipment'),
                  value: request.shipment ? (
                    <>
                      {request.shipment.noticeNumber}
                      {request.shipment.contract ? (
                        <>
                          {' · '}
                          <Link to={contractPath(request.shipment.contract.id)}>
                            {request.shipment.contract.number}
                          </Link>
                        </>
                      ) : null}
                    </>
                  ) : null,
                },
                {
                  key: 'reason',
                  label: t('returns.fields.reason'),
                  field: { type: 'ReturnRequest', field: 'reason' },
                  value: request.reason,
                },
                { key: 'amount', label: t('returns.fields.amount'), value: money(request.amount) },
                {
                  key: 'requested',
                  label: t('returns.fields.requestedAt'),
                  value: `${formatDateTime(request.requestedAt, locale)}${request.requestedBy ? ` · ${request.requestedBy.name}` : ''}`,
                },
                {
                  key: 'decided',
                  label: t('returns.fields.decidedAt'),
                  value: request.decidedAt
                    ? `${formatDateTime(request.decidedAt, locale)}${request.decidedBy ? ` · ${request.decidedBy.name}` : ''}`
                    : null,
                },
                {
                  key: 'rejectionReason',
                  label: t('returns.fields.rejectionReason'),
                  field: { type: 'ReturnRequest', field: 'rejectionReason' },
                  value: request.rejectionReason,
                },
                {
                  key: 'received',
                  label: t('returns.fields.receivedOn'),
                  value: request.receivedOn
                    ? `${formatDate(request.receivedOn, locale)}${request.receivedBy ? ` · ${request.receivedBy.name}` : ''}`
                    : null,
                },
                {
                  key: 'carrierNote',
                  label: t('returns.fields.carrierNote'),
                  field: { type: 'ReturnRequest', field: 'carrierNote' },
                  value: request.carrierNote,
                },
              ]}
            />
          </Card>
          {request.creditNote ? (
            <Card
              title={t('returns.creditNote.title')}
              role="region"
              aria-label={t('returns.creditNote.title')}
            >
              <FieldList
                items={[
                  {
                    key: 'number',
                    label: t('returns.creditNote.number'),
                    value: request.creditNote.number,
                  },
                  {
                    key: 'amount',
                    label: t('returns.creditNote.amount'),
                    value: (
                      <span data-testid="credit-note-amount">
                        {money(request.creditNote.amount)}
                      </span>
                    ),
                  },
                  {
                    key: 'issuedOn',
                    label: t('returns.creditNote.issuedOn'),
                    value: formatDate(request.creditNote.issuedOn, locale),
                  },
                ]}
              />
            </Card>
          ) : null}
          <Card title={t('returns.linesTitle')}>
            <StaticTable<Line>
              rows={request.lines.nodes}
              rowKey={(l) => l.id}
              label={t('returns.linesTitle')}
              exportName={`${request.number}-lines`}
              columns={[
                {
                  key: 'sku',
                  title: t('returns.lines.sku'),
                  render: (l) => l.product?.sku,
                  csv: (l) => l.product?.sku,
                },
                {
                  key: 'product',
                  title: t('returns.lines.product'),
                  render: (l) => l.product?.name,
                  csv: (l) => l.product?.name,
                },
                {
                  key: 'quantity',
                  title: t('returns.lines.quantity'),
                  align: 'right',
                  render: (l) => l.quantity,
                  csv: (l) => l.quantity,
                },
                {
                  key: 'received',
                  title: t('returns.lines.received'),
                  align: 'right',
                  render: (l) => l.receivedQuantity ?? '–',
                  csv: (l) => l.receivedQuantity,
                },
                {
                  key: 'unitPrice',
                  title: t('returns.lines.unitPrice'),
                  align: 'right',
                  render: (l) => money(l.unitPrice),
                  csv: (l) => Number(l.unitPrice),
                },
                {
                  key: 'amount',
                  title: t('returns.lines.amount'),
                  align: 'right',
                  render: (l) => money(l.amount),
                  csv: (l) => Number(l.amount),
                },
                {
                  key: 'credited',
                  title: t('returns.lines.credited'),
                  align: 'right',
                  render: (l) => (l.creditedAmount == null ? '–' : money(l.creditedAmount)),
                  csv: (l) => (l.creditedAmount == null ? null : Number(l.creditedAmount)),
                },
              ]}
            />
          </Card>
        </Flex>
      ) : null}
    </QueryState>
  );
}

/** Approve or reject (sales management) while REQUESTED; receive (the desk) once APPROVED. */
function ReturnActions({
  request,
  canApprove,
  canReceive,
}: {
  request: ReturnDetailData;
  canApprove: boolean;
  canReceive: boolean;
}) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<'reject' | 'receive' | null>(null);
  const [rejectForm] = Form.useForm<{ reason: string }>();
  const close = () => setDialog(null);
  const approve = useReturnStep(
    ApproveReturnMutation,
    (r) => r.approveReturn,
    (number) => t('returns.approvedMessage', { number }),
    close,
  );
  const reject = useReturnStep(
    RejectReturnMutation,
    (r) => r.rejectReturn,
    (number) => t('returns.rejectedMessage', { number }),
    close,
    {
      setFields: (fields) =>
        rejectForm.setFields(fields as Parameters<typeof rejectForm.setFields>[0]),
    },
  );
  return (
    <Space>
      <FormProblemAlert problem={approve.problem} onReload={() => approve.setProblem(null)} />
      {canApprove && request.status === 'REQUESTED' ? (
        <>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={approve.isPending}
            onClick={() => approve.run({ returnRequestId: request.id, version: request.version })}
          >
            {t('returns.approve')}
          </Button>
          <Button danger icon={<CloseOutlined />} onClick={() => setDialog('reject')}>
            {t('returns.reject')}
          </Button>
        </>
      ) : null}
      {canReceive && request.status === 'APPROVED' ? (
        <Button type="primary" icon={<InboxOutlined />} onClick={() => setDialog('receive')}>
          {t('returns.receive')}
        </Button>
      ) : null}
      {dialog === 'receive' ? <ReceiveReturnDialog request={request} onClose={close} /> : null}
      {dialog === 'reject' ? (
        <Modal
          open
          title={t('returns.rejectTitle', { number: request.number })}
          okText={t('returns.reject')}
          okButtonProps={{ danger: true, loading: reject.isPending }}
          cancelText={t('contracts.editor.cancel')}
          onCancel={close}
          onOk={() =>
            void rejectForm
              .validateFields()
              .then((values) =>
                reject.run({
                  returnRequestId: request.id,
                  version: request.version,
                  reason: values.reason,
                }),
              )
              .catch(() => undefined)
          }
          destroyOnHidden
        >
          <FormProblemAlert
            problem={reject.problem}
            style={{ marginBottom: 16 }}
            onReload={close}
          />
          <Form form={rejectForm} layout="vertical">
            <Form.Item
              name="reason"
              label={t('returns.fields.rejectionReason')}
              rules={[{ required: true, whitespace: true, message: t('returns.reasonRequired') }]}
            >
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          </Form>
        </Modal>
      ) : null}
    </Space>
  );
}
