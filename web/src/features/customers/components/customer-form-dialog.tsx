import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState, type ReactNode } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import {
  AssignCustomerOwnerMutation,
  ChangeCustomerGradeMutation,
  CreateCustomerMutation,
  SetCustomerCreditMutation,
  UpdateCustomerMutation,
  useCustomerRegionOptions,
  useOwnerCandidates,
  useRefreshCustomers,
} from '@/features/customers/api/customer-mutations';
import {
  customerWrites,
  writableCustomerFields,
  type CustomerFormField,
  type CustomerFormValues,
  type CustomerWrite,
} from '@/features/customers/api/customer-writes';
import type { CustomerGrade, CustomerKind, CustomerSource } from '@/gql/graphql';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type MaskedUserErrors,
  type FormProblem,
} from '@/lib/graphql-errors';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatMoney, moneyInputFormat } from '@/utils/format';

const kinds: CustomerKind[] = ['ENTERPRISE', 'DISTRIBUTOR', 'AGENT'];
const sources: CustomerSource[] = ['EXHIBITION', 'REFERRAL', 'COLD_VISIT', 'ONLINE', 'AGENT'];
const grades: CustomerGrade[] = ['A', 'B', 'C'];

interface NewCustomerValues extends CustomerFormValues {
  regionId?: string;
}

interface CustomerFormDialogProps {
  /** The customer as read, to edit it; none to create a prospect. */
  customer?: {
    id: string;
    version: number;
    regionCode?: string | null;
    ownerName?: string | null;
    values: CustomerFormValues;
  };
  onClose: () => void;
  /** After a new customer was created, with its id. */
  onCreated?: (id: string) => void;
  /** Reads the customer again (after a save, or to resolve a conflict). */
  reload?: () => void;
}

interface Payload {
  customer?: { id: string; version: number } | null;
  errors: MaskedUserErrors;
}

/**
 * Creates a prospect or edits a customer file. Which fields are inputs follows `me` (`writableCustomerFields`);
 * the others show read-only. An edit runs one mutation per changed part (file, grade, owner, credit), each at
 * the version the previous one returned, and stops at the first refusal, whose errors show beside their fields.
 */
