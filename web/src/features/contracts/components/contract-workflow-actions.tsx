import { CheckOutlined, CloseOutlined, EditOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormProblemAlert } from '@/components/form-problem-alert';
import {
  ApproveContractMutation,
  RejectContractMutation,
  SubmitContractMutation,
  type ContractPayload,
} from '@/features/contracts/api/contract-mutations';
import { useRefreshContracts } from '@/features/contracts/api/contracts';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FormProblem,
} from '@/lib/graphql-errors';
import { useI18n } from '@/lib/i18n/i18n-provider';

interface ContractWorkflowActionsProps {
  contract: { id: string; status: string; version: number };
  editPath: (id: string) => string;
  /** Reads the contract again (after a step, or to resolve a conflict). */
  reload: () => void;
}

type Step = 'submit' | 'approve' | 'reject';

/**
 * The workflow buttons a caller may use on this contract now: edit and submit a draft, approve or reject a
 * pending one. Whether this caller's approval is the one needed (the ladder) is the server's call; its answer
 * is shown as it comes, and a CONFLICT offers to reload the contract.
 */
export function ContractWorkflowActions({
  contract,
  editPath,
  reload,
}: ContractWorkflowActionsProps) {
  const { t } = useI18n();
  const access = useAccess();
  const { message } = App.useApp();
  const refreshContracts = useRefreshContracts();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [rejectForm] = Form.useForm<{ comment: string }>();

  const step = useMutation({
    mutationFn: async ({
      kind,
      comment,
    }: {
      kind: Step;
      comment?: string;
    }): Promise<ContractPayload> => {
      const input = { contractId: contract.id, version: contract.version };
      if (kind === 'submit')
        return (await graphqlClient.request(SubmitContractMutation, { input })).submitContract;
      if (kind === 'approve')
        return (await graphqlClient.request(ApproveContractMutation, { input })).approveContract;
      return (
        await graphqlClient.request(RejectContractMutation, {
          input: { ...input, comment: comment ?? '' },
        })
      ).rejectContract;
    },
    onSuccess: (result, { kind }) => {
      const found = applyUserErrors(
        {
          setFields: (fields) =>
            rejectForm.setFields(fields as Parameters<typeof rejectForm.setFields>[0]),
        },
        readUserErrors(result.errors),
      );
      setProblem(found);
      if (found) return;
      setRejecting(false);
      void message.success(t(`contracts.workflow.done.${kind}`));
      void refreshContracts();
      reload();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });

  const editable = contract.status === 'DRAFT' || contract.status === 'REJECTED';
  const pending = contract.status === 'PENDING_APPROVAL';

  return (
    <Space direction="vertical" align="end">
      <Space wrap>
        {editable && access.may('updateContract') ? (
          <Link to={editPath(contract.id)}>
            <Button icon={<EditOutlined />}>{t('contracts.workflow.edit')}</Button>
          </Link>
        ) : null}
        {contract.status === 'DRAFT' && access.may('submitContract') ? (
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={step.isPending}
            onClick={() => step.mutate({ kind: 'submit' })}
          >
            {t('contracts.workflow.submit')}
          </Button>
        ) : null}
        {pending && access.may('approveContract') ? (
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={step.isPending}
            onClick={() => step.mutate({ kind: 'approve' })}
          >
            {t('contracts.workflow.approve')}
          </Button>
        ) : null}
        {pending && access.may('rejectContract') ? (
          <Button danger icon={<CloseOutlined />} onClick={() => setRejecting(true)}>
            {t('contracts.workflow.reject')}
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
      <Modal
        open={rejecting}
        title={t('contracts.workflow.rejectTitle')}
        okText={t('contracts.workflow.reject')}
        okButtonProps={{ danger: true, loading: step.isPending }}
        onCancel={() => setRejecting(false)}
        onOk={() =>
          void rejectForm
            .validateFields()
            .then(({ comment }) => step.mutate({ kind: 'reject', comment }))
        }
        destroyOnHidden
      >
        <Form form={rejectForm} layout="vertical" preserve={false}>
          <Form.Item
            name="comment"
            label={t('contracts.workflow.comment')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('contracts.workflow.commentRequired'),
              },
            ]}
          >
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
