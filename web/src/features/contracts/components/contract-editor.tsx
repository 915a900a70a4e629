import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  InputNumber,
  Row,
  Select,
  Space,
  Statistic,
  Tag,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import { QueryState } from '@/components/query-state';
import { useApprovalPolicy } from '@/features/contracts/api/approval-policy';
import {
  approvalLevelFor,
  draftTotals,
  type DraftLine,
} from '@/features/contracts/api/contract-draft';
import {
  CreateContractMutation,
  SubmitContractMutation,
  UpdateContractMutation,
  type ContractPayload,
  type ContractTermsInput,
} from '@/features/contracts/api/contract-mutations';
import {
  ContractRowFragment,
  useContractEditorOptions,
  useContractForEdit,
  useRefreshContracts,
} from '@/features/contracts/api/contracts';
import { getFragmentData } from '@/gql/fragment-masking';
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
import { formatMoney, formatPercent } from '@/utils/format';

interface EditorValues {
  customerId?: string;
  startOn?: Dayjs | null;
  endOn?: Dayjs | null;
  paymentTermDays?: number | null;
  lines: DraftLine[];
}

interface ContractEditorProps {
  /** The contract to change (a DRAFT or REJECTED one); none to draft a new contract. */
  contractId?: string;
  onSaved: (id: string) => void;
  onCancel: () => void;
}

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/**
 * Drafts or changes a contract: customer, term and a line editor whose list total, agreed total and discount
 * update as the user types, with who will have to approve that discount. Saves as a draft or submits at once.
 */
