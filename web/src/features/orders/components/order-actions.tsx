import { CarOutlined, CheckOutlined, CheckCircleOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Modal, Popconfirm, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import {
  CancelSalesOrderMutation,
  CloseSalesOrderMutation,
  ConfirmSalesOrderMutation,
  type SalesOrderPayload,
} from '@/features/orders/api/order-mutations';
import { orderSteps, type OrderStep } from '@/features/orders/api/order-steps';
import { useRefreshOrders } from '@/features/orders/api/orders';
import {
  DeliveryNoticeDialog,
  type NoticeDialogLine,
} from '@/features/orders/components/delivery-notice-dialog';
import type { SalesOrderStatus } from '@/gql/graphql';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FormProblem,
} from '@/lib/graphql-errors';
import { useI18n } from '@/lib/i18n/i18n-provider';

interface OrderActionsProps {
  order: {
    id: string;
    status: SalesOrderStatus;
    version: number;
    contractId?: string | null;
    lines: readonly NoticeDialogLine[];
  };
  /** Reads the order again (after a step, or to resolve a conflict). */
  reload: () => void;
}

/**
 * The workflow buttons this caller may use on the order now (confirm, cancel with a reason, close), from the
 * order's status and `me`'s actions; none for a reader. Each step sends the version read, so a change made
 * meanwhile comes back as CONFLICT with an offer to reload.
 */
export function OrderActions({ order, reload }: OrderActionsProps) {
  const { t } = useI18n();
  const access = useAccess();
  const { message } = App.useApp();
  const refreshOrders = useRefreshOrders();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [cancelForm] = Form.useForm<{ reason: string }>();
  const [confirming, setConfirming] = useState(false);
  const [confirmForm] = Form.useForm<{ confirmedAt?: Dayjs | null }>();
  const [noticing, setNoticing] = useState(false);
  const open = order.lines.reduce((sum, line) => sum + line.openQuantity, 0);
  const steps = orderSteps(order.status, access.may, open);

  const step = useMutation({
    mutationFn: async ({
      kind,
      reason,
      confirmedAt,
    }: {
      kind: Exclude<OrderStep, 'notice'>;
      reason?: string;
      /** When the customer confirmed, if not just now (UTC ISO). */
      confirmedAt?: string | null;
    }): Promise<SalesOrderPayload> => {
      const input = { salesOrderId: order.id, version: order.version };
      if (kind === 'confirm')
        return (
          await graphqlClient.request(ConfirmSalesOrderMutation, {
            input: confirmedAt ? { ...input, confirmedAt } : input,
          })
        ).confirmSalesOrder;
      if (kind === 'close')
        return (await graphqlClient.request(CloseSalesOrderMutation, { input })).closeSalesOrder;
      return (
        await graphqlClient.request(CancelSalesOrderMutation, {
          input: { ...input, reason: reason ?? '' },
        })
      ).cancelSalesOrder;
    },
    onSuccess: (result, { kind }) => {
      // The dialogs name their fields after the input members (reason, confirmedAt), so errors land there.
      const errors = readUserErrors(result.errors);
      const found = applyUserErrors(
        {
          setFields: (fields) =>
            kind === 'confirm'
              ? confirmForm.setFields(fields as Parameters<typeof confirmForm.setFields>[0])
              : cancelForm.setFields(fields as Parameters<typeof cancelForm.setFields>[0]),
        },
        errors,
      );
      setProblem(found);
      // An error placed beside its field leaves nothing for the alert, but the step still did not happen.
      if (errors.length) return;
      setCancelling(false);
      setConfirming(false);
      void message.success(t(`orders.workflow.done.${kind}`));
      void refreshOrders(order.id, order.contractId);
      reload();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });

  if (!steps.length) return null;
  return (
    <Space orientation="vertical" align="end">
      <Space wrap>
        {steps.includes('confirm') ? (
          <Button type="primary" icon={<CheckOutlined />} onClick={() => setConfirming(true)}>
            {t('orders.workflow.confirm')}
          </Button>
        ) : null}
        {steps.includes('notice') ? (
          <Button type="primary" icon={<CarOutlined />} onClick={() => setNoticing(true)}>
            {t('orders.notice.issue')}
          </Button>
        ) : null}
        {steps.includes('close') ? (
          <Popconfirm
            title={t('orders.workflow.closeQuestion')}
            okText={t('orders.workflow.close')}
            cancelText={t('orders.workflow.back')}
            onConfirm={() => step.mutate({ kind: 'close' })}
          >
            <Button icon={<CheckCircleOutlined />} loading={step.isPending}>
              {t('orders.workflow.close')}
            </Button>
          </Popconfirm>
        ) : null}
        {steps.includes('cancel') ? (
          <Button danger icon={<StopOutlined />} onClick={() => setCancelling(true)}>
            {t('orders.workflow.cancel')}
          </Button>
        ) : null}
      </Space>
      <FormProblemAlert
        problem={problem}
        onReload={() => {
          setProblem(null);
          reload();
        }}
      />
      {noticing ? (
        <DeliveryNoticeDialog order={order} onClose={() => setNoticing(false)} onIssued={reload} />
      ) : null}
      <Modal
        open={confirming}
        title={t('orders.workflow.confirmTitle')}
        okText={t('orders.workflow.confirm')}
        cancelText={t('orders.workflow.back')}
        okButtonProps={{ loading: step.isPending }}
        onCancel={() => setConfirming(false)}
        onOk={() =>
          void confirmForm
            .validateFields()
            .then(({ confirmedAt }) =>
              step.mutate({ kind: 'confirm', confirmedAt: confirmedAt?.toISOString() ?? null }),
            )
            .catch(() => undefined)
        }
        destroyOnHidden
      >
        <Form form={confirmForm} layout="vertical" preserve={false}>
          <Form.Item
            name="confirmedAt"
            label={t('orders.workflow.confirmedAt')}
            extra={t('orders.workflow.confirmedAtHint')}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={cancelling}
        title={t('orders.workflow.cancelTitle')}
        okText={t('orders.workflow.cancel')}
        cancelText={t('orders.workflow.back')}
        okButtonProps={{ danger: true, loading: step.isPending }}
        onCancel={() => setCancelling(false)}
        onOk={() =>
          void cancelForm
            .validateFields()
            .then(({ reason }) => step.mutate({ kind: 'cancel', reason }))
            .catch(() => undefined)
        }
        destroyOnHidden
      >
        <Form form={cancelForm} layout="vertical" preserve={false}>
          <Form.Item
            name="reason"
            label={t('orders.fields.cancellationReason')}
            rules={[
              { required: true, whitespace: true, message: t('orders.workflow.reasonRequired') },
            ]}
          >
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
