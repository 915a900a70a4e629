import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
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
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import {
  createOrderInput,
  draftOrderTotal,
  orderableProducts,
  orderBasis,
  useNewOrderOptions,
  useOrderCustomerContracts,
  withoutContract,
} from '@/features/orders/api/new-order';
import { CreateSalesOrderMutation } from '@/features/orders/api/order-mutations';
import { useRefreshOrders } from '@/features/orders/api/orders';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FormProblem,
} from '@/lib/graphql-errors';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatMoney } from '@/utils/format';

interface FormLine {
  productId?: string;
  quantity?: number | null;
  requestedOn?: Dayjs | null;
}

interface FormValues {
  customerId?: string;
  /** A contract id, or {@link withoutContract}; named after the input member so its errors land here. */
  contractId?: string | null;
  lines: FormLine[];
}

interface NewOrderFormProps {
  /** The customer to order for, when the form is opened from its page. */
  customerId?: string;
  onSaved: (id: string) => void;
  onCancel: () => void;
}

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/**
 * Records a customer's order: pick the customer; an ACTIVE contract of it is chosen (its products at the agreed
 * prices), or a distributor or agent orders at list price without one; then lines with quantity and requested
 * date. Prices come from the server; its errors show beside the field their input path names.
 */
export function NewOrderForm({
  customerId: initialCustomerId,
  onSaved,
  onCancel,
}: NewOrderFormProps) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const refreshOrders = useRefreshOrders();
  const [form] = Form.useForm<FormValues>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  // One key per form: a retried save (a lost answer) returns the order written the first time.
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  const options = useNewOrderOptions();
  const customerId = Form.useWatch('customerId', form);
  const basisValue = Form.useWatch('contractId', form);
  const lines = Form.useWatch('lines', form) ?? [];
  const contracts = useOrderCustomerContracts(customerId);

  const customer = options.data?.customers.nodes.find((c) => c.id === customerId);
  const contractNodes = useMemo(
    () =>
      contracts.data?.customer?.id === customerId
        ? contracts.data?.customer?.contracts.nodes
        : undefined,
    [contracts.data, customerId],
  );
  const basis = contractNodes ? orderBasis(customer?.kind, contractNodes) : null;
  const contract = contractNodes?.find((c) => c.id === basisValue) ?? null;
  const products = useMemo(
    () =>
      basisValue
        ? orderableProducts(
            contract ? { ...contract, lines: contract.lines.nodes } : null,
            options.data?.products.nodes ?? [],
          )
        : [],
    [basisValue, contract, options.data],
  );
  const total = draftOrderTotal(
    lines.map((l) => (l ? { productId: l.productId, quantity: l.quantity } : undefined)),
    products,
  );

  // Once the chosen customer's contracts are known, pick its newest ACTIVE contract (or list price).
  const initialBasis = basis?.initial ?? null;
  useEffect(() => {
    if (contractNodes) form.setFieldValue('contractId', initialBasis);
  }, [contractNodes, initialBasis, form]);

  const save = useMutation({
    mutationFn: async (values: FormValues) =>
      (
        await graphqlClient.request(CreateSalesOrderMutation, {
          input: createOrderInput(
            {
              customerId: values.customerId,
              basis: values.contractId,
              lines: values.lines.map((l) => ({
                productId: l.productId,
                quantity: l.quantity,
                requestedOn: day(l.requestedOn),
              })),
            },
            idempotencyKey,
          ),
        })
      ).createSalesOrder,
    onSuccess: (result) => {
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        readUserErrors(result.errors),
      );
      setProblem(found);
      if (found || !result.salesOrder) return;
      void refreshOrders(result.salesOrder.id, result.salesOrder.contract?.id);
      onSaved(result.salesOrder.id);
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });

  const noBasis = !!basis && basis.options.length === 0;
  const defaultLine: FormLine = { requestedOn: dayjs().add(7, 'day') };

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={{ customerId: initialCustomerId, lines: [defaultLine] }}
      aria-label={t('orders.form.title')}
      onValuesChange={(changed: Partial<FormValues>) => {
        if (problem && !problem.conflict) setProblem(null);
        // Another customer or contract offers other products: the lines start again.
        if ('customerId' in changed || 'contractId' in changed)
          form.setFieldValue(
            'lines',
            (form.getFieldValue('lines') as FormLine[]).map((l) => ({
              ...l,
              productId: undefined,
            })),
          );
      }}
      onFinish={(values) => save.mutate(values)}
    >
      <Flex vertical gap="middle">
        <FormProblemAlert problem={problem} onReload={() => setProblem(null)} />
        <Card title={t('orders.form.basis')} loading={options.isLoading}>
          {options.error ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t(formErrorMessageKey(options.error))}
            />
          ) : null}
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="customerId"
                label={t('orders.fields.customer')}
                rules={[{ required: true, message: t('orders.form.customerRequired') }]}
              >
                <Select
                  showSearch
                  optionFilterProp="label"
                  placeholder={t('orders.form.pickCustomer')}
                  options={(options.data?.customers.nodes ?? []).map((c) => ({
                    value: c.id,
                    label: `${c.code} ${c.name} (${label('customerKind', c.kind)})`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="contractId"
                label={t('orders.fields.contract')}
                rules={[{ required: true, message: t('orders.form.basisRequired') }]}
              >
                <Select
                  disabled={!basis || noBasis}
                  loading={contracts.isFetching}
                  placeholder={t('orders.form.pickBasis')}
                  options={(basis?.options ?? []).map((value) => ({
                    value,
                    label:
                      value === withoutContract
                        ? t('orders.form.withoutContract')
                        : (contractNodes?.find((c) => c.id === value)?.number ?? value),
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
          {noBasis ? (
            <Alert type="warning" showIcon title={t('orders.form.noActiveContract')} />
          ) : null}
        </Card>
        <Card title={t('orders.form.lines')}>
          <Form.List
            name="lines"
            rules={[
              {
                validator: (_, value: FormLine[] | undefined) =>
                  value && value.length > 0
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('orders.form.linesRequired'))),
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map(({ key, name }) => {
                  const product = products.find((p) => p.id === lines[name]?.productId);
                  return (
                    <Row key={key} gutter={8} align="top" data-testid="order-line">
                      <Col xs={24} md={9}>
                        <Form.Item
                          name={[name, 'productId']}
                          label={t('products.fields.name')}
                          rules={[{ required: true, message: t('orders.form.productRequired') }]}
                        >
                          <Select
                            showSearch
                            optionFilterProp="label"
                            disabled={!basisValue}
                            placeholder={t('orders.form.pickProduct')}
                            options={products.map((p) => ({
                              value: p.id,
                              label: `${p.sku} ${p.name}`,
                            }))}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={8} md={3}>
                        <Form.Item
                          name={[name, 'quantity']}
                          label={t('orders.lines.quantity')}
                          extra={
                            product?.contracted === undefined
                              ? undefined
                              : t('orders.form.contracted', { count: product.contracted })
                          }
                          rules={[{ required: true, message: t('orders.form.quantityRequired') }]}
                        >
                          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={8} md={4}>
                        <Form.Item label={t('orders.lines.unitPrice')}>
                          <span data-testid="line-unit-price">
                            {product ? formatMoney(product.unitPrice, locale) : '—'}
                          </span>
                        </Form.Item>
                      </Col>
                      <Col xs={8} md={5}>
                        <Form.Item
                          name={[name, 'requestedOn']}
                          label={t('orders.lines.requestedOn')}
                          rules={[
                            { required: true, message: t('orders.form.requestedOnRequired') },
                          ]}
                        >
                          <DatePicker style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={2}>
                        <Form.Item label={<span aria-hidden>&nbsp;</span>}>
                          <Button
                            aria-label={t('orders.form.removeLine', { line: name + 1 })}
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
                  onClick={() => add(defaultLine)}
                  disabled={fields.length >= 100}
                >
                  {t('orders.form.addLine')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        <Card>
          <Flex justify="space-between" align="center" wrap gap="middle">
            <Statistic
              title={t('orders.fields.amount')}
              value={formatMoney(total, locale)}
              data-testid="order-total"
            />
            <Space>
              <Button onClick={onCancel}>{t('orders.form.cancel')}</Button>
              <Button type="primary" htmlType="submit" loading={save.isPending} disabled={noBasis}>
                {t('orders.form.submit')}
              </Button>
            </Space>
          </Flex>
        </Card>
      </Flex>
    </Form>
  );
}
