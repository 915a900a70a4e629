import { useMutation } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Modal, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import {
  CreateDeliveryNoticeMutation,
  deliveryNoticeInput,
  noticeErrorsForForm,
} from '@/features/orders/api/delivery-notice';
import { useRefreshAfterNotice } from '@/features/orders/api/orders';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FormProblem,
} from '@/lib/graphql-errors';
import { useI18n } from '@/lib/i18n/i18n-provider';

export interface NoticeDialogLine {
  id: string;
  lineNo: number;
  quantity: number;
  openQuantity: number;
  product?: { sku: string; name: string } | null;
}

interface DeliveryNoticeDialogProps {
  order: { id: string; contractId?: string | null; lines: readonly NoticeDialogLine[] };
  onClose: () => void;
  /** After the notice was issued: read the order again. */
  onIssued: () => void;
}

interface NoticeValues {
  quantities: (number | null)[];
  plannedOn?: Dayjs | null;
  carrier?: string;
}

/**
 * Issues a delivery notice (发货通知单) for part of the order: a quantity per open line (all that is open by
 * default, 0 leaves a line out), a planned day and carrier. Whether it waits for approval (unpaid, beyond credit)
 * is the server's answer, shown on the notice.
 */
export function DeliveryNoticeDialog({ order, onClose, onIssued }: DeliveryNoticeDialogProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const refresh = useRefreshAfterNotice();
  const [form] = Form.useForm<NoticeValues>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const lines = order.lines;

  const issue = useMutation({
    mutationFn: async (values: NoticeValues) => {
      const { input, rowOf } = deliveryNoticeInput(
        order.id,
        lines,
        {
          quantities: values.quantities,
          plannedOn: values.plannedOn ? values.plannedOn.format('YYYY-MM-DD') : null,
          carrier: values.carrier,
        },
        idempotencyKey,
      );
      const result = (await graphqlClient.request(CreateDeliveryNoticeMutation, { input }))
        .createDeliveryNotice;
      return { result, rowOf };
    },
    onSuccess: ({ result, rowOf }) => {
      const errors = noticeErrorsForForm(readUserErrors(result.errors), rowOf);
      setProblem(
        applyUserErrors(
          { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
          errors,
        ),
      );
      if (errors.length || !result.shipment) return;
      void message.success(t('orders.notice.done', { number: result.shipment.noticeNumber }));
      void refresh(order.id, order.contractId);
      onIssued();
      onClose();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });

  return (
    <Modal
      open
      width={880}
      title={t('orders.notice.title')}
      okText={t('orders.notice.issue')}
      cancelText={t('orders.workflow.back')}
      okButtonProps={{ loading: issue.isPending }}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((values) => {
            if (!values.quantities.some((q) => Number(q) > 0)) {
              setProblem({ messageKey: 'orders.notice.nothing', details: [], conflict: false });
              return;
            }
            issue.mutate(values);
          })
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <Form<NoticeValues>
        form={form}
        layout="vertical"
        aria-label={t('orders.notice.title')}
        initialValues={{ quantities: lines.map((l) => l.openQuantity) }}
        onValuesChange={() => problem && setProblem(null)}
      >
        <FormProblemAlert problem={problem} onReload={onIssued} style={{ marginBottom: 16 }} />
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={lines as NoticeDialogLine[]}
          aria-label={t('orders.form.lines')}
          columns={[
            { key: 'lineNo', title: '#', render: (_, l) => l.lineNo },
            {
              key: 'product',
              title: t('products.fields.name'),
              render: (_, l) => `${l.product?.sku ?? ''} ${l.product?.name ?? ''}`,
            },
            {
              key: 'quantity',
              title: t('orders.lines.quantity'),
              align: 'right',
              render: (_, l) => l.quantity,
            },
            {
              key: 'open',
              title: t('orders.lines.open'),
              align: 'right',
              render: (_, l) => l.openQuantity,
            },
            {
              key: 'ship',
              title: t('orders.notice.quantity'),
              render: (_, l, row) => (
                <Form.Item name={['quantities', row]} style={{ margin: 0 }}>
                  <InputNumber
                    min={0}
                    precision={0}
                    disabled={l.openQuantity === 0}
                    aria-label={`${t('orders.notice.quantity')} #${l.lineNo}`}
                    style={{ width: 120 }}
                  />
                </Form.Item>
              ),
            },
          ]}
        />
        <Form.Item name="plannedOn" label={t('orders.notice.plannedOn')} style={{ marginTop: 16 }}>
          <DatePicker style={{ width: 220 }} />
        </Form.Item>
        <Form.Item
          name="carrier"
          label={t('orders.notice.carrier')}
          extra={t('orders.notice.carrierHint')}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
