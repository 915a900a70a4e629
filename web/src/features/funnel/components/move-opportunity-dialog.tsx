import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormProblemAlert } from '@/components/form-problem-alert';
import {
  MoveOpportunityMutation,
  useFunnelProducts,
  useRefreshAfterOpportunity,
  type OpportunityRow,
} from '@/features/funnel/api/funnel';
import { nextStages, wonLinesInput, type WonLine } from '@/features/funnel/api/funnel-rules';
import type { OpportunityStage } from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FormProblem,
} from '@/lib/graphql-errors';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatMoney, moneyInputFormat } from '@/utils/format';

interface MoveForm {
  stage: OpportunityStage;
  lostReason?: string;
  lines?: WonLine[];
}

interface MoveOpportunityDialogProps {
  opportunity: Pick<OpportunityRow, 'id' | 'title' | 'stage' | 'version'>;
  /** Where a won opportunity's draft contract opens. */
  contractPath: (id: string) => string;
  onClose: () => void;
}

/**
 * Moves an opportunity to another stage with the version the list read: LOST asks for the reason; WON asks for the
 * contract's lines, the API drafts the contract from them in the same write and the user lands on the draft.
 */
export function MoveOpportunityDialog({
  opportunity,
  contractPath,
  onClose,
}: MoveOpportunityDialogProps) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<MoveForm>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const moves = nextStages(opportunity.stage);
  const stage = Form.useWatch('stage', form) ?? moves[0];
  const products = useFunnelProducts();
  const listPrices = new Map((products.data ?? []).map((p) => [p.id, Number(p.listPrice)]));
  const refresh = useRefreshAfterOpportunity();
  const move = useMutation({
    mutationFn: async (values: MoveForm) =>
      (
        await graphqlClient.request(MoveOpportunityMutation, {
          input: {
            opportunityId: opportunity.id,
            version: opportunity.version,
            stage: values.stage,
            lostReason: values.stage === 'LOST' ? (values.lostReason ?? '') : null,
            lines: values.stage === 'WON' ? wonLinesInput(values.lines ?? [], listPrices) : null,
          },
        })
      ).moveOpportunity,
    onSuccess: (result) => {
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        readUserErrors(result.errors),
      );
      setProblem(found);
      if (found || !result.opportunity) return;
      void refresh();
      const moved = result.opportunity;
      void message.success(
        t('funnel.moved', { title: moved.title, stage: label('opportunityStage', moved.stage) }),
      );
      onClose();
      if (moved.contract) void navigate(contractPath(moved.contract.id));
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });
  return (
    <Modal
      open
      width={stage === 'WON' ? 760 : 520}
      title={t('funnel.moveTitle', { title: opportunity.title })}
      okText={stage === 'WON' ? t('funnel.win') : t('funnel.move')}
      cancelText={t('funnel.cancel')}
      okButtonProps={{ loading: move.isPending }}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((values) => move.mutate(values))
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} style={{ marginBottom: 16 }} onReload={onClose} />
      <Form<MoveForm>
        form={form}
        layout="vertical"
        initialValues={{ stage: moves[0], lines: [{ quantity: 1 }] }}
      >
        <Form.Item name="stage" label={t('funnel.fields.newStage')}>
          <Select options={moves.map((s) => ({ value: s, label: label('opportunityStage', s) }))} />
        </Form.Item>
        {stage === 'LOST' ? (
          <Form.Item
            name="lostReason"
            label={t('funnel.fields.lostReason')}
            rules={[{ required: true, whitespace: true, message: t('funnel.required.lostReason') }]}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        ) : null}
        {stage === 'WON' ? (
          <>
            <Typography.Paragraph type="secondary">{t('funnel.winHint')}</Typography.Paragraph>
            <Form.List name="lines">
              {(fields, { add, remove }) => (
                <Flex vertical gap="small">
                  {fields.map(({ key, name }, index) => (
                    <Flex key={key} gap="small" align="start">
                      <Form.Item
                        name={[name, 'productId']}
                        style={{ flex: 3, margin: 0 }}
                        rules={[{ required: true, message: t('funnel.required.product') }]}
                      >
                        <Select
                          aria-label={`${t('funnel.fields.product')} ${index + 1}`}
                          showSearch
                          optionFilterProp="label"
                          loading={products.isLoading}
                          placeholder={t('funnel.fields.product')}
                          options={(products.data ?? []).map((p) => ({
                            value: p.id,
                            label: `${p.sku} ${p.name} · ${formatMoney(p.listPrice, locale)}`,
                          }))}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[name, 'quantity']}
                        style={{ flex: 1, margin: 0 }}
                        rules={[{ required: true, message: t('funnel.required.quantity') }]}
                      >
                        <InputNumber
                          aria-label={`${t('funnel.fields.quantity')} ${index + 1}`}
                          min={1}
                          precision={0}
                          style={{ width: '100%' }}
                        />
                      </Form.Item>
                      <Form.Item name={[name, 'unitPrice']} style={{ flex: 2, margin: 0 }}>
                        <InputNumber
                          aria-label={`${t('funnel.fields.unitPrice')} ${index + 1}`}
                          placeholder={t('funnel.listPrice')}
                          min={0.01}
                          precision={2}
                          style={{ width: '100%' }}
                          {...moneyInputFormat}
                        />
                      </Form.Item>
                      <Button
                        aria-label={t('funnel.removeLine', { n: index + 1 })}
                        icon={<DeleteOutlined />}
                        disabled={fields.length === 1}
                        onClick={() => remove(name)}
                      />
                    </Flex>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ quantity: 1 })}>
                    {t('funnel.addLine')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
