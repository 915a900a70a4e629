import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Form, InputNumber, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import { QueryState } from '@/components/query-state';
import {
  SetCreditPolicyMutation,
  useCreditPolicy,
  useRefreshAfterCredit,
  type CreditPolicyRow,
} from '@/features/credit/api/credit';
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
import { formatDateTime, moneyInputFormat } from '@/utils/format';

interface PolicyForm {
  creditLimit: number;
  paymentTermDays: number;
}

/** One grade's row: the limit and term as inputs for the director, saved at the version read. */
function PolicyRowEditor({ row, editable }: { row: CreditPolicyRow; editable: boolean }) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<PolicyForm>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const refresh = useRefreshAfterCredit();
  const save = useMutation({
    mutationFn: async (values: PolicyForm) =>
      (
        await graphqlClient.request(SetCreditPolicyMutation, {
          input: {
            grade: row.grade,
            creditLimit: values.creditLimit,
            paymentTermDays: values.paymentTermDays,
            version: row.version,
          },
        })
      ).setCreditPolicy,
    onSuccess: (result) => {
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        readUserErrors(result.errors),
      );
      setProblem(found);
      if (found || !result.creditPolicy) return;
      void message.success(t('credit.saved', { grade: row.grade }));
      void refresh();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });
  const gradeName = label('customerGrade', row.grade);
  return (
    <Form<PolicyForm>
      form={form}
      layout="inline"
      initialValues={{ creditLimit: Number(row.creditLimit), paymentTermDays: row.paymentTermDays }}
      onFinish={(values) => save.mutate(values)}
      data-testid={`credit-policy-${row.grade}`}
    >
      <Form.Item
        name="creditLimit"
        label={t('credit.creditLimit')}
        rules={[{ required: true, message: t('credit.limitRequired') }]}
      >
        <InputNumber
          aria-label={`${t('credit.creditLimit')} ${gradeName}`}
          min={0}
          step={10000}
          precision={2}
          style={{ width: 180 }}
          disabled={!editable}
          {...moneyInputFormat}
        />
      </Form.Item>
      <Form.Item
        name="paymentTermDays"
        label={t('credit.paymentTermDays')}
        rules={[{ required: true, message: t('credit.termRequired') }]}
      >
        <InputNumber
          aria-label={`${t('credit.paymentTermDays')} ${gradeName}`}
          min={0}
          max={365}
          precision={0}
          disabled={!editable}
        />
      </Form.Item>
      {editable ? (
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('credit.save')}
          </Button>
        </Form.Item>
      ) : null}
      <FormProblemAlert problem={problem} onReload={() => void refresh()} />
    </Form>
  );
}

/** The director's credit policy (信用政策): per grade the default credit limit and payment term. */
export function CreditPolicyPage() {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const policy = useCreditPolicy(access.canRead({ type: 'Query', field: 'creditPolicy' }));
  const rows = policy.data?.creditPolicy ?? [];
  const editable = access.may('setCreditPolicy');
  return (
    <Card>
      <Typography.Paragraph>{t('credit.policyHint')}</Typography.Paragraph>
      <QueryState
        isLoading={policy.isLoading}
        error={policy.error}
        onRetry={() => void policy.refetch()}
        isEmpty={!policy.isLoading && !policy.error && rows.length === 0}
      >
        <Table<CreditPolicyRow>
          rowKey={(r) => `${r.id}:${r.version}`}
          dataSource={rows}
          pagination={false}
          aria-label={t('credit.policyTitle')}
          columns={[
            {
              key: 'grade',
              title: t('credit.grade'),
              render: (_, r) => label('customerGrade', r.grade),
            },
            {
              key: 'terms',
              title: `${t('credit.creditLimit')} / ${t('credit.paymentTermDays')}`,
              render: (_, r) => <PolicyRowEditor row={r} editable={editable} />,
            },
            {
              key: 'updated',
              title: t('credit.updated'),
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  <span>{formatDateTime(r.updatedAt, locale)}</span>
                  {r.updatedBy ? <span>{r.updatedBy.name}</span> : null}
                </Space>
              ),
            },
          ]}
        />
      </QueryState>
    </Card>
  );
}
