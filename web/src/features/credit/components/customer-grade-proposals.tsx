import { RiseOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { EnumTag } from '@/components/enum-tag';
import { FormProblemAlert } from '@/components/form-problem-alert';
import {
  GradeProposalRowFields,
  ProposeGradeChangeMutation,
  useCreditPolicy,
  useCustomerGradeProposals,
  useRefreshAfterCredit,
  type GradeProposalRow,
} from '@/features/credit/api/credit';
import { useCreditRuleText } from '@/features/credit/api/use-credit-rule-text';
import { GradeChange } from '@/features/credit/components/grade-change';
import { getFragmentData } from '@/gql/fragment-masking';
import type { CustomerGrade } from '@/gql/graphql';
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

const grades: CustomerGrade[] = ['A', 'B', 'C'];

/** A customer's grade proposals on its page, and "propose grade change" for the region's manager (建议权). */
export function CustomerGradeProposals({ customerId }: { customerId: string }) {
  const { t, locale } = useI18n();
  const access = useAccess();
  const [proposing, setProposing] = useState(false);
  const withCredit = access.canRead({ type: 'Customer', field: 'creditOverride' });
  const query = useCustomerGradeProposals(customerId, withCredit);
  const customer = query.data?.customer;
  if (!access.canRead({ type: 'Customer', field: 'gradeProposals' }) || !customer) return null;
  const rows = getFragmentData(GradeProposalRowFields, customer.gradeProposals?.nodes ?? []);
  if (!rows.length && !access.may('proposeGradeChange')) return null;
  const pending = rows.some((r) => r.status === 'PENDING');
  return (
    <Card
      title={t('credit.onCustomer')}
      style={{ marginTop: 16 }}
      extra={
        access.may('proposeGradeChange') && !pending ? (
          <Button icon={<RiseOutlined />} onClick={() => setProposing(true)}>
            {t('credit.propose')}
          </Button>
        ) : null
      }
    >
      <Table<GradeProposalRow>
        rowKey={(r) => r.id}
        dataSource={rows}
        pagination={false}
        size="small"
        aria-label={t('credit.onCustomer')}
        locale={{ emptyText: t('credit.none') }}
        columns={[
          {
            key: 'change',
            title: t('credit.change'),
            render: (_, r) => <GradeChange proposal={r} />,
          },
          ...(access.canRead({ type: 'GradeProposal', field: 'reason' })
            ? [
                {
                  key: 'reason',
                  title: t('credit.reason'),
                  render: (_: unknown, r: GradeProposalRow) => r.reason,
                },
              ]
            : []),
          {
            key: 'proposed',
            title: t('credit.proposedBy'),
            render: (_, r) =>
              `${r.proposedBy?.name ?? ''} · ${formatDateTime(r.proposedAt, locale)}`,
          },
          {
            key: 'status',
            title: t('credit.status'),
            render: (_, r) => (
              <span data-testid="grade-proposal-status">
                <EnumTag name="gradeProposalStatus" value={r.status} />
                {r.isStale ? <Tag color="warning">{t('credit.stale')}</Tag> : null}
                {r.decisionNote ? (
                  <Typography.Text type="secondary"> {r.decisionNote}</Typography.Text>
                ) : null}
              </span>
            ),
          },
        ]}
      />
      {proposing ? (
        <ProposeDialog
          customer={{
            id: customer.id,
            name: customer.name,
            grade: customer.grade,
            version: customer.version,
          }}
          onClose={() => setProposing(false)}
        />
      ) : null}
    </Card>
  );
}

interface ProposeForm {
  grade: CustomerGrade;
  reason: string;
}

function ProposeDialog({
  customer,
  onClose,
}: {
  customer: { id: string; name: string; grade: CustomerGrade; version: number };
  onClose: () => void;
}) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProposeForm>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const refresh = useRefreshAfterCredit();
  const policy = useCreditPolicy(access.canRead({ type: 'Query', field: 'creditPolicy' }));
  const ruleText = useCreditRuleText(policy.data?.creditPolicy ?? undefined);
  const grade = Form.useWatch('grade', form);
  const propose = useMutation({
    mutationFn: async (values: ProposeForm) =>
      (
        await graphqlClient.request(ProposeGradeChangeMutation, {
          input: {
            customerId: customer.id,
            version: customer.version,
            grade: values.grade,
            reason: values.reason,
          },
        })
      ).proposeGradeChange,
    onSuccess: (result) => {
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        readUserErrors(result.errors),
      );
      setProblem(found);
      if (found || !result.gradeProposal) return;
      void refresh();
      void message.success(t('credit.proposed'));
      onClose();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });
  return (
    <Modal
      open
      title={t('credit.proposeTitle', { customer: customer.name })}
      okText={t('credit.propose')}
      cancelText={t('credit.cancel')}
      okButtonProps={{ loading: propose.isPending }}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((values) => propose.mutate(values))
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} style={{ marginBottom: 16 }} onReload={onClose} />
      <Form<ProposeForm> form={form} layout="vertical">
        <Form.Item
          name="grade"
          label={t('credit.newGrade')}
          rules={[{ required: true, message: t('credit.gradeRequired') }]}
        >
          <Select
            options={grades
              .filter((g) => g !== customer.grade)
              .map((g) => ({ value: g, label: label('customerGrade', g) }))}
          />
        </Form.Item>
        {grade && policy.data ? (
          <Typography.Paragraph type="secondary">
            {t('credit.rule')}: {ruleText({ toGrade: grade, customer: null })}
          </Typography.Paragraph>
        ) : null}
        <Form.Item
          name="reason"
          label={t('credit.reason')}
          rules={[{ required: true, whitespace: true, message: t('credit.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
