import { areas, createAccess, type MeFacts } from '@/lib/access/access';

function me(overrides: Partial<MeFacts>): MeFacts {
  return {
    username: 'someone',
    role: null,
    scope: 'ALL',
    actions: [],
    fields: [],
    staff: null,
    region: null,
    ...overrides,
  };
}

const queryFields = ['regions', 'staff', 'customers', 'contracts', 'invoices', 'targets'].map(
  (field) => ({ type: 'Query', field, access: 'ALLOW' as const }),
);

describe('createAccess', () => {
  it('treats a field the API did not list as denied', () => {
    const access = createAccess(me({}));
    expect(access.canRead({ type: 'Customer', field: 'creditLimit' })).toBe(false);
  });

  it('reads masked and own-row fields but flags the masked ones', () => {
    const access = createAccess(
      me({
        fields: [
          { type: 'Customer', field: 'mobile', access: 'MASK' },
          { type: 'Staff', field: 'baseSalary', access: 'OWN' },
        ],
      }),
    );
    expect(access.canRead({ type: 'Customer', field: 'mobile' })).toBe(true);
    expect(access.isMasked({ type: 'Customer', field: 'mobile' })).toBe(true);
    expect(access.canRead({ type: 'Staff', field: 'baseSalary' })).toBe(true);
    expect(access.isMasked({ type: 'Staff', field: 'baseSalary' })).toBe(false);
  });

  it('shows a rep the sales areas and the approvals it may decide, but not the audit log', () => {
    const access = createAccess(
      me({ scope: 'OWN', fields: queryFields, actions: ['approveContract', 'createContract'] }),
    );
    expect(areas.filter((a) => access.canSee(a))).toEqual([
      'dashboard',
      'regions',
      'staff',
      'customers',
      'contracts',
      'approvals',
      'receivables',
      'targets',
    ]);
  });

  it('shows an administrator the organization and the audit log, and no business data', () => {
    const access = createAccess(
      me({ scope: 'NONE', fields: queryFields, actions: ['readAuditLog'] }),
    );
    expect(areas.filter((a) => access.canSee(a))).toEqual(['regions', 'staff', 'audit']);
  });

  it('shows the complaints page to a caller with rows who may read complaints and log them', () => {
    const complaints = { type: 'Query', field: 'complaints', access: 'ALLOW' as const };
    const logs = { actions: ['logComplaint'] };
    expect(
      createAccess(me({ scope: 'OWN', fields: [complaints], ...logs })).canSee('complaints'),
    ).toBe(true);
    expect(createAccess(me({ scope: 'ALL', fields: [complaints] })).canSee('complaints')).toBe(
      false,
    );
    expect(
      createAccess(me({ scope: 'NONE', fields: [complaints], ...logs })).canSee('complaints'),
    ).toBe(false);
  });

  it('shows the funnel to a caller with rows who may read opportunities and open them (rep, manager, director)', () => {
    const opportunities = { type: 'Query', field: 'opportunities', access: 'ALLOW' as const };
    const opens = { actions: ['createOpportunity', 'moveOpportunity'] };
    for (const scope of ['OWN', 'REGION', 'ALL'] as const) {
      expect(createAccess(me({ scope, fields: [opportunities], ...opens })).canSee('funnel')).toBe(
        true,
      );
    }
    // BI and finance read opportunity rows but keep no funnel; the admin has no rows.
    expect(createAccess(me({ scope: 'ALL', fields: [opportunities] })).canSee('funnel')).toBe(
      false,
    );
    expect(
      createAccess(me({ scope: 'NONE', fields: [opportunities], ...opens })).canSee('funnel'),
    ).toBe(false);
    expect(createAccess(me({ scope: 'OWN', fields: [], ...opens })).canSee('funnel')).toBe(false);
  });

  it('shows the diary to a caller with rows whom the API lets read diary entries (rep, manager, director)', () => {
    const entries = { type: 'Query', field: 'diaryEntries', access: 'ALLOW' as const };
    for (const scope of ['OWN', 'REGION', 'ALL'] as const) {
      expect(createAccess(me({ scope, fields: [entries] })).canSee('diary')).toBe(true);
    }
    // Finance and support see rows but the API denies them the diary; the admin has no rows.
    expect(createAccess(me({ scope: 'ALL', fields: [] })).canSee('diary')).toBe(false);
    expect(createAccess(me({ scope: 'NONE', fields: [entries] })).canSee('diary')).toBe(false);
  });

  it('shows the visits-due list to a caller with rows who may read contactsDue', () => {
    const contactsDue = { type: 'Query', field: 'contactsDue', access: 'ALLOW' as const };
    expect(createAccess(me({ scope: 'OWN', fields: [contactsDue] })).canSee('visits')).toBe(true);
    expect(createAccess(me({ scope: 'NONE', fields: [contactsDue] })).canSee('visits')).toBe(false);
    expect(createAccess(me({ scope: 'OWN', fields: queryFields })).canSee('visits')).toBe(false);
  });

  it('hides the approval queue from a role that may neither approve nor reject', () => {
    const access = createAccess(
      me({ scope: 'REGION', fields: queryFields, actions: ['recordPayment'] }),
    );
    expect(access.canSee('approvals')).toBe(false);
    expect(access.may('recordPayment')).toBe(true);
  });

  it('shows the order desk to whoever may read sales orders, and its steps only with their actions', () => {
    const clerk = createAccess(
      me({
        scope: 'REGION',
        fields: [...queryFields, { type: 'Query', field: 'salesOrders', access: 'ALLOW' }],
        actions: ['createSalesOrder', 'confirmSalesOrder'],
      }),
    );
    expect(clerk.canSee('orders')).toBe(true);
    expect(clerk.may('confirmSalesOrder')).toBe(true);
    const admin = createAccess(
      me({ scope: 'NONE', fields: [{ type: 'Query', field: 'salesOrders', access: 'ALLOW' }] }),
    );
    expect(admin.canSee('orders')).toBe(false);
  });

  it('opens the approval inbox to an approver of delivery notices, and the shipments to readers of them', () => {
    const finance = createAccess(
      me({
        scope: 'ALL',
        fields: [{ type: 'Query', field: 'shipments', access: 'ALLOW' }],
        actions: ['approveDeliveryNotice', 'rejectDeliveryNotice'],
      }),
    );
    expect(finance.canSee('approvals')).toBe(true);
    expect(finance.canSee('shipments')).toBe(true);
    expect(createAccess(me({ scope: 'ALL', actions: ['markShipped'] })).canSee('approvals')).toBe(
      false,
    );
  });
});
