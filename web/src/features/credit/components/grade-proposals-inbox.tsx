import { useMutation } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Segmented,
  Space,
  Tag,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { CursorTable } from '@/components/data-table/cursor-table';
import { EnumTag } from '@/components/enum-tag';
import { FormProblemAlert } from '@/components/form-problem-alert';
import {
  ApproveGradeProposalMutation,
  gradeProposalsList,
  RejectGradeProposalMutation,
  useCreditPolicy,
  useRefreshAfterCredit,
  type GradeProposalRow,
} from '@/features/credit/api/credit';
import { useCreditRuleText } from '@/features/credit/api/use-credit-rule-text';
import { GradeChange } from '@/features/credit/components/grade-change';
import type { GradeProposalStatus } from '@/gql/graphql';
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
import { formatDateTime } from '@/utils/format';

type StatusFilter = GradeProposalStatus | 'ALL';

/** The director's inbox of grade proposals (等级变更) — approve with the credit rule shown, or reject with a note; a manager follows its region's. */
export function GradeProposalsInbox({ customerPath }: { customerPath: (id: string) => string }) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const { message } = App.useApp();
  const [status, setStatus] = useState<StatusFilter>('PENDING');
  const [rejecting, setRejecting] = useState<GradeProposalRow | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const withCredit = access.canRead({ type: 'Customer', field: 'creditOverride' });
  const policy = useCreditPolicy(access.canRead({ type: 'Query', field: 'creditPolicy' }));
  const ruleText = useCreditRuleText(policy.data?.creditPolicy ?? undefined);
  const refresh = useRefreshAfterCredit();
  const mayDecide = access.may('approveGradeProposal');

  const approve = useMutation({
    mutationFn: async (p: GradeProposalRow) =>
      (
        await graphqlClient.request(ApproveGradeProposalMutation, {
          input: { proposalId: p.id, version: p.version },
        })
      ).approveGradeProposal,
    onSuccess: (result, p) => {
      const found = applyUserErrors({ setFields: () => undefined }, readUserErrors(result.errors));
      setProblem(found);
      void refresh();
      if (found) return;
      void message.success(t('credit.approved', { customer: p.customer?.name ?? '' }));
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });

  return (
    <Card>
      <Flex vertical gap="middle">
        <Space>
          <span id="grade-proposal-filter">{t('credit.filter')}</span>
          <Segmented<StatusFilter>
            aria-labelledby="grade-proposal-filter"
            value={status}
            onChange={setStatus}
            options={[
              { value: 'PENDING', label: label('gradeProposalStatus', 'PENDING') },
              { value: 'APPROVED', label: label('gradeProposalStatus', 'APPROVED') },
              { value: 'REJECTED', label: label('gradeProposalStatus', 'REJECTED') },
              { value: 'ALL', label: t('credit.all') },
            ]}
          />
        </Space>
        <FormProblemAlert
          problem={problem}
          onReload={() => {
            setProblem(null);
            void refresh();
          }}
        />
        <CursorTable<GradeProposalRow>
          {...gradeProposalsList(access.me.username, status === 'ALL' ? null : status, withCredit)}
          rowKey={(p) => p.id}
          label={t('credit.proposalsTitle')}
          exportName="grade-proposals"
          columns={[
            {
              key: 'customer',
              title: t('credit.customer'),
              render: (p) =>
                p.customer ? (
                  <Link to={customerPath(p.customer.id)} style={{ textDecoration: 'underline' }}>
                    {p.customer.code} {p.customer.name}
                  </Link>
                ) : null,
              csv: (p) => p.customer?.name,
            },
            {
              key: 'change',
              title: t('credit.change'),
              render: (p) => <GradeChange proposal={p} />,
              csv: (p) => `${p.fromGrade} → ${p.toGrade}`,
            },
            {
              key: 'reason',
              title: t('credit.reason'),
              field: { type: 'GradeProposal', field: 'reason' },
              render: (p) => p.reason,
              csv: (p) => p.reason,
            },
            {
              key: 'proposedBy',
              title: t('credit.proposedBy'),
              render: (p) => (
                <Space direction="vertical" size={0}>
                  <span>{p.proposedBy?.name}</span>
                  <span>{formatDateTime(p.proposedAt, locale)}</span>
                </Space>
              ),
              csv: (p) => p.proposedBy?.name,
            },
            {
              key: 'rule',
              title: t('credit.rule'),
              render: (p) => (p.status === 'PENDING' ? ruleText(p) : null),
              csv: (p) => (p.status === 'PENDING' ? ruleText(p) : ''),
            },
            {
              key: 'status',
              title: t('credit.status'),
              render: (p) => (
                <Space direction="vertical" size={0}>
                  <EnumTag name="gradeProposalStatus" value={p.status} />
                  {p.isStale ? <Tag color="warning">{t('credit.stale')}</Tag> : null}
                  {p.decisionNote ? <span>{p.decisionNote}</span> : null}
                </Space>
              ),
              csv: (p) => label('gradeProposalStatus', p.status),
            },
            {
              key: 'decision',
              title: t('credit.decision'),
              render: (p) =>
                mayDecide && p.status === 'PENDING' ? (
                  <Space>
                    <Popconfirm
                      title={t('credit.approveConfirm', {
                        customer: p.customer?.name ?? '',
                        from: p.fromGrade,
                        to: p.toGrade,
                        rule: ruleText(p),
                      })}
                      okText={t('credit.approve')}
                      cancelText={t('credit.cancel')}
                      onConfirm={() => approve.mutate(p)}
                    >
                      <Button
                        type="primary"
                        size="small"
                        loading={approve.isPending && approve.variables?.id === p.id}
                      >
                        {t('credit.approve')}
                      </Button>
                    </Popconfirm>
                    <Button size="small" danger onClick={() => setRejecting(p)}>
                      {t('credit.reject')}
                    </Button>
                  </Space>
                ) : null,
              csv: () => '',
            },
          ]}
        />
      </Flex>
      {rejecting ? <RejectDialog proposal={rejecting} onClose={() => setRejecting(null)} /> : null}
    </Card>
  );
}

function RejectDialog({ proposal, onClose }: { proposal: GradeProposalRow; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const refresh = useRefreshAfterCredit();
  const reject = useMutation({
    mutationFn: async (values: { note: string }) =>
      (
        await graphqlClient.request(RejectGradeProposalMutation, {
          input: { proposalId: proposal.id, version: proposal.version, note: values.note },
        })
      ).rejectGradeProposal,
    onSuccess: (result) => {
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        readUserErrors(result.errors),
      );
      setProblem(found);
      if (found || !result.gradeProposal) return;
      void refresh();
      void message.success(t('credit.rejected', { customer: proposal.customer?.name ?? '' }));
      onClose();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });
  return (
    <Modal
      open
      title={t('credit.rejectTitle', { customer: proposal.customer?.name ?? '' })}
      okText={t('credit.reject')}
      cancelText={t('credit.cancel')}
      okButtonProps={{ danger: true, loading: reject.isPending }}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((values) => reject.mutate(values))
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} style={{ marginBottom: 16 }} onReload={onClose} />
      <Form form={form} layout="vertical">
        <Form.Item
          name="note"
          label={t('credit.note')}
          rules={[{ required: true, whitespace: true, message: t('credit.noteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
