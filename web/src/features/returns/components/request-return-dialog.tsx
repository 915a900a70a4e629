import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import { QueryState } from '@/components/query-state';
import {
  RequestReturnMutation,
  useRefreshAfterReturn,
  useReturnableLines,
} from '@/features/returns/api/returns';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FormProblem,
} from '@/lib/graphql-errors';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatMoney } from '@/utils/format';

interface RequestReturnForm {
  reason: string;
  lines: { quantity: number | null }[];
}

interface RequestReturnDialogProps {
  shipment: { id: string; noticeNumber: string };
  onClose: () => void;
  onRequested: (returnId: string) => void;
}

/**
 * Records a customer's return (退货) from a delivered shipment: per line how much comes back (at most what is left
 * after other returns), and why. The API checks the quantities again inside its transaction; its errors appear
 * beside the line they concern.
 */
export function RequestReturnDialog({ shipment, onClose, onRequested }: RequestReturnDialogProps) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<RequestReturnForm>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const refresh = useRefreshAfterReturn();
  const query = useReturnableLines(shipment.id);
  const lines = query.data?.returnableLines ?? [];

  const request = useMutation({
    mutationFn: async (values: RequestReturnForm) => {
      // Only lines with a quantity are sent; remember which form row each sent line is, for the errors' paths.
      const rows = values.lines
        .map((line, index) => ({
          index,
          quantity: line.quantity ?? 0,
          shipmentLineId: lines[index]?.shipmentLineId ?? '',
        }))
        .filter((line) => line.quantity > 0);
      const result = (
        await graphqlClient.request(RequestReturnMutation, {
          input: {
            shipmentId: shipment.id,
            reason: values.reason,
            idempotencyKey,
            lines: rows.map((row) => ({
              shipmentLineId: row.shipmentLineId,
              quantity: row.quantity,
            })),
          },
        })
      ).requestReturn;
      return { result, rows };
    },
    onSuccess: ({ result, rows }) => {
      const errors = readUserErrors(result.errors).map((error) =>
        error.path[1] === 'lines' && typeof error.path[2] === 'number'
          ? {
              ...error,
              path: ['input', 'lines', rows[error.path[2]]?.index ?? 0, ...error.path.slice(3)],
            }
          : error,
      );
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        errors,
      );
      setProblem(found);
      if (found || !result.returnRequest) return;
      void refresh();
      void message.success(t('returns.requested', { number: result.returnRequest.number }));
      onRequested(result.returnRequest.id);
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });

  return (
    <Modal
      open
      width={720}
      title={t('returns.requestTitle', { number: shipment.noticeNumber })}
      okText={t('returns.request')}
      cancelText={t('contracts.editor.cancel')}
      okButtonProps={{ loading: request.isPending, disabled: !lines.some((l) => l.returnable > 0) }}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((values) => {
            if (!values.lines.some((line) => (line.quantity ?? 0) > 0)) {
              setProblem({ messageKey: 'returns.nothingToReturn', details: [], conflict: false });
              return;
            }
            request.mutate(values);
          })
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <FormProblemAlert
        problem={problem}
        style={{ marginBottom: 16 }}
        onReload={() => void query.refetch()}
      />
      <QueryState
        isLoading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
      >
        <Form<RequestReturnForm>
          form={form}
          layout="vertical"
          initialValues={{ reason: '', lines: lines.map(() => ({ quantity: null })) }}
        >
          <Table
            size="small"
            pagination={false}
            rowKey={(l) => l.shipmentLineId}
            dataSource={lines}
            style={{ marginBottom: 16 }}
            columns={[
              { key: 'sku', title: t('returns.lines.sku'), render: (_, l) => l.product?.sku },
              {
                key: 'product',
                title: t('returns.lines.product'),
                render: (_, l) => l.product?.name,
              },
              {
                key: 'delivered',
                title: t('returns.lines.delivered'),
                align: 'right',
                render: (_, l) => l.delivered,
              },
              {
                key: 'returnable',
                title: t('returns.lines.returnable'),
                align: 'right',
                render: (_, l) => l.returnable,
              },
              {
                key: 'unitPrice',
                title: t('returns.lines.unitPrice'),
                align: 'right',
                render: (_, l) => formatMoney(l.unitPrice, locale),
              },
              {
                key: 'quantity',
                title: t('returns.lines.quantity'),
                render: (_, l, index) => (
                  <Form.Item
                    name={['lines', index, 'quantity']}
                    style={{ margin: 0 }}
                    rules={[
                      {
                        type: 'number',
                        min: 0,
                        max: l.returnable,
                        message: t('returns.quantityRange', { max: l.returnable }),
                      },
                    ]}
                  >
                    <InputNumber<number>
                      min={0}
                      max={l.returnable}
                      precision={0}
                      disabled={l.returnable === 0}
                      aria-label={t('returns.quantityFor', { sku: l.product?.sku ?? '' })}
                    />
                  </Form.Item>
                ),
              },
            ]}
          />
          <Form.Item
            name="reason"
            label={t('returns.fields.reason')}
            rules={[{ required: true, whitespace: true, message: t('returns.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          {!lines.some((l) => l.returnable > 0) && !query.isLoading ? (
            <Typography.Text type="secondary">{t('returns.nothingLeft')}</Typography.Text>
          ) : null}
        </Form>
      </QueryState>
    </Modal>
  );
}
