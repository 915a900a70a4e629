import {
  CheckCircleOutlined,
  CheckOutlined,
  CloseOutlined,
  EditOutlined,
  PlayCircleOutlined,
  SendOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormProblemAlert } from '@/components/form-problem-alert';
import { useApprovalPolicy } from '@/features/contracts/api/approval-policy';
import {
  mayApprove,
  mayReject,
  type ApprovalState,
} from '@/features/contracts/api/approval-status';
import {
  ActivateContractMutation,
  ApproveContractMutation,
  CompleteContractMutation,
  TerminateContractMutation,
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
  contract: {
    id: string;
    status: string;
    version: number;
    /** Who may approve or reject it now, as the server says; null unless pending. */
    approvalState?: ApprovalState | null;
  };
  editPath: (id: string) => string;
  /** Reads the contract again (after a step, or to resolve a conflict). */
  reload: () => void;
}

type Step = 'submit' | 'approve' | 'reject' | 'activate' | 'complete' | 'terminate';

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
  const policy = useApprovalPolicy();
  const { message } = App.useApp();
  const refreshContracts = useRefreshContracts();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [rejectForm] = Form.useForm<{ comment: string }>();
  const [terminating, setTerminating] = useState(false);
  const [terminateForm] = Form.useForm<{ reason: string }>();

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
      if (kind === 'activate')
        return (await graphqlClient.request(ActivateContractMutation, { input })).activateContract;
      if (kind === 'complete')
        return (await graphqlClient.request(CompleteContractMutation, { input })).completeContract;
      if (kind === 'terminate')
        return (
          await graphqlClient.request(TerminateContractMutation, {
            input: { ...input, reason: comment ?? '' },
          })
        ).terminateContract;
      return (
        await graphqlClient.request(RejectContractMutation, {
          input: { ...input, comment: comment ?? '' },
        })
      ).rejectContract;
    },
    onSuccess: (result, { kind }) => {
      // The reject and terminate dialogs name their text field after the input member (comment, reason).
      const userErrors = readUserErrors(result.errors);
      // A refusal placed beside its fields is still a refusal: nothing was written.
      const placed = applyUserErrors(
        {
          setFields: (fields) =>
            kind === 'terminate'
              ? terminateForm.setFields(fields as Parameters<typeof terminateForm.setFields>[0])
              : rejectForm.setFields(fields as Parameters<typeof rejectForm.setFields>[0]),
        },
        userErrors,
      );
      setProblem(placed);
      if (userErrors.length) return;
      setRejecting(false);
      setTerminating(false);
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
            <Button icon={<EditOutlined />}>
              {t(
                contract.status === 'REJECTED'
                  ? 'contracts.workflow.revise'
                  : 'contracts.workflow.edit',
              )}
            </Button>
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
        {pending &&
        access.may('approveContract') &&
        mayApprove(contract.approvalState, access.me.staff?.id) ? (
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={step.isPending}
            onClick={() => step.mutate({ kind: 'approve' })}
          >
            {t('contracts.workflow.approve')}
          </Button>
        ) : null}
        {pending &&
        access.may('rejectContract') &&
        mayReject(contract.approvalState, access.me.role, policy.data) ? (
          <Button danger icon={<CloseOutlined />} onClick={() => setRejecting(true)}>
            {t('contracts.workflow.reject')}
          </Button>
        ) : null}
        {contract.status === 'APPROVED' && access.may('activateContract') ? (
          <Button
            type="primary"
            icon={<PlayCircleOutlined />}
            loading={step.isPending}
            onClick={() => step.mutate({ kind: 'activate' })}
          >
            {t('contracts.workflow.activate')}
          </Button>
        ) : null}
        {contract.status === 'ACTIVE' && access.may('completeContract') ? (
          <Popconfirm
            title={t('contracts.workflow.completeConfirm')}
            okText={t('contracts.workflow.complete')}
            cancelText={t('contracts.editor.cancel')}
            onConfirm={() => step.mutate({ kind: 'complete' })}
          >
            <Button icon={<CheckCircleOutlined />} loading={step.isPending}>
              {t('contracts.workflow.complete')}
            </Button>
          </Popconfirm>
        ) : null}
        {(contract.status === 'APPROVED' || contract.status === 'ACTIVE') &&
        access.may('terminateContract') ? (
          <Button danger icon={<StopOutlined />} onClick={() => setTerminating(true)}>
            {t('contracts.workflow.terminate')}
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
      <Modal
        open={terminating}
        title={t('contracts.workflow.terminateTitle')}
        okText={t('contracts.workflow.terminate')}
        cancelText={t('contracts.editor.cancel')}
        okButtonProps={{ danger: true, loading: step.isPending }}
        onCancel={() => setTerminating(false)}
        onOk={() =>
          void terminateForm
            .validateFields()
            .then(({ reason }) => step.mutate({ kind: 'terminate', comment: reason }))
            .catch(() => undefined)
        }
        destroyOnHidden
      >
        <Form form={terminateForm} layout="vertical" preserve={false}>
          <Form.Item
            name="reason"
            label={t('contracts.fields.terminationReason')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('contracts.workflow.reasonRequired'),
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
