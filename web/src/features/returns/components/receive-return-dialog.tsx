import { DatePicker, Form, Input, InputNumber, Modal, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormProblemAlert } from '@/components/form-problem-alert';
import { ReceiveReturnMutation, type ReturnDetail } from '@/features/returns/api/returns';
import { useReturnStep } from '@/features/returns/components/use-return-step';
import { useI18n } from '@/lib/i18n/i18n-provider';

interface ReceiveForm {
  lines: { receivedQuantity: number }[];
  carrierNote?: string;
  receivedOn: Dayjs;
}

/**
 * The desk books the goods of an approved return back: what arrived per line (the carrier reports differences, which
 * the customer accepted), and the day. The credit note follows in the same step.
 */
export function ReceiveReturnDialog({
  request,
  onClose,
}: {
  request: ReturnDetail;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<ReceiveForm>();
  const lines = request.lines.nodes;
  const step = useReturnStep(
    ReceiveReturnMutation,
    (r) => r.receiveReturn,
    (number) => t('returns.receivedMessage', { number }),
    onClose,
    { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
  );
  const short =
    Form.useWatch('lines', form)?.some(
      (l, i) => l && l.receivedQuantity < (lines[i]?.quantity ?? 0),
    ) ?? false;

  return (
    <Modal
      open
      width={640}
      title={t('returns.receiveTitle', { number: request.number })}
      okText={t('returns.receive')}
      cancelText={t('contracts.editor.cancel')}
      okButtonProps={{ loading: step.isPending }}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((values) =>
            step.run({
              returnRequestId: request.id,
              version: request.version,
              receivedOn: values.receivedOn.format('YYYY-MM-DD'),
              carrierNote: values.carrierNote?.trim() || null,
              lines: lines.map((l, i) => ({
                returnLineId: l.id,
                receivedQuantity: values.lines[i]?.receivedQuantity ?? l.quantity,
              })),
            }),
          )
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <FormProblemAlert problem={step.problem} style={{ marginBottom: 16 }} onReload={onClose} />
      <Form<ReceiveForm>
        form={form}
        layout="vertical"
        initialValues={{
          lines: lines.map((l) => ({ receivedQuantity: l.quantity })),
          receivedOn: dayjs(),
        }}
      >
        <Table
          size="small"
          pagination={false}
          rowKey={(l) => l.id}
          dataSource={lines}
          style={{ marginBottom: 16 }}
          columns={[
            {
              key: 'product',
              title: t('returns.lines.product'),
              render: (_, l) => `${l.product?.sku ?? ''} ${l.product?.name ?? ''}`,
            },
            {
              key: 'quantity',
              title: t('returns.lines.quantity'),
              align: 'right',
              render: (_, l) => l.quantity,
            },
            {
              key: 'received',
              title: t('returns.lines.received'),
              render: (_, l, index) => (
                <Form.Item
                  name={['lines', index, 'receivedQuantity']}
                  style={{ margin: 0 }}
                  rules={[
                    {
                      required: true,
                      type: 'number',
                      min: 0,
                      max: l.quantity,
                      message: t('returns.quantityRange', { max: l.quantity }),
                    },
                  ]}
                >
                  <InputNumber<number>
                    min={0}
                    max={l.quantity}
                    precision={0}
                    aria-label={t('returns.receivedFor', { sku: l.product?.sku ?? '' })}
                  />
                </Form.Item>
              ),
            },
          ]}
        />
        <Form.Item
          name="carrierNote"
          label={t('returns.fields.carrierNote')}
          rules={[{ required: short, whitespace: true, message: t('returns.carrierNoteRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item
          name="receivedOn"
          label={t('returns.fields.receivedOn')}
          rules={[{ required: true }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