export function CustomerFormDialog({
  customer,
  onClose,
  onCreated,
  reload,
}: CustomerFormDialogProps) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewCustomerValues>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const refresh = useRefreshCustomers();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const creating = !customer;
  const writable: ReadonlySet<CustomerFormField> = creating
    ? new Set<CustomerFormField>([
        'name',
        'kind',
        'industry',
        'source',
        'contactPerson',
        'mobile',
        'address',
        'designatedCarrier',
      ])
    : writableCustomerFields(access);
  const needsRegion = creating && !access.me.region;
  const regions = useCustomerRegionOptions(needsRegion);
  const owners = useOwnerCandidates(customer?.regionCode ?? undefined, writable.has('ownerId'));

  const showErrors = (errors: MaskedUserErrors) => {
    const found = applyUserErrors(
      { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
      readUserErrors(errors),
    );
    setProblem(found);
    return found;
  };

  const runWrite = async (write: CustomerWrite, id: string, version: number): Promise<Payload> => {
    if (write.kind === 'update')
      return (
        await graphqlClient.request(UpdateCustomerMutation, {
          input: { customerId: id, version, ...write.input },
        })
      ).updateCustomer;
    const input = { customerId: id, version };
    if (write.kind === 'grade')
      return (
        await graphqlClient.request(ChangeCustomerGradeMutation, {
          input: { ...input, ...write.input },
        })
      ).changeCustomerGrade;
    if (write.kind === 'owner')
      return (
        await graphqlClient.request(AssignCustomerOwnerMutation, {
          input: { ...input, ...write.input },
        })
      ).assignCustomerOwner;
    return (
      await graphqlClient.request(SetCustomerCreditMutation, {
        input: { ...input, ...write.input },
      })
    ).setCustomerCredit;
  };

  const save = useMutation({
    mutationFn: async (values: NewCustomerValues): Promise<{ id?: string; refused: boolean }> => {
      if (!customer) {
        const created = (
          await graphqlClient.request(CreateCustomerMutation, {
            input: {
              name: values.name,
              kind: values.kind,
              industry: values.industry,
              source: values.source,
              contactPerson: values.contactPerson ?? '',
              mobile: values.mobile ?? '',
              address: values.address ?? '',
              designatedCarrier: values.designatedCarrier || undefined,
              regionId: needsRegion ? values.regionId : undefined,
              idempotencyKey,
            },
          })
        ).createCustomer;
        if (showErrors(created.errors) || !created.customer) return { refused: true };
        return { id: created.customer.id, refused: false };
      }
      let version = customer.version;
      for (const write of customerWrites(customer.values, values, writable)) {
        const result = await runWrite(write, customer.id, version);
        if (showErrors(result.errors) || !result.customer) return { refused: true };
        version = result.customer.version;
      }
      return { id: customer.id, refused: false };
    },
    onSuccess: ({ id, refused }) => {
      void refresh(customer?.id);
      if (refused || !id) return;
      void message.success(t(creating ? 'customers.form.created' : 'customers.form.saved'));
      if (creating) onCreated?.(id);
      else reload?.();
      onClose();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });

  const required = (
    key:
      | 'nameRequired'
      | 'industryRequired'
      | 'contactRequired'
      | 'mobileRequired'
      | 'addressRequired',
  ) => ({
    required: true,
    whitespace: true,
    message: t(`customers.form.${key}`),
  });

  /** An input when the caller may write the field, else the value as text. */
  const item = (
    name: CustomerFormField | 'regionId',
    labelText: string,
    input: ReactNode,
    readOnly: ReactNode,
    rules: object[] = [],
  ) =>
    name === 'regionId' || writable.has(name) ? (
      <Form.Item key={name} name={name} label={labelText} rules={rules}>
        {input}
      </Form.Item>
    ) : (
      <Form.Item key={name} label={labelText} data-testid={`readonly-${name}`}>
        <span>{readOnly ?? '—'}</span>
      </Form.Item>
    );

  const values = customer?.values;
  const canReadContacts = access.canRead({ type: 'Customer', field: 'mobile' });
  const canReadCredit = access.canRead({ type: 'Customer', field: 'creditLimit' });

  return (
    <Modal
      open
      title={creating ? t('customers.form.newTitle') : t('customers.form.editTitle')}
      okText={t('customers.form.save')}
      cancelText={t('contracts.editor.cancel')}
      okButtonProps={{ loading: save.isPending }}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((v) => save.mutate(v))
          .catch(() => undefined)
      }
      destroyOnHidden
      width={640}
    >
      <FormProblemAlert
        problem={problem}
        style={{ marginBottom: 16 }}
        onReload={() => {
          setProblem(null);
          reload?.();
          onClose();
        }}
      />
      <Form<NewCustomerValues>
        form={form}
        layout="vertical"
        initialValues={values ?? { kind: 'ENTERPRISE', source: 'COLD_VISIT' }}
      >
        {item('name', t('customers.fields.name'), <Input maxLength={200} />, values?.name, [
          required('nameRequired'),
        ])}
        {item(
          'kind',
          t('customers.fields.kind'),
          <Select options={kinds.map((k) => ({ value: k, label: label('customerKind', k) }))} />,
          label('customerKind', values?.kind),
        )}
        {item(
          'industry',
          t('customers.fields.industry'),
          <Input maxLength={100} />,
          values?.industry,
          [required('industryRequired')],
        )}
        {item(
          'source',
          t('customers.fields.source'),
          <Select
            options={sources.map((s) => ({ value: s, label: label('customerSource', s) }))}
          />,
          label('customerSource', values?.source),
        )}
        {creating || canReadContacts ? (
          <>
            {item(
              'contactPerson',
              t('customers.fields.contactPerson'),
              <Input maxLength={100} />,
              values?.contactPerson,
              [required('contactRequired')],
            )}
            {item(
              'mobile',
              t('customers.fields.mobile'),
              <Input maxLength={32} />,
              values?.mobile,
              [required('mobileRequired')],
            )}
            {item(
              'address',
              t('customers.fields.address'),
              <Input maxLength={300} />,
              values?.address,
              [required('addressRequired')],
            )}
          </>
        ) : null}
        {item(
          'designatedCarrier',
          t('customers.fields.designatedCarrier'),
          <Input maxLength={200} />,
          values?.designatedCarrier,
        )}
        {needsRegion
          ? item(
              'regionId',
              t('customers.fields.region'),
              <Select
                loading={regions.isLoading}
                options={(regions.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
              />,
              null,
              [{ required: true, message: t('customers.form.regionRequired') }],
            )
          : null}
        {!creating ? (
          <>
            {item(
              'grade',
              t('customers.fields.grade'),
              <Select
                options={grades.map((g) => ({ value: g, label: label('customerGrade', g) }))}
              />,
              label('customerGrade', values?.grade),
            )}
            {item(
              'ownerId',
              t('customers.fields.owner'),
              <Select
                loading={owners.isLoading}
                options={[
                  ...(owners.data ?? []).map((s) => ({
                    value: s.id,
                    label: s.region ? `${s.name} (${s.region.name})` : s.name,
                  })),
                  ...(values?.ownerId && !owners.data?.some((s) => s.id === values.ownerId)
                    ? [{ value: values.ownerId, label: customer?.ownerName ?? values.ownerId }]
                    : []),
                ]}
              />,
              customer?.ownerName,
            )}
            {canReadCredit ? (
              <>
                {item(
                  'creditLimit',
                  t('customers.fields.creditLimit'),
                  <InputNumber<number>
                    min={0}
                    precision={2}
                    prefix="¥"
                    style={{ width: '100%' }}
                    {...moneyInputFormat}
                  />,
                  values?.creditLimit == null ? null : formatMoney(values.creditLimit, locale),
                )}
                {item(
                  'paymentTermDays',
                  t('customers.fields.paymentTermDays'),
                  <InputNumber<number> min={0} max={365} precision={0} style={{ width: '100%' }} />,
                  values?.paymentTermDays,
                )}
              </>
            ) : null}
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
