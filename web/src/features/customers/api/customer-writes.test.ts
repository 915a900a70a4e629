import {
  customerWrites,
  writableCustomerFields,
  type CustomerFormValues,
} from '@/features/customers/api/customer-writes';
import { createAccess, type MeFacts } from '@/lib/access/access';

function accessOf(actions: string[], fields: MeFacts['fields'] = []) {
  return createAccess({
    username: 'u',
    role: null,
    scope: 'OWN',
    actions,
    staff: null,
    region: null,
    fields,
  } as MeFacts);
}

const contactFields = (access: 'ALLOW' | 'MASK'): MeFacts['fields'] =>
  ['contactPerson', 'mobile', 'address', 'creditLimit'].map((field) => ({
    type: 'Customer',
    field,
    access: field === 'creditLimit' ? 'ALLOW' : access,
  }));

const file: CustomerFormValues = {
  name: 'Acme',
  kind: 'ENTERPRISE',
  industry: 'Steel',
  source: 'REFERRAL',
  contactPerson: 'Wang',
  mobile: '13800000000',
  address: 'Shanghai',
  designatedCarrier: null,
  grade: 'C',
  ownerId: 's1',
  creditLimit: '0',
  paymentTermDays: 0,
};

describe('writableCustomerFields', () => {
  it('lets a rep with updateCustomer change the file but not grade, owner or credit', () => {
    const writable = writableCustomerFields(accessOf(['updateCustomer'], contactFields('ALLOW')));
    expect(writable.has('name')).toBe(true);
    expect(writable.has('mobile')).toBe(true);
    expect(writable.has('grade')).toBe(false);
    expect(writable.has('ownerId')).toBe(false);
    expect(writable.has('creditLimit')).toBe(false);
  });

  it('never makes a masked contact field writable', () => {
    const writable = writableCustomerFields(accessOf(['updateCustomer'], contactFields('MASK')));
    expect(writable.has('mobile')).toBe(false);
    expect(writable.has('name')).toBe(true);
  });

  it('gives grade, owner and credit only with their own actions', () => {
    const writable = writableCustomerFields(
      accessOf(
        ['changeCustomerGrade', 'assignCustomerOwner', 'setCustomerCredit'],
        contactFields('ALLOW'),
      ),
    );
    expect([...writable].sort()).toEqual(['creditLimit', 'grade', 'ownerId', 'paymentTermDays']);
  });

  it('leaves everything read-only for a caller without actions', () => {
    expect(writableCustomerFields(accessOf([], contactFields('ALLOW'))).size).toBe(0);
  });
});

describe('customerWrites', () => {
  const all = writableCustomerFields(
    accessOf(
      ['updateCustomer', 'changeCustomerGrade', 'assignCustomerOwner', 'setCustomerCredit'],
      contactFields('ALLOW'),
    ),
  );

  it('sends nothing when nothing changed', () => {
    expect(customerWrites(file, { ...file, name: ' Acme ' }, all)).toEqual([]);
  });

  it('sends each changed part through its own mutation, file first', () => {
    const writes = customerWrites(
      file,
      { ...file, mobile: '13900000000', grade: 'B', ownerId: 's2', paymentTermDays: 30 },
      all,
    );
    expect(writes).toEqual([
      { kind: 'update', input: { mobile: '13900000000' } },
      { kind: 'grade', input: { grade: 'B' } },
      { kind: 'owner', input: { ownerId: 's2' } },
      { kind: 'credit', input: { paymentTermDays: 30 } },
    ]);
  });

  it('takes a credit limit read as "500000.00" and held as 500000 for unchanged', () => {
    const before = { ...file, creditLimit: '500000.00', paymentTermDays: 30 };
    expect(customerWrites(before, { ...before, creditLimit: 500000 }, all)).toEqual([]);
    expect(customerWrites(before, { ...before, creditLimit: 600000 }, all)).toEqual([
      { kind: 'credit', input: { creditLimit: 600000 } },
    ]);
  });

  it('drops changes to fields the caller may not write', () => {
    const repOnly = writableCustomerFields(accessOf(['updateCustomer'], contactFields('ALLOW')));
    expect(customerWrites(file, { ...file, grade: 'A', industry: 'Glass' }, repOnly)).toEqual([
      { kind: 'update', input: { industry: 'Glass' } },
    ]);
  });
});
