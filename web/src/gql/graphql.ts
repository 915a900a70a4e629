/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActivityKind =
  | 'CALL'
  | 'COMPLAINT'
  | 'VISIT';

export type ApprovalLevel =
  | 'DIRECTOR'
  | 'FINANCE'
  | 'MANAGER'
  | 'REP';

export type ContractEventKind =
  | 'ACTIVATED'
  | 'APPROVED'
  | 'COMPLETED'
  | 'CREATED'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'TERMINATED'
  | 'UPDATED';

export type ContractStatus =
  | 'ACTIVE'
  | 'APPROVED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PENDING_APPROVAL'
  | 'REJECTED'
  | 'TERMINATED';

export type CustomerGrade =
  | 'A'
  | 'B'
  | 'C';

export type CustomerKind =
  | 'AGENT'
  | 'DISTRIBUTOR'
  | 'ENTERPRISE';

export type CustomerSource =
  | 'AGENT'
  | 'COLD_VISIT'
  | 'EXHIBITION'
  | 'ONLINE'
  | 'REFERRAL';

export type CustomerStatus =
  | 'ACTIVE'
  | 'DORMANT'
  | 'LOST'
  | 'PROSPECT';

export type FieldAccess =
  | 'ALLOW'
  | 'DENY'
  | 'MASK'
  | 'OWN';

export type PaymentMethod =
  | 'BANK_ACCEPTANCE'
  | 'BANK_TRANSFER'
  | 'CASH'
  | 'CHECK';

export type RowScope =
  | 'ALL'
  | 'NONE'
  | 'OWN'
  | 'REGION';

export type StaffRole =
  | 'ADMIN'
  | 'BI_ANALYST'
  | 'DIRECTOR'
  | 'FINANCE'
  | 'INTEGRATION'
  | 'REGIONAL_MANAGER'
  | 'SALES_REP'
  | 'SALES_SUPPORT';

export type ContractEditorOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContractEditorOptionsQuery = { customers: { totalCount: number, nodes: Array<{ id: string, code: string, name: string }> }, products: { nodes: Array<{ id: string, sku: string, name: string, listPrice: string | number, isActive: boolean }> } };

export type ContractRowFragment = { id: string, number: string, status: ContractStatus, signedOn: string | null, listTotal: string | number, agreedTotal: string | number, discountAmount: string | number, discountRate: string | number, grossMargin?: string | number | null, version: number, customer: { id: string, name: string } | null, owner: { id: string, name: string } | null, region: { id: string, name: string } | null } & { ' $fragmentName'?: 'ContractRowFragment' };

export type ContractsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  withCost: boolean;
}>;


export type ContractsQuery = { contracts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ ' $fragmentRefs'?: { 'ContractRowFragment': ContractRowFragment } }> } };

export type ContractQueryVariables = Exact<{
  id: string | number;
  withCost: boolean;
  withComments: boolean;
}>;


export type ContractQuery = { contract: (
    { currency: string, paymentTermDays: number, startOn: string | null, endOn: string | null, createdAt: string, updatedAt: string, terminationReason: string | null, externalId: string | null, costTotal?: string | number | null, lines: { totalCount: number, nodes: Array<{ lineNo: number, quantity: number, listUnitPrice: string | number, agreedUnitPrice: string | number, listAmount: string | number, agreedAmount: string | number, unitCost?: string | number | null, product: { id: string, sku: string, name: string } | null }> }, history: { nodes: Array<{ kind: ContractEventKind, fromStatus: ContractStatus | null, toStatus: ContractStatus, approvalLevel: ApprovalLevel | null, at: string, comment?: string | null, actor: { id: string, name: string } | null }> }, invoices: { nodes: Array<{ id: string, number: string, amount: string | number, openAmount: string | number, issuedOn: string, dueOn: string, daysOverdue: number }> }, payments: { nodes: Array<{ id: string, number: string, amount: string | number, receivedOn: string, method: PaymentMethod, confirmedAt: string | null }> } }
    & { ' $fragmentRefs'?: { 'ContractRowFragment': ContractRowFragment } }
  ) | null };

export type CustomersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  withCredit: boolean;
  withContacts: boolean;
}>;


export type CustomersQuery = { customers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ ' $fragmentRefs'?: { 'CustomerRowFragment': CustomerRowFragment } }> } };

export type CustomerRowFragment = { id: string, code: string, name: string, kind: CustomerKind, industry: string, grade: CustomerGrade, status: CustomerStatus, source: CustomerSource, contactPerson?: string | null, mobile?: string | null, creditLimit?: string | number | null, paymentTermDays?: number | null, region: { id: string, name: string } | null, owner: { id: string, name: string } | null } & { ' $fragmentName'?: 'CustomerRowFragment' };

