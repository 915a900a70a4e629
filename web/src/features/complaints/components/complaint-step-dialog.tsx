import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import type { ComplaintStep } from '@/features/complaints/api/complaint-steps';
import {
  AnswerComplaintMutation,
  ForwardComplaintMutation,
  ResolveComplaintMutation,
  useColleagues,
  useRefreshAfterComplaint,
  type ComplaintRow,
} from '@/features/complaints/api/complaints';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FormProblem,
  type MaskedUserErrors,
} from '@/lib/graphql-errors';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';

const doneMessage = {
  answer: 'complaints.answered',
  forward: 'complaints.forwarded',
  resolve: 'complaints.resolved',
} as const;

interface StepForm {
  answer?: string;
  forwardedToId?: string;
  note?: string;
  resolution?: string;
}

interface ComplaintStepDialogProps {
  complaint: Pick<ComplaintRow, 'id' | 'number' | 'version'>;
  step: ComplaintStep;
  onClose: () => void;
}

async function send(step: ComplaintStep, complaintId: string, version: number, values: StepForm) {
  const base = { complaintId, version };
  let payload: { complaint?: { number: string } | null; errors: MaskedUserErrors };
  if (step === 'answer') {
    payload = (
      await graphqlClient.request(AnswerComplaintMutation, {
        input: { ...base, answer: values.answer ?? '' },
      })
    ).answerComplaint;
  } else if (step === 'forward') {
    payload = (
      await graphqlClient.request(ForwardComplaintMutation, {
        input: { ...base, forwardedToId: values.forwardedToId ?? '', note: values.note || null },
      })
    ).forwardComplaint;
  } else {
    payload = (
      await graphqlClient.request(ResolveComplaintMutation, {
        input: { ...base, resolution: values.resolution ?? '' },
      })
    ).resolveComplaint;
  }
  return payload;
}

/**
 * Answers, forwards or resolves a complaint with the version the list read: the API's per-field errors show beside
 * their field, a stale version or a step the status no longer allows above the form.
 */
export function ComplaintStepDialog({ complaint, step, onClose }: ComplaintStepDialogProps) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const access = useAccess();
  const [form] = Form.useForm<StepForm>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const refresh = useRefreshAfterComplaint();
  const colleagues = useColleagues();
  const mutation = useMutation({
    mutationFn: (values: StepForm) => send(step, complaint.id, complaint.version, values),
    onSuccess: (payload) => {
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        readUserErrors(payload.errors),
      );
      setProblem(found);
      if (found || !payload.complaint) return;
      void refresh();
      void message.success(t(doneMessage[step], { number: payload.complaint.number }));
      onClose();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });
  const me = access.me.staff?.id;
  return (
    <Modal
      open
      title={t(`complaints.${step}Title`, { number: complaint.number })}
      okText={t(`complaints.${step}`)}
      cancelText={t('complaints.cancel')}
      okButtonProps={{ loading: mutation.isPending }}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((values) => mutation.mutate(values))
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <FormProblemAlert
        problem={problem}
        style={{ marginBottom: 16 }}
        onReload={() => {
          void refresh();
          onClose();
        }}
      />
      <Form<StepForm> form={form} layout="vertical">
        {step === 'answer' ? (
          <Form.Item
            name="answer"
            label={t('complaints.fields.answer')}
            rules={[{ required: true, whitespace: true, message: t('complaints.required.answer') }]}
          >
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        ) : null}
        {step === 'forward' ? (
          <>
            <Form.Item
              name="forwardedToId"
              label={t('complaints.fields.forwardedTo')}
              rules={[{ required: true, message: t('complaints.required.forwardedTo') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                loading={colleagues.isLoading}
                options={(colleagues.data ?? [])
                  .filter((s) => s.id !== me)
                  .map((s) => ({
                    value: s.id,
                    label: `${s.name} · ${label('staffRole', s.role)}`,
                  }))}
              />
            </Form.Item>
            <Form.Item name="note" label={t('complaints.fields.note')}>
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          </>
        ) : null}
        {step === 'resolve' ? (
          <Form.Item
            name="resolution"
            label={t('complaints.fields.resolution')}
            rules={[
              { required: true, whitespace: true, message: t('complaints.required.resolution') },
            ]}
          >
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
