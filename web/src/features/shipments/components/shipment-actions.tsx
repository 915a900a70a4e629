import {
  CarOutlined,
  CheckOutlined,
  CloseOutlined,
  HomeOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import {
  ApproveDeliveryNoticeMutation,
  CancelShipmentMutation,
  MarkDeliveredMutation,
  MarkShippedMutation,
  RejectDeliveryNoticeMutation,
  type ShipmentPayload,
} from '@/features/shipments/api/shipment-mutations';
import { shipmentSteps, type ShipmentStep } from '@/features/shipments/api/shipment-steps';
import { useRefreshShipments } from '@/features/shipments/api/shipments';
import type { ShipmentStatus } from '@/gql/graphql';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FormProblem,
} from '@/lib/graphql-errors';
import { useI18n } from '@/lib/i18n/i18n-provider';

interface StepValues {
  comment?: string;
  reason?: string;
  on?: Dayjs | null;
  carrier?: string;
  waybillNumber?: string;
}

interface ShipmentActionsProps {
  shipment: { id: string; status: ShipmentStatus; version: number; carrier: string };
  reload: () => void;
}

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : undefined);

async function send(
  step: ShipmentStep,
  base: { shipmentId: string; version: number },
  v: StepValues,
): Promise<ShipmentPayload> {
  const text = (s: string | undefined) => s?.trim() || undefined;
  if (step === 'approve')
    return (
      await graphqlClient.request(ApproveDeliveryNoticeMutation, {
        input: { ...base, comment: text(v.comment) },
      })
    ).approveDeliveryNotice;
  if (step === 'reject')
    return (
      await graphqlClient.request(RejectDeliveryNoticeMutation, {
        input: { ...base, reason: v.reason ?? '' },
      })
    ).rejectDeliveryNotice;
  if (step === 'ship')
    return (
      await graphqlClient.request(MarkShippedMutation, {
        input: {
          ...base,
          on: day(v.on),
          carrier: text(v.carrier),
          waybillNumber: text(v.waybillNumber),
        },
      })
    ).markShipped;
  if (step === 'deliver')
    return (
      await graphqlClient.request(MarkDeliveredMutation, { input: { ...base, on: day(v.on) } })
    ).markDelivered;
  return (
    await graphqlClient.request(CancelShipmentMutation, {
      input: { ...base, reason: v.reason ?? '' },
    })
  ).cancelShipment;
}

/**
 * The steps this caller may take on a delivery notice now (approve or reject it, ship it with carrier and
 * waybill, mark it delivered, cancel it), each in a small dialog whose fields carry the input's names, so the
 * API's errors stand beside them. Readers get none.
 */
export function ShipmentActions({ shipment, reload }: ShipmentActionsProps) {
  const { t } = useI18n();
  const access = useAccess();
  const { message } = App.useApp();
  const refresh = useRefreshShipments();
  const [form] = Form.useForm<StepValues>();
  const [open, setOpen] = useState<ShipmentStep | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const steps = shipmentSteps(shipment.status, access.may);

  const step = useMutation({
    mutationFn: ({ kind, values }: { kind: ShipmentStep; values: StepValues }) =>
      send(kind, { shipmentId: shipment.id, version: shipment.version }, values),
    onSuccess: (result, { kind }) => {
      const errors = readUserErrors(result.errors);
      setProblem(
        applyUserErrors(
          { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
          errors,
        ),
      );
      if (errors.length) return;
      setOpen(null);
      void message.success(t(`shipments.workflow.done.${kind}`));
      void refresh(shipment.id);
      reload();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });

  if (!steps.length) return null;

  const buttons: Record<ShipmentStep, ReactNode> = {
    approve: (
      <Button type="primary" icon={<CheckOutlined />} onClick={() => setOpen('approve')}>
        {t('shipments.workflow.approve')}
      </Button>
    ),
    reject: (
      <Button danger icon={<CloseOutlined />} onClick={() => setOpen('reject')}>
        {t('shipments.workflow.reject')}
      </Button>
    ),
    ship: (
      <Button type="primary" icon={<CarOutlined />} onClick={() => setOpen('ship')}>
        {t('shipments.workflow.ship')}
      </Button>
    ),
    deliver: (
      <Button type="primary" icon={<HomeOutlined />} onClick={() => setOpen('deliver')}>
        {t('shipments.workflow.deliver')}
      </Button>
    ),
    cancel: (
      <Button danger icon={<StopOutlined />} onClick={() => setOpen('cancel')}>
        {t('shipments.workflow.cancel')}
      </Button>
    ),
  };
  const titles: Record<ShipmentStep, string> = {
    approve: t('shipments.workflow.approveTitle'),
    reject: t('shipments.workflow.rejectTitle'),
    ship: t('shipments.workflow.shipTitle'),
    deliver: t('shipments.workflow.deliverTitle'),
    cancel: t('shipments.workflow.cancelTitle'),
  };
  const reasonRequired = [
    { required: true, whitespace: true, message: t('shipments.workflow.reasonRequired') },
  ];

  return (
    <Space orientation="vertical" align="end">
      <Space wrap>
        {steps.map((s) => (
          <span key={s}>{buttons[s]}</span>
        ))}
      </Space>
      <FormProblemAlert
        problem={problem}
        onReload={() => {
          setProblem(null);
          reload();
        }}
      />
      <Modal
        open={open !== null}
        title={open ? titles[open] : null}
        okText={open ? t(`shipments.workflow.${open}`) : undefined}
        cancelText={t('shipments.workflow.back')}
        okButtonProps={{ loading: step.isPending, danger: open === 'reject' || open === 'cancel' }}
        onCancel={() => setOpen(null)}
        onOk={() =>
          void form
            .validateFields()
            .then((values) => open && step.mutate({ kind: open, values }))
            .catch(() => undefined)
        }
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ carrier: shipment.carrier }}
          aria-label={open ? titles[open] : undefined}
        >
          {open === 'approve' ? (
            <Form.Item name="comment" label={t('shipments.workflow.comment')}>
              <Input.TextArea rows={3} maxLength={1000} showCount />
            </Form.Item>
          ) : null}
          {open === 'reject' || open === 'cancel' ? (
            <Form.Item name="reason" label={t('shipments.workflow.reason')} rules={reasonRequired}>
              <Input.TextArea rows={3} maxLength={1000} showCount />
            </Form.Item>
          ) : null}
          {open === 'ship' ? (
            <>
              <Form.Item name="carrier" label={t('shipments.fields.carrier')}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name="waybillNumber" label={t('shipments.fields.waybillNumber')}>
                <Input maxLength={64} />
              </Form.Item>
            </>
          ) : null}
          {open === 'ship' || open === 'deliver' ? (
            <Form.Item
              name="on"
              label={t(
                open === 'ship' ? 'shipments.workflow.shippedOn' : 'shipments.workflow.deliveredOn',
              )}
              extra={t('shipments.workflow.onHint')}
            >
              <DatePicker style={{ width: 220 }} />
            </Form.Item>
          ) : null}
        </Form>
      </Modal>
    </Space>
  );
}
