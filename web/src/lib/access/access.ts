import type { FieldAccess, MeQuery } from '@/gql/graphql';

/** The areas of the side menu; each maps to one route. */
export const areas = [
  'dashboard',
  'regions',
  'staff',
  'customers',
  'visits',
  'complaints',
  'funnel',
  'diary',
  'contracts',
  'orders',
  'shipments',
  'approvals',
  'receivables',
  'returns',
  'targets',
  'audit',
  'receipts',
  'statements',
  'collections',
  'creditPolicy',
  'gradeProposals',
  'bankStatement',
] as const;

export type Area = (typeof areas)[number];

export type FieldAccessLevel = FieldAccess;

/** What the `me` query (`MeQuery` of `me-provider.tsx`) says about the caller. */
export type MeFacts = MeQuery['me'];

/** A field of a GraphQL type, e.g. `{ type: 'Customer', field: 'creditLimit' }`. */
export interface FieldRef {
  type: string;
  field: string;
}

/**
 * The caller's permissions as the API declares them. The SPA never guesses: a column, field or button is shown
 * only when `me` says the caller may read or do it, and a field missing from `me.fields` counts as denied,
 * as the API's field guard treats it.
 */
export interface Access {
  readonly me: MeFacts;
  fieldAccess(ref: FieldRef): FieldAccessLevel;
  /** ALLOW, MASK and OWN fields are readable (OWN: only on the caller's own rows; others come back null). */
  canRead(ref: FieldRef): boolean;
  isMasked(ref: FieldRef): boolean;
  may(action: string): boolean;
  canSee(area: Area): boolean;
}

export function createAccess(me: MeFacts): Access {
  const byField = new Map(me.fields.map((f) => [`${f.type}.${f.field}`, f.access]));
  const actions = new Set(me.actions);
  const fieldAccess = ({ type, field }: FieldRef): FieldAccessLevel =>
    byField.get(`${type}.${field}`) ?? 'DENY';
  const canRead = (ref: FieldRef) => fieldAccess(ref) !== 'DENY';
  const hasRows = me.scope !== 'NONE';
  const query = (field: string) => canRead({ type: 'Query', field });

  // Which areas a role can use follows from its row scope and actions; nothing is keyed on role names.
  const areaRules: Record<Area, () => boolean> = {
    dashboard: () => hasRows,
    regions: () => query('regions'),
    staff: () => query('staff'),
    customers: () => hasRows && query('customers'),
    visits: () => hasRows && query('contactsDue'),
    complaints: () => hasRows && query('complaints') && actions.has('logComplaint'),
    funnel: () => hasRows && query('opportunities') && actions.has('createOpportunity'),
    diary: () => hasRows && query('diaryEntries'),
    contracts: () => hasRows && query('contracts'),
    orders: () => hasRows && query('salesOrders'),
    shipments: () => hasRows && query('shipments'),
    approvals: () =>
      hasRows &&
      ['approveContract', 'rejectContract', 'approveDeliveryNotice', 'rejectDeliveryNotice'].some(
        (action) => actions.has(action),
      ),
    receivables: () => hasRows && query('invoices'),
    returns: () => hasRows && query('returnRequests'),
    targets: () => hasRows && query('targets'),
    audit: () => actions.has('readAuditLog'),
    receipts: () =>
      hasRows && query('receipts') && (actions.has('recordReceipt') || actions.has('applyReceipt')),
    statements: () =>
      hasRows &&
      query('statements') &&
      (actions.has('generateStatements') || actions.has('recordStatementResponse')),
    collections: () =>
      hasRows &&
      query('collectionsToChase') &&
      (actions.has('issueCollectionNotices') || actions.has('recordPaymentPromise')),
    creditPolicy: () => query('creditPolicy') && actions.has('setCreditPolicy'),
    gradeProposals: () =>
      hasRows &&
      query('gradeProposals') &&
      (actions.has('approveGradeProposal') || actions.has('proposeGradeChange')),
    bankStatement: () => hasRows && actions.has('importBankStatement'),
  };

  return {
    me,
    fieldAccess,
    canRead,
    isMasked: (ref) => fieldAccess(ref) === 'MASK',
    may: (action) => actions.has(action),
    canSee: (area) => areaRules[area](),
  };
}