export function ContractEditor({ contractId, onSaved, onCancel }: ContractEditorProps) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const refreshContracts = useRefreshContracts();
  const [form] = Form.useForm<EditorValues>();
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const options = useContractEditorOptions();
  const existing = useContractForEdit(contractId);
  const policy = useApprovalPolicy();
  const contract = existing.data?.contract;
  const row = contract ? getFragmentData(ContractRowFragment, contract) : null;

  const listPrices = useMemo(
    () => new Map((options.data?.products.nodes ?? []).map((p) => [p.id, Number(p.listPrice)])),
    [options.data],
  );
  const lines = Form.useWatch('lines', form) ?? [];
  const totals = draftTotals(lines, listPrices);
  const level = policy.data ? approvalLevelFor(totals, policy.data) : null;

  const initialValues: EditorValues | undefined = contractId
    ? contract && row
      ? {
          customerId: row.customer?.id,
          startOn: contract.startOn ? dayjs(contract.startOn) : null,
          endOn: contract.endOn ? dayjs(contract.endOn) : null,
          paymentTermDays: contract.paymentTermDays,
          lines: contract.lines.nodes.map((l) => ({
            productId: l.product?.id,
            quantity: l.quantity,
            unitPrice: Number(l.agreedUnitPrice),
          })),
        }
      : undefined
    : { lines: [{}] };

  const save = useMutation({
    mutationFn: async ({ values, submit }: { values: EditorValues; submit: boolean }) => {
      const terms: ContractTermsInput = {
        startOn: day(values.startOn),
        endOn: day(values.endOn),
        paymentTermDays: values.paymentTermDays ?? null,
        lines: values.lines.map((l) => ({
          productId: l.productId ?? '',
          quantity: Number(l.quantity),
          unitPrice: Number(l.unitPrice ?? listPrices.get(l.productId ?? '')),
        })),
      };
      let result: ContractPayload;
      if (contractId && row) {
        result = (
          await graphqlClient.request(UpdateContractMutation, {
            input: { ...terms, contractId, version: row.version },
          })
        ).updateContract;
      } else {
        result = (
          await graphqlClient.request(CreateContractMutation, {
            input: {
              ...terms,
              customerId: values.customerId ?? '',
              idempotencyKey: crypto.randomUUID(),
            },
          })
        ).createContract;
      }
      if (result.errors.length || !result.contract || !submit) return result;
      const written = result.contract;
      return (
        await graphqlClient.request(SubmitContractMutation, {
          input: { contractId: written.id, version: written.version },
        })
      ).submitContract;
    },
    onSuccess: (result) => {
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        readUserErrors(result.errors),
      );
      setProblem(found);
      if (found || !result.contract) return;
      void refreshContracts(result.contract.id);
      onSaved(result.contract.id);
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });

  const finish = (submit: boolean) =>
    void form.validateFields().then((values) => save.mutate({ values, submit }));

  const products = (options.data?.products.nodes ?? []).filter((p) => p.isActive);

  return (
    <QueryState
      isLoading={options.isLoading || existing.isLoading || policy.isLoading}
      error={options.error ?? existing.error ?? policy.error}
      onRetry={() => {
        void options.refetch();
        void existing.refetch();
        void policy.refetch();
      }}
      isEmpty={!!contractId && !existing.isLoading && !contract}
    >
      {initialValues ? (
        <Form<EditorValues>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          aria-label={t(contractId ? 'contracts.editor.editTitle' : 'contracts.editor.newTitle')}
          onValuesChange={() => problem && !problem.conflict && setProblem(null)}
        >
          <Flex vertical gap="middle">
            <FormProblemAlert
              problem={problem}
              onReload={() => {
                setProblem(null);
                void existing.refetch().then(() => form.resetFields());
              }}
            />
            <Card title={t('contracts.editor.terms')}>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="customerId"
                    label={t('contracts.fields.customer')}
                    rules={[{ required: true, message: t('contracts.editor.customerRequired') }]}
                  >
                    <Select
                      showSearch
                      disabled={!!contractId}
                      optionFilterProp="label"
                      placeholder={t('contracts.editor.pickCustomer')}
                      options={(options.data?.customers.nodes ?? []).map((c) => ({
                        value: c.id,
                        label: `${c.code} ${c.name}`,
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={4}>
                  <Form.Item name="startOn" label={t('contracts.editor.startOn')}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={4}>
                  <Form.Item
                    name="endOn"
                    label={t('contracts.editor.endOn')}
                    dependencies={['startOn']}
                    rules={[
                      ({ getFieldValue }) => ({
                        validator: (_, value: Dayjs | null) => {
                          const start = getFieldValue('startOn') as Dayjs | null;
                          return !value || !start || !value.isBefore(start)
                            ? Promise.resolve()
                            : Promise.reject(new Error(t('contracts.editor.endBeforeStart')));
                        },
                      }),
                    ]}
                  >
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={4}>
                  <Form.Item name="paymentTermDays" label={t('contracts.fields.paymentTermDays')}>
                    <InputNumber
                      min={0}
                      max={365}
                      style={{ width: '100%' }}
                      addonAfter={t('contracts.editor.daysUnit')}
                    />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
            <Card title={t('contracts.editor.lines')}>
              <Form.List
                name="lines"
                rules={[
                  {
                    validator: (_, value: DraftLine[] | undefined) =>
                      value && value.length > 0
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('contracts.editor.linesRequired'))),
                  },
                ]}
              >
                {(fields, { add, remove }, { errors }) => (
                  <>
                    {fields.map(({ key, name }) => {
                      const productId = lines[name]?.productId;
                      const listPrice = productId ? listPrices.get(productId) : undefined;
                      return (
                        <Row key={key} gutter={8} align="top" data-testid="contract-line">
                          <Col xs={24} md={10}>
                            <Form.Item
                              name={[name, 'productId']}
                              label={t('products.fields.name')}
                              rules={[
                                { required: true, message: t('contracts.editor.productRequired') },
                              ]}
                            >
                              <Select
                                showSearch
                                optionFilterProp="label"
                                placeholder={t('contracts.editor.pickProduct')}
                                options={products.map((p) => ({
                                  value: p.id,
                                  label: `${p.sku} ${p.name}`,
                                }))}
                                onChange={(id: string) =>
                                  form.setFieldValue(
                                    ['lines', name, 'unitPrice'],
                                    listPrices.get(id),
                                  )
                                }
                              />
                            </Form.Item>
                          </Col>
                          <Col xs={8} md={4}>
                            <Form.Item
                              name={[name, 'quantity']}
                              label={t('contracts.lines.quantity')}
                              rules={[
                                { required: true, message: t('contracts.editor.quantityRequired') },
                              ]}
                            >
                              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                            </Form.Item>
                          </Col>
                          <Col xs={8} md={4}>
                            <Form.Item label={t('contracts.lines.listUnitPrice')}>
                              <span>
                                {listPrice === undefined ? '—' : formatMoney(listPrice, locale)}
                              </span>
                            </Form.Item>
                          </Col>
                          <Col xs={8} md={4}>
                            <Form.Item
                              name={[name, 'unitPrice']}
                              label={t('contracts.lines.agreedUnitPrice')}
                              rules={[
                                { required: true, message: t('contracts.editor.priceRequired') },
                              ]}
                            >
                              <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={2}>
                            <Form.Item label={<span aria-hidden>&nbsp;</span>}>
                              <Button
                                aria-label={t('contracts.editor.removeLine', { line: name + 1 })}
                                icon={<DeleteOutlined />}
                                disabled={fields.length === 1}
                                onClick={() => remove(name)}
                              />
                            </Form.Item>
                          </Col>
                        </Row>
                      );
                    })}
                    <Form.ErrorList errors={errors} />
                    <Button
                      type="dashed"
                      icon={<PlusOutlined />}
                      onClick={() => add({})}
                      disabled={fields.length >= 100}
                    >
                      {t('contracts.editor.addLine')}
                    </Button>
                  </>
                )}
              </Form.List>
            </Card>
            <Card>
              <Row gutter={16} aria-live="polite" data-testid="contract-totals">
                <Col xs={12} md={6}>
                  <Statistic
                    title={t('contracts.fields.listTotal')}
                    value={formatMoney(totals.listTotal, locale)}
                  />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic
                    title={t('contracts.fields.agreedTotal')}
                    value={formatMoney(totals.agreedTotal, locale)}
                  />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic
                    title={t('contracts.fields.discountAmount')}
                    value={`${formatMoney(totals.discountAmount, locale)} (${formatPercent(totals.discountRate, locale)})`}
                  />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic
                    title={t('contracts.editor.approvedBy')}
                    valueRender={() =>
                      level ? (
                        <Tag color={level === 'REP' ? '#237804' : '#ad4e00'}>
                          {label('approvalLevel', level)}
                        </Tag>
                      ) : (
                        '—'
                      )
                    }
                  />
                </Col>
              </Row>
            </Card>
            <Flex justify="flex-end">
              <Space>
                <Button onClick={onCancel}>{t('contracts.editor.cancel')}</Button>
                <Button loading={save.isPending} onClick={() => finish(false)}>
                  {t('contracts.editor.saveDraft')}
                </Button>
                {access.may('submitContract') ? (
                  <Button type="primary" loading={save.isPending} onClick={() => finish(true)}>
                    {t('contracts.editor.saveAndSubmit')}
                  </Button>
                ) : null}
              </Space>
            </Flex>
          </Flex>
        </Form>
      ) : null}
    </QueryState>
  );
}