export type CustomerQueryVariables = Exact<{
  id: string | number;
  withCredit: boolean;
  withContacts: boolean;
}>;


export type CustomerQuery = { customer: (
    { address?: string | null, designatedCarrier: string | null, createdAt: string, firstContractOn: string | null, externalId: string | null }
    & { ' $fragmentRefs'?: { 'CustomerRowFragment': CustomerRowFragment } }
  ) | null };

export type CustomerContractsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomerContractsQuery = { customer: { id: string, contracts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, number: string, status: ContractStatus, signedOn: string | null, agreedTotal: string | number, discountAmount: string | number }> } } | null };

export type CustomerReceivablesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomerReceivablesQuery = { customer: { id: string, receivables: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, number: string, amount: string | number, openAmount: string | number, issuedOn: string, dueOn: string, daysOverdue: number, contract: { id: string, number: string } | null }> } } | null };

export type CustomerActivitiesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  withText: boolean;
}>;


export type CustomerActivitiesQuery = { customer: { id: string, activities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ActivityKind, occurredAt: string, answeredAt: string | null, subject?: string | null, staff: { id: string, name: string } | null }> } } | null };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { regions: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, level: number, isActive: boolean, parent: { id: string } | null, manager: { id: string, name: string } | null }> } };

export type StaffListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  withContact: boolean;
  withPay: boolean;
}>;


