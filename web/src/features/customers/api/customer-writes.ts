import type {
  CustomerGrade,
  CustomerKind,
  CustomerSource,
  UpdateCustomerInput,
} from '@/gql/graphql';
import type { Access } from '@/lib/access/access';

/** The customer file as the edit form holds it; each part is written by its own mutation. */
export interface CustomerFormValues {
  name: string;
  kind: CustomerKind;
  industry: string;
  source: CustomerSource;
  contactPerson?: string | null;
  mobile?: string | null;
  address?: string | null;
  designatedCarrier?: string | null;
  grade: CustomerGrade;
  ownerId?: string | null;
  creditLimit?: number | string | null;
  paymentTermDays?: number | null;
}

export type CustomerFormField = keyof CustomerFormValues;

const descriptive = ['name', 'kind', 'industry', 'source', 'designatedCarrier'] as const;
const contacts = ['contactPerson', 'mobile', 'address'] as const;

/**
 * Which fields of the customer file this caller may change, from `me` alone: the descriptive fields with
 * `updateCustomer` (contact fields only when read in full, so a masked value is never sent back), the grade with
 * `changeCustomerGrade`, the owner with `assignCustomerOwner`, credit terms with `setCustomerCredit`. The rest
 * show read-only.
 */
export function writableCustomerFields(access: Access): ReadonlySet<CustomerFormField> {
  const fields = new Set<CustomerFormField>();
  if (access.may('updateCustomer')) {
    descriptive.forEach((f) => fields.add(f));
    contacts
      .filter((f) => access.fieldAccess({ type: 'Customer', field: f }) === 'ALLOW')
      .forEach((f) => fields.add(f));
  }
  if (access.may('changeCustomerGrade')) fields.add('grade');
  if (access.may('assignCustomerOwner')) fields.add('ownerId');
  if (
    access.may('setCustomerCredit') &&
    access.canRead({ type: 'Customer', field: 'creditLimit' })
  ) {
    fields.add('creditLimit');
    fields.add('paymentTermDays');
  }
  return fields;
}

/** One mutation the form's save runs; `input` lacks the customer id and version, added when it runs. */
export type CustomerWrite =
  | {
      kind: 'update';
      input: Omit<UpdateCustomerInput, 'customerId' | 'version'>;
    }
  | { kind: 'grade'; input: { grade: CustomerGrade } }
  | { kind: 'owner'; input: { ownerId: string } }
  | { kind: 'credit'; input: { creditLimit?: number; paymentTermDays?: number } };

const text = (value: unknown) => (value == null ? '' : String(value).trim());

/**
 * The mutations that carry the user's changes, in the order they run (file, grade, owner, credit): only fields
 * that changed and that the caller may write, so an unchanged part sends nothing.
 */
export function customerWrites(
  before: CustomerFormValues,
  after: CustomerFormValues,
  writable: ReadonlySet<CustomerFormField>,
): CustomerWrite[] {
  const writes: CustomerWrite[] = [];
  // Money comes from the API as a string ("500000.00") and from the number input as a number.
  const numeric = (field: CustomerFormField) =>
    field === 'creditLimit' || field === 'paymentTermDays';
  const same = (field: CustomerFormField) =>
    numeric(field) && before[field] != null && after[field] != null
      ? Number(before[field]) === Number(after[field])
      : text(before[field]) === text(after[field]);
  const changed = (field: CustomerFormField) => writable.has(field) && !same(field);

  const update: Record<string, string> = {};
  // Every key is a field of UpdateCustomerInput; kind and source carry enum values read from the API.
  for (const field of [...descriptive, ...contacts])
    if (changed(field)) update[field] = text(after[field]);
  if (Object.keys(update).length)
    writes.push({
      kind: 'update',
      input: update as Omit<UpdateCustomerInput, 'customerId' | 'version'>,
    });
  if (changed('grade')) writes.push({ kind: 'grade', input: { grade: after.grade } });
  if (changed('ownerId') && after.ownerId)
    writes.push({ kind: 'owner', input: { ownerId: after.ownerId } });
  // The API's Decimal takes a JSON number, not a string (a string is refused as invalid).
  const credit: { creditLimit?: number; paymentTermDays?: number } = {};
  if (changed('creditLimit') && after.creditLimit != null)
    credit.creditLimit = Number(after.creditLimit);
  if (changed('paymentTermDays') && after.paymentTermDays != null)
    credit.paymentTermDays = Number(after.paymentTermDays);
  if (Object.keys(credit).length) writes.push({ kind: 'credit', input: credit });
  return writes;
}