export type StaffListQuery = { staff: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, employeeNumber: string, name: string, role: StaffRole, hireDate: string, isActive: boolean, email?: string | null, mobile?: string | null, baseSalary?: string | number | null, commissionRate?: string | number | null, region: { id: string, name: string } | null, reportsTo: { id: string, name: string } | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { username: string, role: StaffRole | null, scope: RowScope, actions: Array<string>, staff: { id: string, name: string } | null, region: { id: string, code: string, name: string } | null, fields: Array<{ type: string, field: string, access: FieldAccess }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ContractRowFragmentDoc = new TypedDocumentString(`
    fragment ContractRow on Contract {
  id
  number
  status
  signedOn
  listTotal
  agreedTotal
  discountAmount
  discountRate
  grossMargin @include(if: $withCost)
  version
  customer {
    id
    name
  }
  owner {
    id
    name
  }
  region {
    id
    name
  }
}
    `, {"fragmentName":"ContractRow"}) as unknown as TypedDocumentString<ContractRowFragment, unknown>;
export const CustomerRowFragmentDoc = new TypedDocumentString(`
    fragment CustomerRow on Customer {
  id
  code
  name
  kind
  industry
  grade
  status
  source
  region {
    id
    name
  }
  owner {
    id
    name
  }
  contactPerson @include(if: $withContacts)
  mobile @include(if: $withContacts)
  creditLimit @include(if: $withCredit)
  paymentTermDays @include(if: $withCredit)
}
    `, {"fragmentName":"CustomerRow"}) as unknown as TypedDocumentString<CustomerRowFragment, unknown>;
export const ContractEditorOptionsDocument = new TypedDocumentString(`
    query ContractEditorOptions {
  customers(first: 500) {
    totalCount
    nodes {
      id
      code
      name
    }
  }
  products(first: 500) {
    nodes {
      id
      sku
      name
      listPrice
      isActive
    }
  }
}
    `) as unknown as TypedDocumentString<ContractEditorOptionsQuery, ContractEditorOptionsQueryVariables>;
export const ContractsDocument = new TypedDocumentString(`
    query Contracts($first: Int, $after: String, $withCost: Boolean!) {
  contracts(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ContractRow
    }
  }
}
    fragment ContractRow on Contract {
  id
  number
  status
  signedOn
  listTotal
  agreedTotal
  discountAmount
  discountRate
  grossMargin @include(if: $withCost)
  version
  customer {
    id
    name
  }
  owner {
    id
    name
  }
  region {
    id
    name
  }
}`) as unknown as TypedDocumentString<ContractsQuery, ContractsQueryVariables>;
export const ContractDocument = new TypedDocumentString(`
    query Contract($id: ID!, $withCost: Boolean!, $withComments: Boolean!) {
  contract(id: $id) {
    ...ContractRow
    currency
    paymentTermDays
    startOn
    endOn
    createdAt
    updatedAt
    terminationReason
    externalId
    costTotal @include(if: $withCost)
    lines(first: 500) {
      totalCount
      nodes {
        lineNo
        quantity
        listUnitPrice
        agreedUnitPrice
        listAmount
        agreedAmount
        unitCost @include(if: $withCost)
        product {
          id
          sku
          name
        }
      }
    }
    history(first: 500) {
      nodes {
        kind
        fromStatus
        toStatus
        approvalLevel
        at
        comment @include(if: $withComments)
        actor {
          id
          name
        }
      }
    }
    invoices(first: 100) {
      nodes {
        id
        number
        amount
        openAmount
        issuedOn
        dueOn
        daysOverdue
      }
    }
    payments(first: 100) {
      nodes {
        id
        number
        amount
        receivedOn
        method
        confirmedAt
      }
    }
  }
}
    fragment ContractRow on Contract {
  id
  number
  status
  signedOn
  listTotal
  agreedTotal
  discountAmount
  discountRate
  grossMargin @include(if: $withCost)
  version
  customer {
    id
    name
  }
  owner {
    id
    name
  }
  region {
    id
    name
  }
}`) as unknown as TypedDocumentString<ContractQuery, ContractQueryVariables>;
export const CustomersDocument = new TypedDocumentString(`
    query Customers($first: Int, $after: String, $withCredit: Boolean!, $withContacts: Boolean!) {
  customers(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...CustomerRow
    }
  }
}
    fragment CustomerRow on Customer {
  id
  code
  name
  kind
  industry
  grade
  status
  source
  region {
    id
    name
  }
  owner {
    id
    name
  }
  contactPerson @include(if: $withContacts)
  mobile @include(if: $withContacts)
  creditLimit @include(if: $withCredit)
  paymentTermDays @include(if: $withCredit)
}`) as unknown as TypedDocumentString<CustomersQuery, CustomersQueryVariables>;
export const CustomerDocument = new TypedDocumentString(`
    query Customer($id: ID!, $withCredit: Boolean!, $withContacts: Boolean!) {
  customer(id: $id) {
    ...CustomerRow
    address @include(if: $withContacts)
    designatedCarrier
    createdAt
    firstContractOn
    externalId
  }
}
    fragment CustomerRow on Customer {
  id
  code
  name
  kind
  industry
  grade
  status
  source
  region {
    id
    name
  }
  owner {
    id
    name
  }
  contactPerson @include(if: $withContacts)
  mobile @include(if: $withContacts)
  creditLimit @include(if: $withCredit)
  paymentTermDays @include(if: $withCredit)
}`) as unknown as TypedDocumentString<CustomerQuery, CustomerQueryVariables>;
export const CustomerContractsDocument = new TypedDocumentString(`
    query CustomerContracts($id: ID!, $first: Int, $after: String) {
  customer(id: $id) {
    id
    contracts(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        number
        status
        signedOn
        agreedTotal
        discountAmount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerContractsQuery, CustomerContractsQueryVariables>;
export const CustomerReceivablesDocument = new TypedDocumentString(`
    query CustomerReceivables($id: ID!, $first: Int, $after: String) {
  customer(id: $id) {
    id
    receivables(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        number
        amount
        openAmount
        issuedOn
        dueOn
        daysOverdue
        contract {
          id
          number
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerReceivablesQuery, CustomerReceivablesQueryVariables>;
export const CustomerActivitiesDocument = new TypedDocumentString(`
    query CustomerActivities($id: ID!, $first: Int, $after: String, $withText: Boolean!) {
  customer(id: $id) {
    id
    activities(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        occurredAt
        answeredAt
        subject @include(if: $withText)
        staff {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerActivitiesQuery, CustomerActivitiesQueryVariables>;
export const RegionsDocument = new TypedDocumentString(`
    query Regions {
  regions(first: 500) {
    totalCount
    nodes {
      id
      code
      name
      level
      isActive
      parent {
        id
      }
      manager {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionsQuery, RegionsQueryVariables>;
export const StaffListDocument = new TypedDocumentString(`
    query StaffList($first: Int, $after: String, $withContact: Boolean!, $withPay: Boolean!) {
  staff(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      employeeNumber
      name
      role
      hireDate
      isActive
      region {
        id
        name
      }
      reportsTo {
        id
        name
      }
      email @include(if: $withContact)
      mobile @include(if: $withContact)
      baseSalary @include(if: $withPay)
      commissionRate @include(if: $withPay)
    }
  }
}
    `) as unknown as TypedDocumentString<StaffListQuery, StaffListQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    username
    role
    scope
    actions
    staff {
      id
      name
    }
    region {
      id
      code
      name
    }
    fields {
      type
      field
      access
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;