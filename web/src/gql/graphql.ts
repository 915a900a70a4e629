/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Activates an APPROVED contract. */
export type ActivateContractInput = {
  /** The contract's global id. */
  contractId: string | number;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** A logged contact with a customer. */
export type ActivityKind =
  /** A phone call (电话). */
  | 'CALL'
  /** A complaint (投诉) logged as an activity before complaints had their own type (Complaint); no longer logged. */
  | 'COMPLAINT'
  /** A visit (拜访) at the customer. */
  | 'VISIT';

/** Answers the customer of an OPEN or FORWARDED complaint. */
export type AnswerComplaintInput = {
  /** What the customer was told, 1–2000 characters. */
  answer: string;
  /** When the customer was answered (UTC); default now; not before the complaint was received, not in the future. */
  answeredAt?: string | null | undefined;
  /** The complaint's global id. */
  complaintId: string | number;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** Applies a receipt's unapplied amount to open invoices of its customer: the chosen ones, or oldest due first. */
export type ApplyReceiptInput = {
  /** 1 to 100 invoices with amounts; omitted: the customer's open invoices oldest due first, each as far as the receipt reaches. */
  applications?: Array<ReceiptApplicationInput> | null | undefined;
  /** The receipt's global id. */
  receiptId: string | number;
  /** The receipt's version the client read; a stale one is CONFLICT. */
  version?: number | null | undefined;
};

/** Who approved a contract step (审批级别). */
export type ApprovalLevel =
  /** The sales director (销售总监). */
  | 'DIRECTOR'
  /** Finance (财务), for the credit check. */
  | 'FINANCE'
  /** A regional manager (区域经理). */
  | 'MANAGER'
  /** The rep, within the rep discount limit. */
  | 'REP';

/** Why a contract needs the approvals it needs (按折扣权限上报 and the credit check). */
export type ApprovalRule =
  /** The customer's open receivables plus the agreed total exceed its credit limit: finance approves as well. */
  | 'CREDIT'
  /** The discount reaches the rep limit (the manager approves) or exceeds the manager limit (the director approves). */
  | 'DISCOUNT'
  /** The agreed total reaches the major-contract amount (重大合同): the director approves whatever the discount. */
  | 'MAJOR_CONTRACT'
  /** The discount is below the rep limit: the owner rep may approve alone. */
  | 'WITHIN_REP_LIMIT';

/** Approves a contract PENDING_APPROVAL. */
export type ApproveContractInput = {
  /** A comment kept in the contract's history (at most 1000 characters). */
  comment?: string | null | undefined;
  /** The contract's global id. */
  contractId: string | number;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** Gives the caller's approval (finance, sales management or the director) to a notice AWAITING_APPROVAL. */
export type ApproveDeliveryNoticeInput = {
  /** A comment for the record, at most 1000 characters. */
  comment?: string | null | undefined;
  /** Instead of shipmentId: the id an external system (ERP) gave the notice when it created it. */
  externalId?: string | null | undefined;
  /** The shipment's global id (or externalId instead). */
  shipmentId?: string | number | null | undefined;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** Approves a REQUESTED return. */
export type ApproveReturnInput = {
  /** The return's global id. */
  returnRequestId: string | number;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** Hands a customer to a rep of its region. */
export type AssignCustomerOwnerInput = {
  /** The customer's global id (in the caller's scope). */
  customerId: string | number;
  /** The new owner: an active sales rep of the customer's region or its sub-regions. */
  ownerId: string | number;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** A sort key of `AuditEntry` items: set one field per element of `order`. Items without a value come last in ascending order and first in descending order; enums sort in their business order; ties are broken by id. */
export type AuditEntrySortInput = {
  /** Sort by `action`. */
  action?: SortEnumType | null | undefined;
  /** Sort by `actorName`. */
  actorName?: SortEnumType | null | undefined;
  /** Sort by `at`. */
  at?: SortEnumType | null | undefined;
  /** Sort by `changes`. */
  changes?: SortEnumType | null | undefined;
  /** Sort by `client`. */
  client?: SortEnumType | null | undefined;
  /** Sort by `entityId`. */
  entityId?: SortEnumType | null | undefined;
  /** Sort by `entityType`. */
  entityType?: SortEnumType | null | undefined;
};

/** One credit line of a bank statement. The payer is matched to a customer by taxpayer number (the buyer tax number on its invoices), then bank account (of its earlier imported receipts), then exact name; a line that matches no single customer is UNMATCHED, never guessed. */
export type BankStatementRowInput = {
  /** Amount credited in CNY, required (positive, 2 decimal places). */
  amount?: string | number | null | undefined;
  /** The bank's reference of the transfer (流水号), 1 to 100 characters, required: a reference already imported is a DUPLICATE. */
  bankReference?: string | null | undefined;
  /** The statement's memo (摘要/附言), at most 500 characters. */
  memo?: string | null | undefined;
  /** The payer's bank account number (付款人账号), at most 64 characters. */
  payerAccount?: string | null | undefined;
  /** The payer's account name (付款人户名), at most 200 characters. */
  payerName?: string | null | undefined;
  /** The payer's taxpayer number (纳税人识别号), if the bank gives it. */
  payerTaxNumber?: string | null | undefined;
  /** Value date (起息日): the day the money arrived, required; becomes the receipt's date; not in the future. */
  valueDate?: string | null | undefined;
};

/** What became of one bank statement line (importBankStatement). */
export type BankStatementRowStatus =
  /** Its bank reference was imported before (or appears earlier in this statement): nothing recorded; receipt is the earlier one. */
  | 'DUPLICATE'
  /** Recorded as a receipt of the matched customer (in a dry run: would be). */
  | 'IMPORTED'
  /** A value is missing or wrong (see errors): nothing recorded. */
  | 'INVALID'
  /** No single customer matches its tax number, account or name: nothing recorded; record it by hand (recordReceipt). */
  | 'UNMATCHED';

/** Conditions on a `Boolean` value; all given conditions must hold. */
export type BooleanOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: boolean | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: boolean | null | undefined;
};

/** Cancels a SUBMITTED or CONFIRMED order, with a reason. */
export type CancelSalesOrderInput = {
  /** Instead of salesOrderId: the id an external system (ERP) gave the order when it created it. */
  externalId?: string | null | undefined;
  /** Why the order is cancelled, 1–1000 characters. */
  reason: string;
  /** The order's global id (or externalId instead). */
  salesOrderId?: string | number | null | undefined;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** Cancels a notice that has not shipped (AWAITING_APPROVAL or PLANNED); its quantities go back to the order. */
export type CancelShipmentInput = {
  /** Instead of shipmentId: the id an external system (ERP) gave the notice when it created it. */
  externalId?: string | null | undefined;
  /** Why, 1–1000 characters. */
  reason: string;
  /** The shipment's global id (or externalId instead). */
  shipmentId?: string | number | null | undefined;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** Changes a customer's grade (A 战略客户, B 潜力客户, C 散户). */
export type ChangeCustomerGradeInput = {
  /** The customer's global id (in the caller's scope). */
  customerId: string | number;
  /** The new grade. */
  grade: CustomerGrade;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** Closes a SHIPPED order (or a PARTLY_SHIPPED one short). */
export type CloseSalesOrderInput = {
  /** Instead of salesOrderId: the id an external system (ERP) gave the order when it created it. */
  externalId?: string | null | undefined;
  /** The order's global id (or externalId instead). */
  salesOrderId?: string | number | null | undefined;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** A sort key of `CollectionNotice` items: set one field per element of `order`. Items without a value come last in ascending order and first in descending order; enums sort in their business order; ties are broken by id. */
export type CollectionNoticeSortInput = {
  /** Sort by `closedOn`. */
  closedOn?: SortEnumType | null | undefined;
  /** Sort by `issuedOn`. */
  issuedOn?: SortEnumType | null | undefined;
  /** Sort by `level`. */
  level?: SortEnumType | null | undefined;
  /** Sort by `levelSince`. */
  levelSince?: SortEnumType | null | undefined;
  /** Sort by `number`. */
  number?: SortEnumType | null | undefined;
  /** Sort by `overdueAmount`. */
  overdueAmount?: SortEnumType | null | undefined;
  /** Sort by `promiseNote`. */
  promiseNote?: SortEnumType | null | undefined;
  /** Sort by `promisedAmount`. */
  promisedAmount?: SortEnumType | null | undefined;
  /** Sort by `promisedOn`. */
  promisedOn?: SortEnumType | null | undefined;
  /** Sort by `status`. */
  status?: SortEnumType | null | undefined;
  /** Sort by `version`. */
  version?: SortEnumType | null | undefined;
};

/** Where a collection notice stands. */
export type CollectionNoticeStatus =
  /** Nothing of the customer is overdue any more. */
  | 'CLOSED'
  /** Being chased, no promise to pay. */
  | 'OPEN'
  /** The customer promised to pay by a date (承诺付款). */
  | 'PROMISED';

/** What a complaint (投诉) is about. */
export type ComplaintCategory =
  /** Invoices, prices, payments (账务). */
  | 'BILLING'
  /** Late, short or damaged delivery (交货). */
  | 'DELIVERY'
  /** Anything else (其他). */
  | 'OTHER'
  /** The goods: defects, wrong specification (质量). */
  | 'QUALITY'
  /** How the customer was served: installation, response, conduct (服务). */
  | 'SERVICE';

/** Conditions on a `ComplaintCategory` value; all given conditions must hold. */
export type ComplaintCategoryOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: ComplaintCategory | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<ComplaintCategory> | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: ComplaintCategory | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<ComplaintCategory> | null | undefined;
};

/** Conditions on `Complaint` items; all given conditions must hold. */
export type ComplaintFilterInput = {
  /** All of these filters hold. */
  and?: Array<ComplaintFilterInput> | null | undefined;
  /** Conditions on `answer`. */
  answer?: StringOperationFilterInput | null | undefined;
  /** Conditions on `answerDueAt`. */
  answerDueAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `answeredAt`. */
  answeredAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  answeredBy?: StaffFilterInput | null | undefined;
  /** Conditions on `category`. */
  category?: ComplaintCategoryOperationFilterInput | null | undefined;
  /** Conditions on `createdAt`. */
  createdAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  customer?: CustomerFilterInput | null | undefined;
  /** Conditions on `description`. */
  description?: StringOperationFilterInput | null | undefined;
  /** Conditions on `forwardNote`. */
  forwardNote?: StringOperationFilterInput | null | undefined;
  /** Conditions on `forwardedAt`. */
  forwardedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  forwardedTo?: StaffFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  loggedBy?: StaffFilterInput | null | undefined;
  /** Conditions on `number`. */
  number?: StringOperationFilterInput | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<ComplaintFilterInput> | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  owner?: StaffFilterInput | null | undefined;
  /** Conditions on `receivedAt`. */
  receivedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `receivedOn`. */
  receivedOn?: DateOperationFilterInput | null | undefined;
  /** Conditions on `resolution`. */
  resolution?: StringOperationFilterInput | null | undefined;
  /** Conditions on `resolvedAt`. */
  resolvedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  resolvedBy?: StaffFilterInput | null | undefined;
  /** Conditions on `severity`. */
  severity?: ComplaintSeverityOperationFilterInput | null | undefined;
  /** Conditions on `status`. */
  status?: ComplaintStatusOperationFilterInput | null | undefined;
  /** Conditions on `updatedAt`. */
  updatedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `version`. */
  version?: IntOperationFilterInput | null | undefined;
};

/** How serious a complaint (投诉) is. */
export type ComplaintSeverity =
  /** Critical: the customer's business or safety is affected (紧急). */
  | 'CRITICAL'
  /** High (高). */
  | 'HIGH'
  /** Low (低). */
  | 'LOW'
  /** Medium (中). */
  | 'MEDIUM';

/** Conditions on a `ComplaintSeverity` value; all given conditions must hold. */
export type ComplaintSeverityOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: ComplaintSeverity | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<ComplaintSeverity> | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: ComplaintSeverity | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<ComplaintSeverity> | null | undefined;
};

/** A sort key of `Complaint` items: set one field per element of `order`. Items without a value come last in ascending order and first in descending order; enums sort in their business order; ties are broken by id. */
export type ComplaintSortInput = {
  /** Sort by `answer`. */
  answer?: SortEnumType | null | undefined;
  /** Sort by `answerDueAt`. */
  answerDueAt?: SortEnumType | null | undefined;
  /** Sort by `answeredAt`. */
  answeredAt?: SortEnumType | null | undefined;
  /** Sort by `category`. */
  category?: SortEnumType | null | undefined;
  /** Sort by `createdAt`. */
  createdAt?: SortEnumType | null | undefined;
  /** Sort by `description`. */
  description?: SortEnumType | null | undefined;
  /** Sort by `forwardNote`. */
  forwardNote?: SortEnumType | null | undefined;
  /** Sort by `forwardedAt`. */
  forwardedAt?: SortEnumType | null | undefined;
  /** Sort by `number`. */
  number?: SortEnumType | null | undefined;
  /** Sort by `receivedAt`. */
  receivedAt?: SortEnumType | null | undefined;
  /** Sort by `receivedOn`. */
  receivedOn?: SortEnumType | null | undefined;
  /** Sort by `resolution`. */
  resolution?: SortEnumType | null | undefined;
  /** Sort by `resolvedAt`. */
  resolvedAt?: SortEnumType | null | undefined;
  /** Sort by `severity`. */
  severity?: SortEnumType | null | undefined;
  /** Sort by `status`. */
  status?: SortEnumType | null | undefined;
  /** Sort by `updatedAt`. */
  updatedAt?: SortEnumType | null | undefined;
  /** Sort by `version`. */
  version?: SortEnumType | null | undefined;
};

/** Where a complaint (投诉) is. */
export type ComplaintStatus =
  /** The customer was answered (已答复). */
  | 'ANSWERED'
  /** Forwarded to a colleague (technical, quality, production, finance) to look into (已转交). */
  | 'FORWARDED'
  /** Received, not yet answered (待响应). */
  | 'OPEN'
  /** Resolved, with the resolution (已解决). */
  | 'RESOLVED';

/** Conditions on a `ComplaintStatus` value; all given conditions must hold. */
export type ComplaintStatusOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: ComplaintStatus | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<ComplaintStatus> | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: ComplaintStatus | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<ComplaintStatus> | null | undefined;
};

/** Completes an ACTIVE contract. */
export type CompleteContractInput = {
  /** The contract's global id. */
  contractId: string | number;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** Finance confirms a payment; a matched invoice's paid amount then moves. */
export type ConfirmPaymentInput = {
  /** The payment's global id. */
  paymentId: string | number;
};

/** Records the customer's confirmation of a SUBMITTED order. */
export type ConfirmSalesOrderInput = {
  /** When the customer confirmed (UTC); default now; not before submission, not in the future. */
  confirmedAt?: string | null | undefined;
  /** Instead of salesOrderId: the id an external system (ERP) gave the order when it created it. */
  externalId?: string | null | undefined;
  /** The order's global id (or externalId instead). */
  salesOrderId?: string | number | null | undefined;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** A step in a contract's history. */
export type ContractEventKind =
  /** Fulfilment began. */
  | 'ACTIVATED'
  /** An approval was given. */
  | 'APPROVED'
  /** Delivered and paid in full. */
  | 'COMPLETED'
  /** The draft was created. */
  | 'CREATED'
  /** An approver refused it. */
  | 'REJECTED'
  /** Submitted for approval. */
  | 'SUBMITTED'
  /** Ended early. */
  | 'TERMINATED'
  /** The draft was changed. */
  | 'UPDATED';

/** Conditions on `Contract` items; all given conditions must hold. */
export type ContractFilterInput = {
  /** Conditions on `agreedTotal`. */
  agreedTotal?: DecimalOperationFilterInput | null | undefined;
  /** All of these filters hold. */
  and?: Array<ContractFilterInput> | null | undefined;
  /** Conditions on `costTotal`. */
  costTotal?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `createdAt`. */
  createdAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `currency`. */
  currency?: StringOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  customer?: CustomerFilterInput | null | undefined;
  /** Conditions on `discountAmount`. */
  discountAmount?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `discountRate`. */
  discountRate?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `endOn`. */
  endOn?: DateOperationFilterInput | null | undefined;
  /** Conditions on `externalId`. */
  externalId?: StringOperationFilterInput | null | undefined;
  /** Conditions on `listTotal`. */
  listTotal?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `number`. */
  number?: StringOperationFilterInput | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<ContractFilterInput> | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  owner?: StaffFilterInput | null | undefined;
  /** Conditions on `paymentTermDays`. */
  paymentTermDays?: IntOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  region?: RegionFilterInput | null | undefined;
  /** Conditions on `signedOn`. */
  signedOn?: DateOperationFilterInput | null | undefined;
  /** Conditions on `startOn`. */
  startOn?: DateOperationFilterInput | null | undefined;
  /** Conditions on `status`. */
  status?: ContractStatusOperationFilterInput | null | undefined;
  /** Conditions on `terminationReason`. */
  terminationReason?: StringOperationFilterInput | null | undefined;
  /** Conditions on `updatedAt`. */
  updatedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `version`. */
  version?: IntOperationFilterInput | null | undefined;
};

/** One contract line. Totals and discount are computed by the server from these and the product's list price. */
export type ContractLineInput = {
  /** The product's global id. */
  productId: string | number;
  /** Quantity, positive. */
  quantity: number;
  /** Agreed unit price in CNY, positive, at most 2 decimal places. */
  unitPrice: string | number;
};

/** A sort key of `Contract` items: set one field per element of `order`. Items without a value come last in ascending order and first in descending order; enums sort in their business order; ties are broken by id. */
export type ContractSortInput = {
  /** Sort by `agreedTotal`. */
  agreedTotal?: SortEnumType | null | undefined;
  /** Sort by `costTotal`. */
  costTotal?: SortEnumType | null | undefined;
  /** Sort by `createdAt`. */
  createdAt?: SortEnumType | null | undefined;
  /** Sort by `currency`. */
  currency?: SortEnumType | null | undefined;
  /** Sort by `discountAmount`. */
  discountAmount?: SortEnumType | null | undefined;
  /** Sort by `discountRate`. */
  discountRate?: SortEnumType | null | undefined;
  /** Sort by `endOn`. */
  endOn?: SortEnumType | null | undefined;
  /** Sort by `externalId`. */
  externalId?: SortEnumType | null | undefined;
  /** Sort by `listTotal`. */
  listTotal?: SortEnumType | null | undefined;
  /** Sort by `number`. */
  number?: SortEnumType | null | undefined;
  /** Sort by `paymentTermDays`. */
  paymentTermDays?: SortEnumType | null | undefined;
  /** Sort by `signedOn`. */
  signedOn?: SortEnumType | null | undefined;
  /** Sort by `startOn`. */
  startOn?: SortEnumType | null | undefined;
  /** Sort by `status`. */
  status?: SortEnumType | null | undefined;
  /** Sort by `terminationReason`. */
  terminationReason?: SortEnumType | null | undefined;
  /** Sort by `updatedAt`. */
  updatedAt?: SortEnumType | null | undefined;
  /** Sort by `version`. */
  version?: SortEnumType | null | undefined;
};

/** Where a contract is in its life (合同状态). */
export type ContractStatus =
  /** Being fulfilled: goods ship, invoices and payments follow (执行中). */
  | 'ACTIVE'
  /** Approved and signed (已批准). */
  | 'APPROVED'
  /** Delivered and paid in full (已完成). */
  | 'COMPLETED'
  /** Being drafted by sales (草稿). */
  | 'DRAFT'
  /** Submitted, waiting for its approvals (待审批). */
  | 'PENDING_APPROVAL'
  /** Refused by an approver (已驳回). */
  | 'REJECTED'
  /** Ended early, with a reason (已终止). */
  | 'TERMINATED';

/** Conditions on a `ContractStatus` value; all given conditions must hold. */
export type ContractStatusOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: ContractStatus | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<ContractStatus> | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: ContractStatus | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<ContractStatus> | null | undefined;
};

/** A new draft contract. The owner and region are the customer's; totals and discount are computed by the server. */
export type CreateContractInput = {
  /** The customer's global id (in the caller's scope). */
  customerId: string | number;
  /** End of the term. */
  endOn?: string | null | undefined;
  /** The contract's id in an ERP: an existing draft with this id is updated (upsert). */
  externalId?: string | null | undefined;
  /** A client key (1–100 characters): repeating it returns the first result instead of a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** 1 to 100 lines. */
  lines: Array<ContractLineInput>;
  /** Payment term in days (0–365); default: the customer's. */
  paymentTermDays?: number | null | undefined;
  /** Start of the term; not after endOn. */
  startOn?: string | null | undefined;
};

/** A new customer: a grade-C prospect without credit (finance sets credit with setCustomerCredit). It belongs to the caller's region and, for a rep, to the rep; otherwise to the region's manager until assignCustomerOwner. */
export type CreateCustomerInput = {
  /** Address, 1–300 characters. */
  address: string;
  /** Contact person, 1–100 characters. */
  contactPerson: string;
  /** Designated carrier (指定托运单位), at most 200 characters. */
  designatedCarrier?: string | null | undefined;
  /** The customer's id in an ERP: an existing customer with this id is updated instead (upsert). */
  externalId?: string | null | undefined;
  /** A client key (1–100 characters): repeating it returns the first result instead of a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** Industry, 1–100 characters. */
  industry: string;
  /** Direct customer, distributor or agent; default ENTERPRISE. */
  kind?: CustomerKind | null | undefined;
  /** Contact mobile: digits, spaces, '+' and '-', 5–32 characters. */
  mobile: string;
  /** Company name, 1–200 characters. */
  name: string;
  /** Only for callers without a region of their own (director, integrations): the region the customer belongs to. Everyone else's customers belong to their own region; sending it is a VALIDATION error. */
  regionId?: string | number | null | undefined;
  /** How the customer was won. */
  source: CustomerSource;
};

/** A delivery notice (发货通知单): for part or all of a CONFIRMED or PARTLY_SHIPPED order's open quantities (salesOrderId, lines), or for all lines of an ACTIVE contract (contractId). Exactly one of the two. */
export type CreateDeliveryNoticeInput = {
  /** Carrier (at most 200 characters); default the customer's designated carrier. */
  carrier?: string | null | undefined;
  /** The contract's global id, to ship all its lines at once. */
  contractId?: string | number | null | undefined;
  /** The notice's id in an external system (ERP), at most 100 characters: a retry with it returns the first notice. */
  externalId?: string | null | undefined;
  /** A client key: repeating it returns the first notice. */
  idempotencyKey?: string | null | undefined;
  /** With salesOrderId: the order lines and quantities to ship, each at most the line's open quantity; default every open quantity. */
  lines?: Array<DeliveryNoticeLineInput> | null | undefined;
  /** Planned shipping date; default tomorrow; not in the past. */
  plannedOn?: string | null | undefined;
  /** The order's global id. */
  salesOrderId?: string | number | null | undefined;
};

/** A new opportunity (商机) at LEAD on a customer in the caller's scope, owned by the customer's rep. */
export type CreateOpportunityInput = {
  /** The customer's global id (in the caller's scope). */
  customerId: string | number;
  /** Expected amount in CNY, more than 0. */
  expectedAmount: string | number;
  /** Expected close date; not before today. */
  expectedCloseOn: string;
  /** A client key (1–100 characters): repeating it returns the first opportunity instead of a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** Where it came from; default the customer's source. */
  source?: CustomerSource | null | undefined;
  /** What the deal is, 1–200 characters. */
  title: string;
};

/** A new sales order (订货单), SUBMITTED. With contractId it draws down an ACTIVE contract of the customer at the agreed prices; without, the customer must be a DISTRIBUTOR or AGENT and the lines are priced at list price and checked against its credit. */
export type CreateSalesOrderInput = {
  /** The ACTIVE contract of that customer the order draws down; omit for a distributor's or agent's order. */
  contractId?: string | number | null | undefined;
  /** The customer's global id (in the caller's scope). */
  customerId: string | number;
  /** The order's id in an ERP (1–100 characters): an order with this id already in scope is returned as it is (a retry returns the first result). */
  externalId?: string | null | undefined;
  /** A client key (1–100 characters): repeating it returns the first result instead of a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** 1 to 100 lines. */
  lines: Array<SalesOrderLineInput>;
};

/** Conditions on `CreditNote` items; all given conditions must hold. */
export type CreditNoteFilterInput = {
  /** Conditions on `amount`. */
  amount?: DecimalOperationFilterInput | null | undefined;
  /** All of these filters hold. */
  and?: Array<CreditNoteFilterInput> | null | undefined;
  /** Conditions on `appliedAmount`. */
  appliedAmount?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `createdAt`. */
  createdAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  customer?: CustomerFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  invoice?: InvoiceFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  issuedBy?: StaffFilterInput | null | undefined;
  /** Conditions on `issuedOn`. */
  issuedOn?: DateOperationFilterInput | null | undefined;
  /** Conditions on `netAmount`. */
  netAmount?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `number`. */
  number?: StringOperationFilterInput | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<CreditNoteFilterInput> | null | undefined;
  /** Conditions on `reason`. */
  reason?: StringOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  returnRequest?: ReturnRequestFilterInput | null | undefined;
  /** Conditions on `taxAmount`. */
  taxAmount?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `taxRate`. */
  taxRate?: DecimalOperationFilterInput | null | undefined;
};

/** Conditions on `Customer` items; all given conditions must hold. */
export type CustomerFilterInput = {
  /** Conditions on `address`. */
  address?: StringOperationFilterInput | null | undefined;
  /** All of these filters hold. */
  and?: Array<CustomerFilterInput> | null | undefined;
  /** Conditions on `code`. */
  code?: StringOperationFilterInput | null | undefined;
  /** Conditions on `contactPerson`. */
  contactPerson?: StringOperationFilterInput | null | undefined;
  /** Conditions on `createdAt`. */
  createdAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `creditLimit`. */
  creditLimit?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `creditOverride`. */
  creditOverride?: BooleanOperationFilterInput | null | undefined;
  /** Conditions on `designatedCarrier`. */
  designatedCarrier?: StringOperationFilterInput | null | undefined;
  /** Conditions on `externalId`. */
  externalId?: StringOperationFilterInput | null | undefined;
  /** Conditions on `firstContractOn`. */
  firstContractOn?: DateOperationFilterInput | null | undefined;
  /** Conditions on `grade`. */
  grade?: CustomerGradeOperationFilterInput | null | undefined;
  /** Conditions on `industry`. */
  industry?: StringOperationFilterInput | null | undefined;
  /** Conditions on `kind`. */
  kind?: CustomerKindOperationFilterInput | null | undefined;
  /** Conditions on `mobile`. */
  mobile?: StringOperationFilterInput | null | undefined;
  /** Conditions on `name`. */
  name?: StringOperationFilterInput | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<CustomerFilterInput> | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  owner?: StaffFilterInput | null | undefined;
  /** Conditions on `paymentTermDays`. */
  paymentTermDays?: IntOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  region?: RegionFilterInput | null | undefined;
  /** Conditions on `source`. */
  source?: CustomerSourceOperationFilterInput | null | undefined;
  /** Conditions on `status`. */
  status?: CustomerStatusOperationFilterInput | null | undefined;
  /** Conditions on `version`. */
  version?: IntOperationFilterInput | null | undefined;
};

/** The customer's grade (客户等级), setting its credit and visit cadence. */
export type CustomerGrade =
  /** A 战略客户: strategic, visited every two weeks. */
  | 'A'
  /** B 潜力客户: potential, called monthly. */
  | 'B'
  /** C 散户: occasional. */
  | 'C';

/** Conditions on a `CustomerGrade` value; all given conditions must hold. */
export type CustomerGradeOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: CustomerGrade | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<CustomerGrade> | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: CustomerGrade | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<CustomerGrade> | null | undefined;
};

/** What kind of customer. */
export type CustomerKind =
  /** An agent (代理商). */
  | 'AGENT'
  /** A distributor (经销商), ordering repeatedly without new contracts. */
  | 'DISTRIBUTOR'
  /** A direct customer company (直销客户). */
  | 'ENTERPRISE';

/** Conditions on a `CustomerKind` value; all given conditions must hold. */
export type CustomerKindOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: CustomerKind | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<CustomerKind> | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: CustomerKind | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<CustomerKind> | null | undefined;
};

/** A sort key of `Customer` items: set one field per element of `order`. Items without a value come last in ascending order and first in descending order; enums sort in their business order; ties are broken by id. */
export type CustomerSortInput = {
  /** Sort by `address`. */
  address?: SortEnumType | null | undefined;
  /** Sort by `code`. */
  code?: SortEnumType | null | undefined;
  /** Sort by `contactPerson`. */
  contactPerson?: SortEnumType | null | undefined;
  /** Sort by `createdAt`. */
  createdAt?: SortEnumType | null | undefined;
  /** Sort by `creditLimit`. */
  creditLimit?: SortEnumType | null | undefined;
  /** Sort by `creditOverride`. */
  creditOverride?: SortEnumType | null | undefined;
  /** Sort by `designatedCarrier`. */
  designatedCarrier?: SortEnumType | null | undefined;
  /** Sort by `externalId`. */
  externalId?: SortEnumType | null | undefined;
  /** Sort by `firstContractOn`. */
  firstContractOn?: SortEnumType | null | undefined;
  /** Sort by `grade`. */
  grade?: SortEnumType | null | undefined;
  /** Sort by `industry`. */
  industry?: SortEnumType | null | undefined;
  /** Sort by `kind`. */
  kind?: SortEnumType | null | undefined;
  /** Sort by `mobile`. */
  mobile?: SortEnumType | null | undefined;
  /** Sort by `name`. */
  name?: SortEnumType | null | undefined;
  /** Sort by `paymentTermDays`. */
  paymentTermDays?: SortEnumType | null | undefined;
  /** Sort by `source`. */
  source?: SortEnumType | null | undefined;
  /** Sort by `status`. */
  status?: SortEnumType | null | undefined;
  /** Sort by `version`. */
  version?: SortEnumType | null | undefined;
};

/** How the customer was won (客户来源). */
export type CustomerSource =
  /** Through an agent (代理商). */
  | 'AGENT'
  /** A cold visit (陌生拜访). */
  | 'COLD_VISIT'
  /** At a trade fair (展会). */
  | 'EXHIBITION'
  /** Online (网络). */
  | 'ONLINE'
  /** Referred by another customer (转介绍). */
  | 'REFERRAL';

/** Conditions on a `CustomerSource` value; all given conditions must hold. */
export type CustomerSourceOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: CustomerSource | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<CustomerSource> | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: CustomerSource | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<CustomerSource> | null | undefined;
};

/** The customer's standing. */
export type CustomerStatus =
  /** Buying (活跃). */
  | 'ACTIVE'
  /** Has not bought for a while (休眠). */
  | 'DORMANT'
  /** Lost to a competitor or closed (流失). */
  | 'LOST'
  /** Not yet a buyer (潜在客户). */
  | 'PROSPECT';

/** Conditions on a `CustomerStatus` value; all given conditions must hold. */
export type CustomerStatusOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: CustomerStatus | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<CustomerStatus> | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: CustomerStatus | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<CustomerStatus> | null | undefined;
};

/** Conditions on a `DateOnly` value; all given conditions must hold. */
export type DateOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: string | null | undefined;
  /** Greater than the value. */
  gt?: string | null | undefined;
  /** Greater than or equal to the value. */
  gte?: string | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<string> | null | undefined;
  /** Less than the value. */
  lt?: string | null | undefined;
  /** Less than or equal to the value. */
  lte?: string | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: string | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<string> | null | undefined;
};

/** Conditions on a `DateTime` value; all given conditions must hold. */
export type DateTimeOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: string | null | undefined;
  /** Greater than the value. */
  gt?: string | null | undefined;
  /** Greater than or equal to the value. */
  gte?: string | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<string> | null | undefined;
  /** Less than the value. */
  lt?: string | null | undefined;
  /** Less than or equal to the value. */
  lte?: string | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: string | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<string> | null | undefined;
};

/** Marks a customer LOST (no longer served); not while it has open contracts. */
export type DeactivateCustomerInput = {
  /** The customer's global id (in the caller's scope). */
  customerId: string | number;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** The director's decision on a grade proposal. */
export type DecideGradeProposalInput = {
  /** The director's note, at most 1000 characters; required to reject. */
  note?: string | null | undefined;
  /** The proposal's global id. */
  proposalId: string | number;
  /** The proposal's version the client read; when given and stale, CONFLICT. */
  version?: number | null | undefined;
};

/** Conditions on a `Decimal` value; all given conditions must hold. */
export type DecimalOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: string | number | null | undefined;
  /** Greater than the value. */
  gt?: string | number | null | undefined;
  /** Greater than or equal to the value. */
  gte?: string | number | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<string | number> | null | undefined;
  /** Less than the value. */
  lt?: string | number | null | undefined;
  /** Less than or equal to the value. */
  lte?: string | number | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: string | number | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<string | number> | null | undefined;
};

/** An order line and the quantity of it to ship. */
export type DeliveryNoticeLineInput = {
  /** Quantity to ship: 1 up to what the line has open (ordered − on notices not cancelled or rejected). */
  quantity: number;
  /** The order line's global id (SalesOrderLine.id). */
  salesOrderLineId: string | number;
};

/** One approval given to a delivery notice. */
export type DeliveryNoticeSignOff =
  /** The director, for unpaid goods above the configured amount. */
  | 'DIRECTOR'
  /** Finance (财务): payment and credit. */
  | 'FINANCE'
  /** Sales management: the region's manager, or the director in its place. */
  | 'SALES';

/** Conditions on `DiaryEntry` items; all given conditions must hold. */
export type DiaryEntryFilterInput = {
  /** All of these filters hold. */
  and?: Array<DiaryEntryFilterInput> | null | undefined;
  /** Conditions on `callsMade`. */
  callsMade?: IntOperationFilterInput | null | undefined;
  /** Conditions on `complaintsAnswered`. */
  complaintsAnswered?: IntOperationFilterInput | null | undefined;
  /** Conditions on `contractsDrafted`. */
  contractsDrafted?: IntOperationFilterInput | null | undefined;
  /** Conditions on `contractsSubmitted`. */
  contractsSubmitted?: IntOperationFilterInput | null | undefined;
  /** Conditions on `createdAt`. */
  createdAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `day`. */
  day?: DateOperationFilterInput | null | undefined;
  /** Conditions on `dealsMoved`. */
  dealsMoved?: IntOperationFilterInput | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<DiaryEntryFilterInput> | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  staff?: StaffFilterInput | null | undefined;
  /** Conditions on `summary`. */
  summary?: StringOperationFilterInput | null | undefined;
  /** Conditions on `tomorrowPlan`. */
  tomorrowPlan?: StringOperationFilterInput | null | undefined;
  /** Conditions on `updatedAt`. */
  updatedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `version`. */
  version?: IntOperationFilterInput | null | undefined;
  /** Conditions on `visitsMade`. */
  visitsMade?: IntOperationFilterInput | null | undefined;
};

/** A sort key of `DiaryEntry` items: set one field per element of `order`. Items without a value come last in ascending order and first in descending order; enums sort in their business order; ties are broken by id. */
export type DiaryEntrySortInput = {
  /** Sort by `callsMade`. */
  callsMade?: SortEnumType | null | undefined;
  /** Sort by `complaintsAnswered`. */
  complaintsAnswered?: SortEnumType | null | undefined;
  /** Sort by `contractsDrafted`. */
  contractsDrafted?: SortEnumType | null | undefined;
  /** Sort by `contractsSubmitted`. */
  contractsSubmitted?: SortEnumType | null | undefined;
  /** Sort by `createdAt`. */
  createdAt?: SortEnumType | null | undefined;
  /** Sort by `day`. */
  day?: SortEnumType | null | undefined;
  /** Sort by `dealsMoved`. */
  dealsMoved?: SortEnumType | null | undefined;
  /** Sort by `summary`. */
  summary?: SortEnumType | null | undefined;
  /** Sort by `tomorrowPlan`. */
  tomorrowPlan?: SortEnumType | null | undefined;
  /** Sort by `updatedAt`. */
  updatedAt?: SortEnumType | null | undefined;
  /** Sort by `version`. */
  version?: SortEnumType | null | undefined;
  /** Sort by `visitsMade`. */
  visitsMade?: SortEnumType | null | undefined;
};

/** Who chases a collection notice (催收层级). */
export type DunningLevel =
  /** The director (销售总监), after the manager's days passed as well. */
  | 'DIRECTOR'
  /** The region's manager (区域经理), after the rep's days passed without a promise or receipt. */
  | 'MANAGER'
  /** The owner rep (业务员). */
  | 'REP';

/** A dunning run on the business day. */
export type DunningRunInput = {
  /** Count what would change without writing it. */
  dryRun?: boolean | null | undefined;
};

/** What a caller gets of a field. */
export type FieldAccess =
  /** The value. */
  | 'ALLOW'
  /** null with an AUTH_NOT_AUTHORIZED error. */
  | 'DENY'
  /** A masked value (138****5678), never the whole one. */
  | 'MASK'
  /** The value for some rows (e.g. the caller's own salary, or its reports'), denied for the others. */
  | 'OWN';

/** Forwards an OPEN, ANSWERED or FORWARDED complaint to a colleague to look into. */
export type ForwardComplaintInput = {
  /** The complaint's global id. */
  complaintId: string | number;
  /** The colleague's (active staff member's) global id; not the caller. */
  forwardedToId: string | number;
  /** What the colleague is asked to do, at most 1000 characters. */
  note?: string | null | undefined;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** The month to generate statements for: a past month, or the current one (as of today). */
export type GenerateStatementsInput = {
  /** The month, 1–12. */
  month: number;
  /** The year, 2000–9999. */
  year: number;
};

/** Conditions on `GradeProposal` items; all given conditions must hold. */
export type GradeProposalFilterInput = {
  /** All of these filters hold. */
  and?: Array<GradeProposalFilterInput> | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  customer?: CustomerFilterInput | null | undefined;
  /** Conditions on `decidedAt`. */
  decidedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  decidedBy?: StaffFilterInput | null | undefined;
  /** Conditions on `decisionNote`. */
  decisionNote?: StringOperationFilterInput | null | undefined;
  /** Conditions on `fromGrade`. */
  fromGrade?: CustomerGradeOperationFilterInput | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<GradeProposalFilterInput> | null | undefined;
  /** Conditions on `proposedAt`. */
  proposedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  proposedBy?: StaffFilterInput | null | undefined;
  /** Conditions on `reason`. */
  reason?: StringOperationFilterInput | null | undefined;
  /** Conditions on `status`. */
  status?: GradeProposalStatusOperationFilterInput | null | undefined;
  /** Conditions on `toGrade`. */
  toGrade?: CustomerGradeOperationFilterInput | null | undefined;
  /** Conditions on `version`. */
  version?: IntOperationFilterInput | null | undefined;
};

/** Where a grade proposal stands. */
export type GradeProposalStatus =
  /** Approved: the customer has the proposed grade. */
  | 'APPROVED'
  /** Waiting for the director. */
  | 'PENDING'
  /** Rejected by the director. */
  | 'REJECTED';

/** Conditions on a `GradeProposalStatus` value; all given conditions must hold. */
export type GradeProposalStatusOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: GradeProposalStatus | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<GradeProposalStatus> | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: GradeProposalStatus | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<GradeProposalStatus> | null | undefined;
};

/** The credit lines of a bank statement (银行流水) to record as receipts (回款). */
export type ImportBankStatementInput = {
  /** true: apply each imported receipt to its customer's open invoices, oldest due first, as far as it reaches (as applyReceipt does). Default false: the receipts stay unapplied on account. */
  applyOldestFirst?: boolean | null | undefined;
  /** true: validate and match every line and report what would happen, writing nothing (no receipt, no audit entry). Default false. */
  dryRun?: boolean | null | undefined;
  /** The lines, 1 to 1000 (else VALIDATION on input.rows), processed in chunks of 200, each chunk in one transaction. */
  rows: Array<BankStatementRowInput>;
};

/** Conditions on a `Int` value; all given conditions must hold. */
export type IntOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: number | null | undefined;
  /** Greater than the value. */
  gt?: number | null | undefined;
  /** Greater than or equal to the value. */
  gte?: number | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<number> | null | undefined;
  /** Less than the value. */
  lt?: number | null | undefined;
  /** Less than or equal to the value. */
  lte?: number | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: number | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<number> | null | undefined;
};

/** Conditions on `Invoice` items; all given conditions must hold. */
export type InvoiceFilterInput = {
  /** Conditions on `amount`. */
  amount?: DecimalOperationFilterInput | null | undefined;
  /** All of these filters hold. */
  and?: Array<InvoiceFilterInput> | null | undefined;
  /** Conditions on `buyerTaxNumber`. */
  buyerTaxNumber?: StringOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  contract?: ContractFilterInput | null | undefined;
  /** Conditions on `creditedAmount`. */
  creditedAmount?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `daysOverdue`. */
  daysOverdue?: IntOperationFilterInput | null | undefined;
  /** Conditions on `dueOn`. */
  dueOn?: DateOperationFilterInput | null | undefined;
  /** Conditions on `issuedOn`. */
  issuedOn?: DateOperationFilterInput | null | undefined;
  /** Conditions on `netAmount`. */
  netAmount?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `number`. */
  number?: StringOperationFilterInput | null | undefined;
  /** Conditions on `openAmount`. */
  openAmount?: DecimalOperationFilterInput | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<InvoiceFilterInput> | null | undefined;
  /** Conditions on `paidAmount`. */
  paidAmount?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `settledOn`. */
  settledOn?: DateOperationFilterInput | null | undefined;
  /** Conditions on `status`. */
  status?: InvoiceStatusOperationFilterInput | null | undefined;
  /** Conditions on `taxAmount`. */
  taxAmount?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `taxRate`. */
  taxRate?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `version`. */
  version?: IntOperationFilterInput | null | undefined;
  /** Conditions on `voidReason`. */
  voidReason?: StringOperationFilterInput | null | undefined;
  /** Conditions on `voidedAt`. */
  voidedAt?: DateTimeOperationFilterInput | null | undefined;
};

/** A sort key of `Invoice` items: set one field per element of `order`. Items without a value come last in ascending order and first in descending order; enums sort in their business order; ties are broken by id. */
export type InvoiceSortInput = {
  /** Sort by `amount`. */
  amount?: SortEnumType | null | undefined;
  /** Sort by `buyerTaxNumber`. */
  buyerTaxNumber?: SortEnumType | null | undefined;
  /** Sort by `creditedAmount`. */
  creditedAmount?: SortEnumType | null | undefined;
  /** Sort by `daysOverdue`. */
  daysOverdue?: SortEnumType | null | undefined;
  /** Sort by `dueOn`. */
  dueOn?: SortEnumType | null | undefined;
  /** Sort by `issuedOn`. */
  issuedOn?: SortEnumType | null | undefined;
  /** Sort by `netAmount`. */
  netAmount?: SortEnumType | null | undefined;
  /** Sort by `number`. */
  number?: SortEnumType | null | undefined;
  /** Sort by `openAmount`. */
  openAmount?: SortEnumType | null | undefined;
  /** Sort by `paidAmount`. */
  paidAmount?: SortEnumType | null | undefined;
  /** Sort by `settledOn`. */
  settledOn?: SortEnumType | null | undefined;
  /** Sort by `status`. */
  status?: SortEnumType | null | undefined;
  /** Sort by `taxAmount`. */
  taxAmount?: SortEnumType | null | undefined;
  /** Sort by `taxRate`. */
  taxRate?: SortEnumType | null | undefined;
  /** Sort by `version`. */
  version?: SortEnumType | null | undefined;
  /** Sort by `voidReason`. */
  voidReason?: SortEnumType | null | undefined;
  /** Sort by `voidedAt`. */
  voidedAt?: SortEnumType | null | undefined;
};

/** Where an invoice stands (发票状态). */
export type InvoiceStatus =
  /** Nothing paid yet. */
  | 'OPEN'
  /** Nothing open (已结清): paid in full, or the rest reversed by credit notes. */
  | 'PAID'
  /** Partly paid (部分回款). */
  | 'PARTLY_PAID'
  /** Void (作废): cancelled, owes nothing. */
  | 'VOID';

/** Conditions on a `InvoiceStatus` value; all given conditions must hold. */
export type InvoiceStatusOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: InvoiceStatus | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<InvoiceStatus> | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: InvoiceStatus | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<InvoiceStatus> | null | undefined;
};

/** An invoice against an ACTIVE contract; due on the issue date plus the contract's payment term. */
export type IssueInvoiceInput = {
  /** Amount in CNY (positive, 2 decimal places); all invoices together at most the agreed total; with shipmentIds at most what they leave to invoice (OVER_INVOICED). */
  amount: string | number;
  /** The buyer's taxpayer number (纳税人识别号): 15 to 20 digits and capital letters. */
  buyerTaxNumber?: string | null | undefined;
  /** The contract's global id. */
  contractId: string | number;
  /** A client key: repeating it returns the first invoice. */
  idempotencyKey?: string | null | undefined;
  /** Issue date; default today. */
  issuedOn?: string | null | undefined;
  /** The delivered shipments of the contract it bills (1 to 50; NOT_DELIVERED otherwise): the amount is spread over them in this order, each up to its invoiceableAmount. Omitted: an invoice against the contract as a whole (service contracts without shipments). */
  shipmentIds?: Array<string | number> | null | undefined;
  /** VAT rate: 0.13 (default, goods), 0.09, 0.06, 0.03, 0.01 or 0. The amount is gross (价税合计); net = amount ÷ (1 + rate) rounded half away from zero to the fen, tax = amount − net. */
  taxRate?: string | number | null | undefined;
};

/** What KPI rows can be grouped by. */
export type KpiDimension =
  /** The customer of the invoice (receivablesAging only: kpis are not kept per customer). */
  | 'CUSTOMER'
  /** The customer's grade (A, B, C). */
  | 'CUSTOMER_GRADE'
  /** The calendar month (1–12) of the period. */
  | 'MONTH'
  /** The product line of the contract lines (only sales figures split by product line). */
  | 'PRODUCT_LINE'
  /** The calendar quarter (1–4) of the period. */
  | 'QUARTER'
  /** The 大区 (level-1 region) a contract, customer or target belongs to. */
  | 'REGION'
  /** The owner rep of the contract or customer, or the rep of a target. */
  | 'STAFF'
  /** The 片区 of the owner rep: the rep's own region when it is a 片区 (null for a rep sitting in a 大区 itself). */
  | 'SUB_REGION';

/** Narrows KPIs within the caller's row scope (which always applies first). */
export type KpiFilterInput = {
  /** Only customers of this grade (targets, set per rep, then do not apply). */
  customerGrade?: CustomerGrade | null | undefined;
  /** Only contract lines of this product line: only sales figures follow product lines, the others are null. */
  productLine?: string | null | undefined;
  /** Only this region and its 片区 (a global Region id). */
  regionId?: string | number | null | undefined;
  /** Only this rep's contracts, customers and targets (a global Staff id). */
  staffId?: string | number | null | undefined;
};

/** A calendar year, or one quarter or month of it. Omitted, the period is the current year (UTC). */
export type KpiPeriodInput = {
  /** 1–12: only this month of the year (within `quarter` when both are given). */
  month?: number | null | undefined;
  /** 1–4: only this quarter of the year. */
  quarter?: number | null | undefined;
  /** The calendar year. */
  year: number;
};

/** A visit or call on a customer in the caller's scope, logged by the caller (complaints: logComplaint). */
export type LogActivityInput = {
  /** The customer's global id (in the caller's scope). */
  customerId: string | number;
  /** A client key (1–100 characters): repeating it returns the first activity (for retries from the field). */
  idempotencyKey?: string | null | undefined;
  /** Visit or call; COMPLAINT is refused (use logComplaint). */
  kind: ActivityKind;
  /** Notes, at most 2000 characters. */
  notes?: string | null | undefined;
  /** When it happened (UTC); default now; not in the future. */
  occurredAt?: string | null | undefined;
  /** Short subject, 1–200 characters. */
  subject: string;
};

/** A customer's complaint (投诉), OPEN, with its answer due within Complaints:AnswerWithinMinutes (120) of receipt. */
export type LogComplaintInput = {
  /** What it is about. */
  category: ComplaintCategory;
  /** The customer's global id (in the caller's scope). */
  customerId: string | number;
  /** What the customer says, 1–2000 characters. */
  description: string;
  /** A client key (1–100 characters): repeating it returns the first complaint instead of a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** When the customer complained (UTC); default now; not in the future, at most 7 days ago. */
  receivedAt?: string | null | undefined;
  /** How serious it is. */
  severity: ComplaintSeverity;
};

/** A SHIPPED shipment reached the customer. */
export type MarkDeliveredInput = {
  /** Instead of shipmentId: the id an external system (ERP) gave the notice when it created it. */
  externalId?: string | null | undefined;
  /** Delivery date; default today; not before shipping, not in the future. */
  on?: string | null | undefined;
  /** The shipment's global id (or externalId instead). */
  shipmentId?: string | number | null | undefined;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** A PLANNED shipment left the warehouse. */
export type MarkShippedInput = {
  /** The carrier that took the goods, if not the one planned (at most 200 characters). */
  carrier?: string | null | undefined;
  /** Instead of shipmentId: the id an external system (ERP) gave the notice when it created it. */
  externalId?: string | null | undefined;
  /** Shipping date; default today; not in the future. */
  on?: string | null | undefined;
  /** The shipment's global id (or externalId instead). */
  shipmentId?: string | number | null | undefined;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
  /** The carrier's waybill (托运单) number, at most 64 characters. */
  waybillNumber?: string | null | undefined;
};

/** Moves an opportunity to another stage of the funnel. */
export type MoveOpportunityInput = {
  /** For WON: the contract's lines (1–100, as createContract takes them); the draft contract is created from them. */
  lines?: Array<ContractLineInput> | null | undefined;
  /** Why it was lost (required for LOST), 1–1000 characters. */
  lostReason?: string | null | undefined;
  /** The opportunity's global id. */
  opportunityId: string | number;
  /** The stage to move to. */
  stage: OpportunityStage;
  /** The version the client read; when given and stale, the move fails with CONFLICT. */
  version?: number | null | undefined;
};

/** Conditions on `Opportunity` items; all given conditions must hold. */
export type OpportunityFilterInput = {
  /** All of these filters hold. */
  and?: Array<OpportunityFilterInput> | null | undefined;
  /** Conditions on `closedOn`. */
  closedOn?: DateOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  contract?: ContractFilterInput | null | undefined;
  /** Conditions on `createdAt`. */
  createdAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `createdOn`. */
  createdOn?: DateOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  customer?: CustomerFilterInput | null | undefined;
  /** Conditions on `expectedAmount`. */
  expectedAmount?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `expectedCloseOn`. */
  expectedCloseOn?: DateOperationFilterInput | null | undefined;
  /** Conditions on `furthestStage`. */
  furthestStage?: OpportunityStageOperationFilterInput | null | undefined;
  /** Conditions on `lostReason`. */
  lostReason?: StringOperationFilterInput | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<OpportunityFilterInput> | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  owner?: StaffFilterInput | null | undefined;
  /** Conditions on `source`. */
  source?: CustomerSourceOperationFilterInput | null | undefined;
  /** Conditions on `stage`. */
  stage?: OpportunityStageOperationFilterInput | null | undefined;
  /** Conditions on `stageChangedAt`. */
  stageChangedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `title`. */
  title?: StringOperationFilterInput | null | undefined;
  /** Conditions on `updatedAt`. */
  updatedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `version`. */
  version?: IntOperationFilterInput | null | undefined;
};

/** A sort key of `Opportunity` items: set one field per element of `order`. Items without a value come last in ascending order and first in descending order; enums sort in their business order; ties are broken by id. */
export type OpportunitySortInput = {
  /** Sort by `closedOn`. */
  closedOn?: SortEnumType | null | undefined;
  /** Sort by `createdAt`. */
  createdAt?: SortEnumType | null | undefined;
  /** Sort by `createdOn`. */
  createdOn?: SortEnumType | null | undefined;
  /** Sort by `expectedAmount`. */
  expectedAmount?: SortEnumType | null | undefined;
  /** Sort by `expectedCloseOn`. */
  expectedCloseOn?: SortEnumType | null | undefined;
  /** Sort by `furthestStage`. */
  furthestStage?: SortEnumType | null | undefined;
  /** Sort by `lostReason`. */
  lostReason?: SortEnumType | null | undefined;
  /** Sort by `source`. */
  source?: SortEnumType | null | undefined;
  /** Sort by `stage`. */
  stage?: SortEnumType | null | undefined;
  /** Sort by `stageChangedAt`. */
  stageChangedAt?: SortEnumType | null | undefined;
  /** Sort by `title`. */
  title?: SortEnumType | null | undefined;
  /** Sort by `updatedAt`. */
  updatedAt?: SortEnumType | null | undefined;
  /** Sort by `version`. */
  version?: SortEnumType | null | undefined;
};

/** Where an opportunity (商机) is in the funnel. */
export type OpportunityStage =
  /** An intention (意向): the customer confirmed the need. */
  | 'INTENTION'
  /** A lead (线索): a possible need, not yet confirmed. */
  | 'LEAD'
  /** Lost (输单), with the reason. */
  | 'LOST'
  /** A quote (报价) was given at the price policy's prices. */
  | 'QUOTE'
  /** Won (签约): a contract draft was created from it. */
  | 'WON';

/** Conditions on a `OpportunityStage` value; all given conditions must hold. */
export type OpportunityStageOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: OpportunityStage | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<OpportunityStage> | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: OpportunityStage | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<OpportunityStage> | null | undefined;
};

/** How a payment arrived (回款方式). */
export type PaymentMethod =
  /** Bank acceptance bill (银行承兑汇票). */
  | 'BANK_ACCEPTANCE'
  /** Bank transfer (银行转账). */
  | 'BANK_TRANSFER'
  /** Cash (现金). */
  | 'CASH'
  /** Cheque (支票). */
  | 'CHECK';

/** A sort key of `Payment` items: set one field per element of `order`. Items without a value come last in ascending order and first in descending order; enums sort in their business order; ties are broken by id. */
export type PaymentSortInput = {
  /** Sort by `amount`. */
  amount?: SortEnumType | null | undefined;
  /** Sort by `confirmedAt`. */
  confirmedAt?: SortEnumType | null | undefined;
  /** Sort by `externalId`. */
  externalId?: SortEnumType | null | undefined;
  /** Sort by `method`. */
  method?: SortEnumType | null | undefined;
  /** Sort by `number`. */
  number?: SortEnumType | null | undefined;
  /** Sort by `receivedOn`. */
  receivedOn?: SortEnumType | null | undefined;
};

/** A manager's proposal to change a customer's grade. */
export type ProposeGradeChangeInput = {
  /** The customer's global id (in the caller's scope). */
  customerId: string | number;
  /** The grade proposed. */
  grade: CustomerGrade;
  /** Why: required, at most 1000 characters. */
  reason?: string | null | undefined;
  /** The customer's version the client read; when given and stale, CONFLICT. */
  version?: number | null | undefined;
};

/** An amount of the receipt applied to one invoice. */
export type ReceiptApplicationInput = {
  /** Amount in CNY (positive, 2 places), at most the invoice's open amount. */
  amount: string | number;
  /** An open invoice of the receipt's customer. */
  invoiceId: string | number;
};

/** Books the goods of an APPROVED return back, issuing its credit note. */
export type ReceiveReturnInput = {
  /** The carrier's report of differences (required when less arrived than was requested), 1–1000 characters. */
  carrierNote?: string | null | undefined;
  /** What arrived per return line; a line left out arrived in full, and omitting the list means everything arrived. */
  lines?: Array<ReceivedLineInput> | null | undefined;
  /** The day the goods arrived; default today; not in the future nor before the return was requested. */
  receivedOn?: string | null | undefined;
  /** The return's global id. */
  returnRequestId: string | number;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** The quantity of one return line that arrived back. */
export type ReceivedLineInput = {
  /** Quantity received, 0 to the quantity requested. */
  receivedQuantity: number;
  /** The return line's global id. */
  returnLineId: string | number;
};

/** A payment received (回款), unconfirmed until finance confirms it. */
export type RecordPaymentInput = {
  /** Amount in CNY (positive, 2 decimal places). */
  amount: string | number;
  /** The contract's global id. */
  contractId: string | number;
  /** The payment's id in the ERP: an unconfirmed payment with this id is updated (upsert). */
  externalId?: string | null | undefined;
  /** A client key: repeating it returns the first payment. */
  idempotencyKey?: string | null | undefined;
  /** The invoice it pays, if known (else match it later). */
  invoiceId?: string | number | null | undefined;
  /** How it was paid; default BANK_TRANSFER. */
  method?: PaymentMethod | null | undefined;
  /** Date received; default today; not in the future. */
  receivedOn?: string | null | undefined;
};

/** The customer's promise to pay (承诺付款) on a collection notice. */
export type RecordPaymentPromiseInput = {
  /** The amount promised (CNY, positive, 2 places). */
  amount: string | number;
  /** The notice's global id. */
  collectionNoticeId: string | number;
  /** What the customer said, at most 1000 characters. */
  note?: string | null | undefined;
  /** The day the customer will pay by: today or later. */
  promisedOn: string;
  /** The notice's version the client read; a stale one is CONFLICT. */
  version?: number | null | undefined;
};

/** Money a customer paid (回款), as the bank statement shows it; nothing applied yet. */
export type RecordReceiptInput = {
  /** Amount in CNY (positive, 2 decimal places). */
  amount: string | number;
  /** The bank's reference (流水号), at most 100 characters. */
  bankReference?: string | null | undefined;
  /** The customer's global id. */
  customerId: string | number;
  /** A client key: repeating it returns the first receipt. */
  idempotencyKey?: string | null | undefined;
  /** How it was paid; default BANK_TRANSFER. */
  method?: PaymentMethod | null | undefined;
  /** Date received; default today; not in the future. */
  receivedOn?: string | null | undefined;
};

/** The customer's answer to a statement, as the rep or the region's clerk records it. */
export type RecordStatementResponseInput = {
  /** What the customer disputes (required for DISPUTED), or a note with the confirmation; at most 1000 characters. */
  note?: string | null | undefined;
  /** CONFIRMED or DISPUTED. */
  response: StatementResponse;
  /** The statement's global id. */
  statementId: string | number;
  /** The statement's version the client read; a stale one is CONFLICT. */
  version?: number | null | undefined;
};

/** Conditions on `Region` items; all given conditions must hold. */
export type RegionFilterInput = {
  /** All of these filters hold. */
  and?: Array<RegionFilterInput> | null | undefined;
  /** Conditions on `code`. */
  code?: StringOperationFilterInput | null | undefined;
  /** Conditions on `isActive`. */
  isActive?: BooleanOperationFilterInput | null | undefined;
  /** Conditions on `level`. */
  level?: IntOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  manager?: StaffFilterInput | null | undefined;
  /** Conditions on `name`. */
  name?: StringOperationFilterInput | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<RegionFilterInput> | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  parent?: RegionFilterInput | null | undefined;
};

/** Rejects a contract PENDING_APPROVAL, with a comment. */
export type RejectContractInput = {
  /** A comment kept in the contract's history (at most 1000 characters). */
  comment: string;
  /** The contract's global id. */
  contractId: string | number;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** Rejects a notice AWAITING_APPROVAL; its quantities go back to the order. */
export type RejectDeliveryNoticeInput = {
  /** Instead of shipmentId: the id an external system (ERP) gave the notice when it created it. */
  externalId?: string | null | undefined;
  /** Why, 1–1000 characters. */
  reason: string;
  /** The shipment's global id (or externalId instead). */
  shipmentId?: string | number | null | undefined;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** Rejects a REQUESTED return, with a reason. */
export type RejectReturnInput = {
  /** Why the return is rejected, 1–1000 characters. */
  reason: string;
  /** The return's global id. */
  returnRequestId: string | number;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** A customer's return (退货) of goods from a DELIVERED shipment, REQUESTED; prices follow from the shipment. */
export type RequestReturnInput = {
  /** A client key (1–100 characters): repeating it returns the first result instead of a duplicate. */
  idempotencyKey?: string | null | undefined;
  /** 1 to 100 lines, each shipment line at most once. */
  lines: Array<ReturnLineInput>;
  /** Why the customer returns the goods, 1–1000 characters. */
  reason: string;
  /** The DELIVERED shipment's global id (in the caller's scope). */
  shipmentId: string | number;
};

/** Resolves an ANSWERED complaint. */
export type ResolveComplaintInput = {
  /** The complaint's global id. */
  complaintId: string | number;
  /** How it was resolved, 1–2000 characters. */
  resolution: string;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** Goods of one shipment line to return. */
export type ReturnLineInput = {
  /** Quantity, at least 1 and at most what the line delivered less what returns not rejected already took. */
  quantity: number;
  /** The shipment line's global id (returnableLines.shipmentLineId). */
  shipmentLineId: string | number;
};

/** Conditions on `ReturnRequest` items; all given conditions must hold. */
export type ReturnRequestFilterInput = {
  /** Conditions on `amount`. */
  amount?: DecimalOperationFilterInput | null | undefined;
  /** All of these filters hold. */
  and?: Array<ReturnRequestFilterInput> | null | undefined;
  /** Conditions on `carrierNote`. */
  carrierNote?: StringOperationFilterInput | null | undefined;
  /** Conditions on `createdAt`. */
  createdAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  creditNote?: CreditNoteFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  customer?: CustomerFilterInput | null | undefined;
  /** Conditions on `decidedAt`. */
  decidedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  decidedBy?: StaffFilterInput | null | undefined;
  /** Conditions on `number`. */
  number?: StringOperationFilterInput | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<ReturnRequestFilterInput> | null | undefined;
  /** Conditions on `reason`. */
  reason?: StringOperationFilterInput | null | undefined;
  /** Conditions on `receivedAt`. */
  receivedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  receivedBy?: StaffFilterInput | null | undefined;
  /** Conditions on `receivedOn`. */
  receivedOn?: DateOperationFilterInput | null | undefined;
  /** Conditions on `rejectionReason`. */
  rejectionReason?: StringOperationFilterInput | null | undefined;
  /** Conditions on `requestedAt`. */
  requestedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  requestedBy?: StaffFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  shipment?: ShipmentFilterInput | null | undefined;
  /** Conditions on `status`. */
  status?: ReturnStatusOperationFilterInput | null | undefined;
  /** Conditions on `updatedAt`. */
  updatedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `version`. */
  version?: IntOperationFilterInput | null | undefined;
};

/** A sort key of `ReturnRequest` items: set one field per element of `order`. Items without a value come last in ascending order and first in descending order; enums sort in their business order; ties are broken by id. */
export type ReturnRequestSortInput = {
  /** Sort by `amount`. */
  amount?: SortEnumType | null | undefined;
  /** Sort by `carrierNote`. */
  carrierNote?: SortEnumType | null | undefined;
  /** Sort by `createdAt`. */
  createdAt?: SortEnumType | null | undefined;
  /** Sort by `decidedAt`. */
  decidedAt?: SortEnumType | null | undefined;
  /** Sort by `number`. */
  number?: SortEnumType | null | undefined;
  /** Sort by `reason`. */
  reason?: SortEnumType | null | undefined;
  /** Sort by `receivedAt`. */
  receivedAt?: SortEnumType | null | undefined;
  /** Sort by `receivedOn`. */
  receivedOn?: SortEnumType | null | undefined;
  /** Sort by `rejectionReason`. */
  rejectionReason?: SortEnumType | null | undefined;
  /** Sort by `requestedAt`. */
  requestedAt?: SortEnumType | null | undefined;
  /** Sort by `status`. */
  status?: SortEnumType | null | undefined;
  /** Sort by `updatedAt`. */
  updatedAt?: SortEnumType | null | undefined;
  /** Sort by `version`. */
  version?: SortEnumType | null | undefined;
};

/** Where a return (退货单) is. */
export type ReturnStatus =
  /** Approved by the manager: the goods may come back (已批准). */
  | 'APPROVED'
  /** The goods are back; the credit note is issued (已收货). */
  | 'RECEIVED'
  /** Refused by the manager, with a reason (已驳回). */
  | 'REJECTED'
  /** Requested by the desk, waiting for the manager (待审批). */
  | 'REQUESTED';

/** Conditions on a `ReturnStatus` value; all given conditions must hold. */
export type ReturnStatusOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: ReturnStatus | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<ReturnStatus> | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: ReturnStatus | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<ReturnStatus> | null | undefined;
};

/** Which rows of customers and contracts a caller sees (OwnedRowScope). */
export type RowScope =
  /** Every row. */
  | 'ALL'
  /** No row. */
  | 'NONE'
  /** The caller's own rows. */
  | 'OWN'
  /** The rows of the caller's region and its sub-regions. */
  | 'REGION';

/** Conditions on `SalesOrder` items; all given conditions must hold. */
export type SalesOrderFilterInput = {
  /** Conditions on `amount`. */
  amount?: DecimalOperationFilterInput | null | undefined;
  /** All of these filters hold. */
  and?: Array<SalesOrderFilterInput> | null | undefined;
  /** Conditions on `cancellationReason`. */
  cancellationReason?: StringOperationFilterInput | null | undefined;
  /** Conditions on `cancelledAt`. */
  cancelledAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `closedAt`. */
  closedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `confirmDueAt`. */
  confirmDueAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `confirmedAt`. */
  confirmedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  confirmedBy?: StaffFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  contract?: ContractFilterInput | null | undefined;
  /** Conditions on `createdAt`. */
  createdAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  customer?: CustomerFilterInput | null | undefined;
  /** Conditions on `externalId`. */
  externalId?: StringOperationFilterInput | null | undefined;
  /** Conditions on `isOverCredit`. */
  isOverCredit?: BooleanOperationFilterInput | null | undefined;
  /** Conditions on `number`. */
  number?: StringOperationFilterInput | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<SalesOrderFilterInput> | null | undefined;
  /** Conditions on `status`. */
  status?: SalesOrderStatusOperationFilterInput | null | undefined;
  /** Conditions on `submittedAt`. */
  submittedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `updatedAt`. */
  updatedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `version`. */
  version?: IntOperationFilterInput | null | undefined;
};

/** One order line; the unit price is the contract's agreed price or the product's list price. */
export type SalesOrderLineInput = {
  /** The product's global id; on a contract order, a product of the contract. */
  productId: string | number;
  /** Quantity, 1–1,000,000; on a contract order at most what the contract line has not yet had ordered. */
  quantity: number;
  /** Requested delivery date; not in the past. */
  requestedOn: string;
};

/** A sort key of `SalesOrder` items: set one field per element of `order`. Items without a value come last in ascending order and first in descending order; enums sort in their business order; ties are broken by id. */
export type SalesOrderSortInput = {
  /** Sort by `amount`. */
  amount?: SortEnumType | null | undefined;
  /** Sort by `cancellationReason`. */
  cancellationReason?: SortEnumType | null | undefined;
  /** Sort by `cancelledAt`. */
  cancelledAt?: SortEnumType | null | undefined;
  /** Sort by `closedAt`. */
  closedAt?: SortEnumType | null | undefined;
  /** Sort by `confirmDueAt`. */
  confirmDueAt?: SortEnumType | null | undefined;
  /** Sort by `confirmedAt`. */
  confirmedAt?: SortEnumType | null | undefined;
  /** Sort by `createdAt`. */
  createdAt?: SortEnumType | null | undefined;
  /** Sort by `externalId`. */
  externalId?: SortEnumType | null | undefined;
  /** Sort by `isOverCredit`. */
  isOverCredit?: SortEnumType | null | undefined;
  /** Sort by `number`. */
  number?: SortEnumType | null | undefined;
  /** Sort by `status`. */
  status?: SortEnumType | null | undefined;
  /** Sort by `submittedAt`. */
  submittedAt?: SortEnumType | null | undefined;
  /** Sort by `updatedAt`. */
  updatedAt?: SortEnumType | null | undefined;
  /** Sort by `version`. */
  version?: SortEnumType | null | undefined;
};

/** Where a sales order (订货单) is. */
export type SalesOrderStatus =
  /** Cancelled before anything shipped (已取消). */
  | 'CANCELLED'
  /** Done, or closed short (已关闭). */
  | 'CLOSED'
  /** Confirmed by the customer (已确认). */
  | 'CONFIRMED'
  /** Some goods have left (部分发货). */
  | 'PARTLY_SHIPPED'
  /** Every quantity has left (已发货). */
  | 'SHIPPED'
  /** Recorded, waiting for the customer's confirmation (待确认). */
  | 'SUBMITTED';

/** Conditions on a `SalesOrderStatus` value; all given conditions must hold. */
export type SalesOrderStatusOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: SalesOrderStatus | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<SalesOrderStatus> | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: SalesOrderStatus | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<SalesOrderStatus> | null | undefined;
};

/** One grade's default credit limit and payment term. */
export type SetCreditPolicyInput = {
  /** Default credit limit in CNY (not negative, 2 decimal places). */
  creditLimit: string | number;
  /** The grade. */
  grade: CustomerGrade;
  /** Default payment term in days (0–365). */
  paymentTermDays: number;
  /** The version the client read; when given and stale, CONFLICT. */
  version?: number | null | undefined;
};

/** Sets a customer's credit limit (账额) and payment term (账期). */
export type SetCustomerCreditInput = {
  /** Credit limit in CNY (not negative, 2 decimal places); omitted keeps it. */
  creditLimit?: string | number | null | undefined;
  /** The customer's global id (in the caller's scope). */
  customerId: string | number;
  /** Payment term in days (0–365); omitted keeps it. */
  paymentTermDays?: number | null | undefined;
  /** True: drop the explicit terms and give the customer its grade's credit policy (without creditLimit and paymentTermDays). */
  usePolicy?: boolean | null | undefined;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** Conditions on `Shipment` items; all given conditions must hold. */
export type ShipmentFilterInput = {
  /** Conditions on `amount`. */
  amount?: DecimalOperationFilterInput | null | undefined;
  /** All of these filters hold. */
  and?: Array<ShipmentFilterInput> | null | undefined;
  /** Conditions on `cancellationReason`. */
  cancellationReason?: StringOperationFilterInput | null | undefined;
  /** Conditions on `cancelledAt`. */
  cancelledAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `carrier`. */
  carrier?: StringOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  contract?: ContractFilterInput | null | undefined;
  /** Conditions on `createdAt`. */
  createdAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  customer?: CustomerFilterInput | null | undefined;
  /** Conditions on `deliveredOn`. */
  deliveredOn?: DateOperationFilterInput | null | undefined;
  /** Conditions on `externalId`. */
  externalId?: StringOperationFilterInput | null | undefined;
  /** Conditions on `invoicedAmount`. */
  invoicedAmount?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `isOverCredit`. */
  isOverCredit?: BooleanOperationFilterInput | null | undefined;
  /** Conditions on `needsApproval`. */
  needsApproval?: BooleanOperationFilterInput | null | undefined;
  /** Conditions on `needsDirectorApproval`. */
  needsDirectorApproval?: BooleanOperationFilterInput | null | undefined;
  /** Conditions on `noticeNumber`. */
  noticeNumber?: StringOperationFilterInput | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<ShipmentFilterInput> | null | undefined;
  /** Conditions on `plannedOn`. */
  plannedOn?: DateOperationFilterInput | null | undefined;
  /** Conditions on `releasedOn`. */
  releasedOn?: DateOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  salesOrder?: SalesOrderFilterInput | null | undefined;
  /** Conditions on `shipDueOn`. */
  shipDueOn?: DateOperationFilterInput | null | undefined;
  /** Conditions on `shippedOn`. */
  shippedOn?: DateOperationFilterInput | null | undefined;
  /** Conditions on `status`. */
  status?: ShipmentStatusOperationFilterInput | null | undefined;
  /** Conditions on `unpaidAmount`. */
  unpaidAmount?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `updatedAt`. */
  updatedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on `version`. */
  version?: IntOperationFilterInput | null | undefined;
  /** Conditions on `waybillNumber`. */
  waybillNumber?: StringOperationFilterInput | null | undefined;
};

/** A sort key of `Shipment` items: set one field per element of `order`. Items without a value come last in ascending order and first in descending order; enums sort in their business order; ties are broken by id. */
export type ShipmentSortInput = {
  /** Sort by `amount`. */
  amount?: SortEnumType | null | undefined;
  /** Sort by `cancellationReason`. */
  cancellationReason?: SortEnumType | null | undefined;
  /** Sort by `cancelledAt`. */
  cancelledAt?: SortEnumType | null | undefined;
  /** Sort by `carrier`. */
  carrier?: SortEnumType | null | undefined;
  /** Sort by `createdAt`. */
  createdAt?: SortEnumType | null | undefined;
  /** Sort by `deliveredOn`. */
  deliveredOn?: SortEnumType | null | undefined;
  /** Sort by `externalId`. */
  externalId?: SortEnumType | null | undefined;
  /** Sort by `invoicedAmount`. */
  invoicedAmount?: SortEnumType | null | undefined;
  /** Sort by `isOverCredit`. */
  isOverCredit?: SortEnumType | null | undefined;
  /** Sort by `needsApproval`. */
  needsApproval?: SortEnumType | null | undefined;
  /** Sort by `needsDirectorApproval`. */
  needsDirectorApproval?: SortEnumType | null | undefined;
  /** Sort by `noticeNumber`. */
  noticeNumber?: SortEnumType | null | undefined;
  /** Sort by `plannedOn`. */
  plannedOn?: SortEnumType | null | undefined;
  /** Sort by `releasedOn`. */
  releasedOn?: SortEnumType | null | undefined;
  /** Sort by `shipDueOn`. */
  shipDueOn?: SortEnumType | null | undefined;
  /** Sort by `shippedOn`. */
  shippedOn?: SortEnumType | null | undefined;
  /** Sort by `status`. */
  status?: SortEnumType | null | undefined;
  /** Sort by `unpaidAmount`. */
  unpaidAmount?: SortEnumType | null | undefined;
  /** Sort by `updatedAt`. */
  updatedAt?: SortEnumType | null | undefined;
  /** Sort by `version`. */
  version?: SortEnumType | null | undefined;
  /** Sort by `waybillNumber`. */
  waybillNumber?: SortEnumType | null | undefined;
};

/** Where a delivery notice (发货通知单) and its shipment are. */
export type ShipmentStatus =
  /** Unpaid or beyond credit: waiting for finance's and sales' approval (待审批). */
  | 'AWAITING_APPROVAL'
  /** Cancelled before it shipped (已取消). */
  | 'CANCELLED'
  /** Reached the customer (已送达). */
  | 'DELIVERED'
  /** Released, waiting to leave the warehouse (待发货). */
  | 'PLANNED'
  /** Refused by an approver (已驳回). */
  | 'REJECTED'
  /** Left with the carrier (已发货). */
  | 'SHIPPED';

/** Conditions on a `ShipmentStatus` value; all given conditions must hold. */
export type ShipmentStatusOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: ShipmentStatus | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<ShipmentStatus> | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: ShipmentStatus | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<ShipmentStatus> | null | undefined;
};

/** A sort direction. */
export type SortEnumType =
  /** Ascending: smallest, earliest, A first. */
  | 'ASC'
  /** Descending: largest, latest, Z first. */
  | 'DESC';

/** Splits a target into parts that sum exactly to it (sales, collection and new customers); a gap is a VALIDATION error that names it. The list is complete: parts of an earlier split that are not named again are removed (unless split further themselves). */
export type SplitTargetInput = {
  /** 1 to 100 parts. */
  children: Array<TargetPartInput>;
  /** The target to split (in the caller's scope). */
  targetId: string | number;
  /** The version the client read; when given and stale, the split fails with CONFLICT. */
  version?: number | null | undefined;
};

/** Conditions on `Staff` items; all given conditions must hold. */
export type StaffFilterInput = {
  /** All of these filters hold. */
  and?: Array<StaffFilterInput> | null | undefined;
  /** Conditions on `baseSalary`. */
  baseSalary?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `commissionRate`. */
  commissionRate?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `email`. */
  email?: StringOperationFilterInput | null | undefined;
  /** Conditions on `employeeNumber`. */
  employeeNumber?: StringOperationFilterInput | null | undefined;
  /** Conditions on `hireDate`. */
  hireDate?: DateOperationFilterInput | null | undefined;
  /** Conditions on `isActive`. */
  isActive?: BooleanOperationFilterInput | null | undefined;
  /** Conditions on `mobile`. */
  mobile?: StringOperationFilterInput | null | undefined;
  /** Conditions on `name`. */
  name?: StringOperationFilterInput | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<StaffFilterInput> | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  region?: RegionFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  reportsTo?: StaffFilterInput | null | undefined;
  /** Conditions on `role`. */
  role?: StaffRoleOperationFilterInput | null | undefined;
};

/** A person's or service account's role (docs/domain.md). */
export type StaffRole =
  /** System administrator: organization and accounts, no sales data. */
  | 'ADMIN'
  /** BI service account: aggregates without personal data. */
  | 'BI_ANALYST'
  /** 销售总监: sets targets, approves large discounts, sees everything. */
  | 'DIRECTOR'
  /** 财务: invoices, payments, credit and receivables. */
  | 'FINANCE'
  /** 系统集成: a service account of another system (ERP), limited by its grants. */
  | 'INTEGRATION'
  /** 区域经理: runs a region (大区) and its 片区. */
  | 'REGIONAL_MANAGER'
  /** 销售专员: owns customers and contracts. */
  | 'SALES_REP'
  /** 销售内勤: contract ledger, orders, delivery notices and shipments. */
  | 'SALES_SUPPORT';

/** Conditions on a `StaffRole` value; all given conditions must hold. */
export type StaffRoleOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: StaffRole | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<StaffRole> | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: StaffRole | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<StaffRole> | null | undefined;
};

/** A sort key of `Staff` items: set one field per element of `order`. Items without a value come last in ascending order and first in descending order; enums sort in their business order; ties are broken by id. */
export type StaffSortInput = {
  /** Sort by `baseSalary`. */
  baseSalary?: SortEnumType | null | undefined;
  /** Sort by `commissionRate`. */
  commissionRate?: SortEnumType | null | undefined;
  /** Sort by `email`. */
  email?: SortEnumType | null | undefined;
  /** Sort by `employeeNumber`. */
  employeeNumber?: SortEnumType | null | undefined;
  /** Sort by `hireDate`. */
  hireDate?: SortEnumType | null | undefined;
  /** Sort by `isActive`. */
  isActive?: SortEnumType | null | undefined;
  /** Sort by `mobile`. */
  mobile?: SortEnumType | null | undefined;
  /** Sort by `name`. */
  name?: SortEnumType | null | undefined;
  /** Sort by `role`. */
  role?: SortEnumType | null | undefined;
};

/** Conditions on `Statement` items; all given conditions must hold. */
export type StatementFilterInput = {
  /** All of these filters hold. */
  and?: Array<StatementFilterInput> | null | undefined;
  /** Conditions on `closingBalance`. */
  closingBalance?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `creditedAmount`. */
  creditedAmount?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  customer?: CustomerFilterInput | null | undefined;
  /** Conditions on `generatedAt`. */
  generatedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  generatedBy?: StaffFilterInput | null | undefined;
  /** Conditions on `invoicedAmount`. */
  invoicedAmount?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `month`. */
  month?: IntOperationFilterInput | null | undefined;
  /** Conditions on `number`. */
  number?: StringOperationFilterInput | null | undefined;
  /** Conditions on `openingBalance`. */
  openingBalance?: DecimalOperationFilterInput | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<StatementFilterInput> | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  owner?: StaffFilterInput | null | undefined;
  /** Conditions on `periodEnd`. */
  periodEnd?: DateOperationFilterInput | null | undefined;
  /** Conditions on `periodStart`. */
  periodStart?: DateOperationFilterInput | null | undefined;
  /** Conditions on `receivedAmount`. */
  receivedAmount?: DecimalOperationFilterInput | null | undefined;
  /** Conditions on `respondedAt`. */
  respondedAt?: DateTimeOperationFilterInput | null | undefined;
  /** Conditions on the related item (at most 3 relations deep); items without one do not match. */
  respondedBy?: StaffFilterInput | null | undefined;
  /** Conditions on `responseNote`. */
  responseNote?: StringOperationFilterInput | null | undefined;
  /** Conditions on `status`. */
  status?: StatementStatusOperationFilterInput | null | undefined;
  /** Conditions on `version`. */
  version?: IntOperationFilterInput | null | undefined;
  /** Conditions on `year`. */
  year?: IntOperationFilterInput | null | undefined;
};

/** What a statement line is. */
export type StatementLineKind =
  /** A credit note (红字发票). */
  | 'CREDIT_NOTE'
  /** An invoice issued (发票). */
  | 'INVOICE'
  /** An invoice voided in the month (作废), reversing it. */
  | 'INVOICE_VOIDED'
  /** A confirmed payment without a receipt, matched to an invoice. */
  | 'PAYMENT'
  /** A receipt (回款). */
  | 'RECEIPT';

/** The customer's answer to a statement. */
export type StatementResponse =
  /** The customer agrees with the balance (确认无误). */
  | 'CONFIRMED'
  /** The customer disputes it (有异议): say what in the note. */
  | 'DISPUTED';

/** A sort key of `Statement` items: set one field per element of `order`. Items without a value come last in ascending order and first in descending order; enums sort in their business order; ties are broken by id. */
export type StatementSortInput = {
  /** Sort by `closingBalance`. */
  closingBalance?: SortEnumType | null | undefined;
  /** Sort by `creditedAmount`. */
  creditedAmount?: SortEnumType | null | undefined;
  /** Sort by `generatedAt`. */
  generatedAt?: SortEnumType | null | undefined;
  /** Sort by `invoicedAmount`. */
  invoicedAmount?: SortEnumType | null | undefined;
  /** Sort by `month`. */
  month?: SortEnumType | null | undefined;
  /** Sort by `number`. */
  number?: SortEnumType | null | undefined;
  /** Sort by `openingBalance`. */
  openingBalance?: SortEnumType | null | undefined;
  /** Sort by `periodEnd`. */
  periodEnd?: SortEnumType | null | undefined;
  /** Sort by `periodStart`. */
  periodStart?: SortEnumType | null | undefined;
  /** Sort by `receivedAmount`. */
  receivedAmount?: SortEnumType | null | undefined;
  /** Sort by `respondedAt`. */
  respondedAt?: SortEnumType | null | undefined;
  /** Sort by `responseNote`. */
  responseNote?: SortEnumType | null | undefined;
  /** Sort by `status`. */
  status?: SortEnumType | null | undefined;
  /** Sort by `version`. */
  version?: SortEnumType | null | undefined;
  /** Sort by `year`. */
  year?: SortEnumType | null | undefined;
};

/** Where a statement stands (对账状态). */
export type StatementStatus =
  /** The customer confirmed the balance (已确认). */
  | 'CONFIRMED'
  /** The customer disputes it, with a note (有异议). */
  | 'DISPUTED'
  /** Sent to the owner rep, awaiting the customer's answer (已发送). */
  | 'SENT';

/** Conditions on a `StatementStatus` value; all given conditions must hold. */
export type StatementStatusOperationFilterInput = {
  /** Equal to the value; `null` matches rows without a value. */
  eq?: StatementStatus | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<StatementStatus> | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: StatementStatus | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<StatementStatus> | null | undefined;
};

/** Conditions on a `String` value; all given conditions must hold. */
export type StringOperationFilterInput = {
  /** Contains the text (case-sensitive). */
  contains?: string | null | undefined;
  /** Equal to the value; `null` matches rows without a value. */
  eq?: string | null | undefined;
  /** Equal to one of the values (at most 100). */
  in?: Array<string> | null | undefined;
  /** Not equal to the value; `null` matches rows with a value. */
  neq?: string | null | undefined;
  /** Equal to none of the values (at most 100). */
  nin?: Array<string> | null | undefined;
  /** Starts with the text (case-sensitive). */
  startsWith?: string | null | undefined;
};

/** Submits a DRAFT for approval. */
export type SubmitContractInput = {
  /** The contract's global id. */
  contractId: string | number;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** One part, naming exactly one of: a region (of a company target, or a sub-region of a region target; director only), a rep (of a region target, in that region; director or its manager), or a period (a quarter of a yearly target, a month of a quarterly one). */
export type TargetPartInput = {
  /** Collection amount in CNY (not negative, 2 decimal places). */
  collectionAmount: string | number;
  /** The month of this part (of a quarterly target). */
  month?: number | null | undefined;
  /** New A/B customers (not negative). */
  newCustomers: number;
  /** The quarter of this part (of a yearly target). */
  quarter?: number | null | undefined;
  /** The region of this part. */
  regionId?: string | number | null | undefined;
  /** Sales amount in CNY (not negative, 2 decimal places). */
  salesAmount: string | number;
  /** The rep of this part. */
  staffId?: string | number | null | undefined;
};

/** What a target is set for. */
export type TargetScope =
  /** The whole company (公司). */
  | 'COMPANY'
  /** A region (大区). */
  | 'REGION'
  /** A rep (销售专员). */
  | 'STAFF';

/** The level of a node in the target tree. */
export type TargetTreeLevel =
  /** The company's target for a year. */
  | 'COMPANY'
  /** A rep's monthly target. */
  | 'MONTH'
  /** A rep's quarterly target. */
  | 'QUARTER'
  /** A region's (大区's) target. */
  | 'REGION'
  /** A rep's yearly target. */
  | 'STAFF';

/** Terminates (解除) an APPROVED or ACTIVE contract, with a reason. */
export type TerminateContractInput = {
  /** The contract's global id. */
  contractId: string | number;
  /** Why the contract is terminated (解除), 1–1000 characters. */
  reason: string;
  /** The version the client read; when given and stale, the step fails with CONFLICT. */
  version?: number | null | undefined;
};

/** Changes to a DRAFT or REJECTED contract (a rejected one returns to DRAFT). Omitted fields keep their values. */
export type UpdateContractInput = {
  /** The contract's global id. */
  contractId: string | number;
  /** End of the term. */
  endOn?: string | null | undefined;
  /** The new lines, replacing all (1 to 100). */
  lines?: Array<ContractLineInput> | null | undefined;
  /** Payment term in days (0–365). */
  paymentTermDays?: number | null | undefined;
  /** Start of the term. */
  startOn?: string | null | undefined;
  /** The version the client read; a stale one fails with CONFLICT and writes nothing. */
  version: number;
};

/** Changes to a customer's descriptive fields; omitted fields keep their values. Owner, grade and credit have their own mutations (assignCustomerOwner, changeCustomerGrade, setCustomerCredit), region and status are not changed here. */
export type UpdateCustomerInput = {
  /** Address, 1–300 characters. */
  address?: string | null | undefined;
  /** Contact person, 1–100 characters. */
  contactPerson?: string | null | undefined;
  /** The customer's global id (in the caller's scope). */
  customerId: string | number;
  /** Designated carrier; an empty string clears it. */
  designatedCarrier?: string | null | undefined;
  /** Industry, 1–100 characters. */
  industry?: string | null | undefined;
  /** Direct customer, distributor or agent. */
  kind?: CustomerKind | null | undefined;
  /** Contact mobile: digits, spaces, '+' and '-', 5–32 characters. */
  mobile?: string | null | undefined;
  /** Company name, 1–200 characters. */
  name?: string | null | undefined;
  /** How the customer was won. */
  source?: CustomerSource | null | undefined;
  /** The version the client read; a stale one fails with CONFLICT and writes nothing. */
  version: number;
};

/** Voids (作废) an invoice nothing was paid or applied on; it then owes nothing and its amount can be invoiced again. */
export type VoidInvoiceInput = {
  /** The invoice's global id. */
  invoiceId: string | number;
  /** Why it is voided, 1–500 characters. */
  reason: string;
  /** The invoice's version the client read; a stale one is CONFLICT. */
  version?: number | null | undefined;
};

/** The caller's diary entry (销售日记) for a business day: created, or updated when it exists. The day's facts are counted by the server. */
export type WriteDiaryEntryInput = {
  /** The business day: today (the default) or the previous business day. */
  day?: string | null | undefined;
  /** The summary of the day (今日总结), 1–4000 characters. */
  summary: string;
  /** The plan for the next business day (明日计划), 1–2000 characters. */
  tomorrowPlan: string;
  /** To update an existing entry: the version the client read; missing or stale is a CONFLICT. */
  version?: number | null | undefined;
};

export type AuditEntriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  actorName?: string | null | undefined;
  entityType?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  order?: Array<AuditEntrySortInput> | AuditEntrySortInput | null | undefined;
}>;


export type AuditEntriesQuery = { auditEntries: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ id: string | null, at: string | null, actorName: string | null, client: string | null, entityType: string | null, entityId: string | null, action: string | null, changes: string | null }> } };

export type CollectionsToChaseQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: Array<CollectionNoticeSortInput> | CollectionNoticeSortInput | null | undefined;
}>;


export type CollectionsToChaseQuery = { collectionsToChase: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ id: string, number: string, level: DunningLevel, status: CollectionNoticeStatus, overdueAmount: string | number, issuedOn: string, levelSince: string, promisedOn: string | null, customer: { id: string, name: string } | null, owner: { id: string, name: string } | null }> } };

export type CollectionNoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type CollectionNoticeQuery = { collectionNotice: { id: string, number: string, level: DunningLevel, status: CollectionNoticeStatus, overdueAmount: string | number, issuedOn: string, promisedOn: string | null, promisedAmount: string | number | null, promiseNote: string | null, version: number, customer: { id: string, name: string } | null, items: { nodes: Array<{ id: string, invoiceNumber: string, dueOn: string, daysOverdue: number, openAmount: string | number, invoice: { id: string, openAmount: string | number, status: InvoiceStatus } | null }> } } | null };

export type IssueCollectionNoticesMutationVariables = Exact<{
  input: DunningRunInput;
}>;


export type IssueCollectionNoticesMutation = { issueCollectionNotices: { run: { issued: number, unchanged: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type EscalateCollectionNoticesMutationVariables = Exact<{
  input: DunningRunInput;
}>;


export type EscalateCollectionNoticesMutation = { escalateCollectionNotices: { run: { escalated: number, closed: number, unchanged: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type RecordPaymentPromiseMutationVariables = Exact<{
  input: RecordPaymentPromiseInput;
}>;


export type RecordPaymentPromiseMutation = { recordPaymentPromise: { collectionNotice: { id: string, number: string, status: CollectionNoticeStatus, promisedOn: string | null, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type ComplaintRowFieldsFragment = { id: string, number: string, status: ComplaintStatus, category: ComplaintCategory, severity: ComplaintSeverity, description: string | null, receivedAt: string, answerDueAt: string, answeredAt: string | null, isAnswerOverdue: boolean, answerMinutesLeft: number | null, version: number, customer: { id: string, name: string } | null, owner: { id: string, name: string } | null, forwardedTo: { id: string, name: string } | null } & { ' $fragmentName'?: 'ComplaintRowFieldsFragment' };

export type ComplaintsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: Array<ComplaintSortInput> | ComplaintSortInput | null | undefined;
  where?: ComplaintFilterInput | null | undefined;
}>;


export type ComplaintsQuery = { complaints: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ ' $fragmentRefs'?: { 'ComplaintRowFieldsFragment': ComplaintRowFieldsFragment } }> } };

export type CustomerComplaintsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: Array<ComplaintSortInput> | ComplaintSortInput | null | undefined;
}>;


export type CustomerComplaintsQuery = { customer: { id: string, complaints: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ ' $fragmentRefs'?: { 'ComplaintRowFieldsFragment': ComplaintRowFieldsFragment } }> } } | null };

export type ComplaintCustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type ComplaintCustomerQuery = { customer: { id: string, name: string } | null };

export type ComplaintColleaguesQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplaintColleaguesQuery = { staff: { nodes: Array<{ id: string, name: string, role: StaffRole }> } };

export type LogComplaintMutationVariables = Exact<{
  input: LogComplaintInput;
}>;


export type LogComplaintMutation = { logComplaint: { complaint: { id: string, number: string, answerDueAt: string } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type AnswerComplaintMutationVariables = Exact<{
  input: AnswerComplaintInput;
}>;


export type AnswerComplaintMutation = { answerComplaint: { complaint: { id: string, number: string, status: ComplaintStatus } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type ForwardComplaintMutationVariables = Exact<{
  input: ForwardComplaintInput;
}>;


export type ForwardComplaintMutation = { forwardComplaint: { complaint: { id: string, number: string, status: ComplaintStatus } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type ResolveComplaintMutationVariables = Exact<{
  input: ResolveComplaintInput;
}>;


export type ResolveComplaintMutation = { resolveComplaint: { complaint: { id: string, number: string, status: ComplaintStatus } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type ApprovalPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalPolicyQuery = { me: { approvalPolicy: { repDiscountLimit: string | number, managerDiscountLimit: string | number, majorContractAmount: string | number, creditApproverRoles: Array<StaffRole>, levels: Array<{ level: ApprovalLevel, approverRoles: Array<StaffRole> }> } } };

export type ContractEditorOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContractEditorOptionsQuery = { customers: { totalCount: number, nodes: Array<{ id: string, code: string, name: string }> }, products: { nodes: Array<{ id: string, sku: string, name: string, listPrice: string | number, isActive: boolean }> } };

export type CreateContractMutationVariables = Exact<{
  input: CreateContractInput;
}>;


export type CreateContractMutation = { createContract: { contract: { id: string, number: string, status: ContractStatus, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type UpdateContractMutationVariables = Exact<{
  input: UpdateContractInput;
}>;


export type UpdateContractMutation = { updateContract: { contract: { id: string, number: string, status: ContractStatus, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type SubmitContractMutationVariables = Exact<{
  input: SubmitContractInput;
}>;


export type SubmitContractMutation = { submitContract: { contract: { id: string, number: string, status: ContractStatus, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type ApproveContractMutationVariables = Exact<{
  input: ApproveContractInput;
}>;


export type ApproveContractMutation = { approveContract: { contract: { id: string, number: string, status: ContractStatus, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type RejectContractMutationVariables = Exact<{
  input: RejectContractInput;
}>;


export type RejectContractMutation = { rejectContract: { contract: { id: string, number: string, status: ContractStatus, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type ActivateContractMutationVariables = Exact<{
  input: ActivateContractInput;
}>;


export type ActivateContractMutation = { activateContract: { contract: { id: string, number: string, status: ContractStatus, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type CompleteContractMutationVariables = Exact<{
  input: CompleteContractInput;
}>;


export type CompleteContractMutation = { completeContract: { contract: { id: string, number: string, status: ContractStatus, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type TerminateContractMutationVariables = Exact<{
  input: TerminateContractInput;
}>;


export type TerminateContractMutation = { terminateContract: { contract: { id: string, number: string, status: ContractStatus, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type ContractRowFragment = { id: string, number: string, status: ContractStatus, signedOn: string | null, listTotal: string | number, agreedTotal: string | number, discountAmount: string | number, discountRate: string | number, grossMargin?: string | number | null, version: number, approvalState?: { level: ApprovalLevel, rules: Array<ApprovalRule>, needsFinance: boolean, given: Array<ApprovalLevel>, waitingFor: Array<ApprovalLevel>, approvers: Array<{ id: string, name: string, role: StaffRole }> } | null, customer: { id: string, name: string } | null, owner: { id: string, name: string } | null, region: { id: string, name: string } | null } & { ' $fragmentName'?: 'ContractRowFragment' };

export type ContractsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  withCost: boolean;
  withApprovals?: boolean | null | undefined;
  where?: ContractFilterInput | null | undefined;
  order?: Array<ContractSortInput> | ContractSortInput | null | undefined;
}>;


export type ContractsQuery = { contracts: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ ' $fragmentRefs'?: { 'ContractRowFragment': ContractRowFragment } }> } };

export type ContractQueryVariables = Exact<{
  id: string | number;
  withCost: boolean;
  withComments: boolean;
  withApprovals: boolean;
}>;


export type ContractQuery = { contract: (
    { currency: string, paymentTermDays: number, startOn: string | null, endOn: string | null, createdAt: string, updatedAt: string, terminationReason: string | null, externalId: string | null, costTotal?: string | number | null, lines: { totalCount: number, nodes: Array<{ lineNo: number, quantity: number, listUnitPrice: string | number, agreedUnitPrice: string | number, listAmount: string | number, agreedAmount: string | number, unitCost?: string | number | null, product: { id: string, sku: string, name: string } | null }> }, history: { nodes: Array<{ kind: ContractEventKind, fromStatus: ContractStatus | null, toStatus: ContractStatus, approvalLevel: ApprovalLevel | null, at: string, comment?: string | null, actor: { id: string, name: string } | null }> }, invoices: { nodes: Array<{ id: string, number: string, amount: string | number, openAmount: string | number, issuedOn: string, dueOn: string, daysOverdue: number }> }, payments: { nodes: Array<{ id: string, number: string, amount: string | number, receivedOn: string, method: PaymentMethod, confirmedAt: string | null }> } }
    & { ' $fragmentRefs'?: { 'ContractRowFragment': ContractRowFragment } }
  ) | null };

export type CreditPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type CreditPolicyQuery = { creditPolicy: Array<{ id: string, grade: CustomerGrade, creditLimit: string | number, paymentTermDays: number, version: number, updatedAt: string, updatedBy: { id: string, name: string } | null }> | null };

export type SetCreditPolicyMutationVariables = Exact<{
  input: SetCreditPolicyInput;
}>;


export type SetCreditPolicyMutation = { setCreditPolicy: { creditPolicy: { id: string, grade: CustomerGrade, creditLimit: string | number, paymentTermDays: number, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type GradeProposalRowFieldsFragment = { id: string, fromGrade: CustomerGrade, toGrade: CustomerGrade, status: GradeProposalStatus, reason: string | null, decisionNote: string | null, proposedAt: string, decidedAt: string | null, isStale: boolean, version: number, customer: { id: string, code: string, name: string, grade: CustomerGrade, creditOverride?: boolean | null } | null, proposedBy: { id: string, name: string } | null, decidedBy: { id: string, name: string } | null } & { ' $fragmentName'?: 'GradeProposalRowFieldsFragment' };

export type GradeProposalsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  where?: GradeProposalFilterInput | null | undefined;
  withCredit: boolean;
}>;


export type GradeProposalsQuery = { gradeProposals: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ ' $fragmentRefs'?: { 'GradeProposalRowFieldsFragment': GradeProposalRowFieldsFragment } }> } };

export type CustomerGradeProposalsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  withCredit: boolean;
}>;


export type CustomerGradeProposalsQuery = { customer: { id: string, name: string, grade: CustomerGrade, version: number, gradeProposals: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ ' $fragmentRefs'?: { 'GradeProposalRowFieldsFragment': GradeProposalRowFieldsFragment } }> } } | null };

export type ProposeGradeChangeMutationVariables = Exact<{
  input: ProposeGradeChangeInput;
}>;


export type ProposeGradeChangeMutation = { proposeGradeChange: { gradeProposal: { id: string, status: GradeProposalStatus } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type ApproveGradeProposalMutationVariables = Exact<{
  input: DecideGradeProposalInput;
}>;


export type ApproveGradeProposalMutation = { approveGradeProposal: { gradeProposal: { id: string, status: GradeProposalStatus } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type RejectGradeProposalMutationVariables = Exact<{
  input: DecideGradeProposalInput;
}>;


export type RejectGradeProposalMutation = { rejectGradeProposal: { gradeProposal: { id: string, status: GradeProposalStatus } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { createCustomer: { customer: { id: string, code: string, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type UpdateCustomerMutationVariables = Exact<{
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { updateCustomer: { customer: { id: string, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type ChangeCustomerGradeMutationVariables = Exact<{
  input: ChangeCustomerGradeInput;
}>;


export type ChangeCustomerGradeMutation = { changeCustomerGrade: { customer: { id: string, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type AssignCustomerOwnerMutationVariables = Exact<{
  input: AssignCustomerOwnerInput;
}>;


export type AssignCustomerOwnerMutation = { assignCustomerOwner: { customer: { id: string, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type SetCustomerCreditMutationVariables = Exact<{
  input: SetCustomerCreditInput;
}>;


export type SetCustomerCreditMutation = { setCustomerCredit: { customer: { id: string, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type DeactivateCustomerMutationVariables = Exact<{
  input: DeactivateCustomerInput;
}>;


export type DeactivateCustomerMutation = { deactivateCustomer: { customer: { id: string, version: number, status: CustomerStatus } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type CustomerOwnerCandidatesQueryVariables = Exact<{
  regionCode: string;
}>;


export type CustomerOwnerCandidatesQuery = { staff: { nodes: Array<{ id: string, name: string, region: { id: string, name: string } | null }> } };

export type CustomerRegionOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerRegionOptionsQuery = { regions: { nodes: Array<{ id: string, code: string, name: string }> } };

export type LogActivityMutationVariables = Exact<{
  input: LogActivityInput;
}>;


export type LogActivityMutation = { logActivity: { activity: { id: string, kind: ActivityKind, occurredAt: string } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type CustomersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  withCredit: boolean;
  withTerms: boolean;
  withContacts: boolean;
  where?: CustomerFilterInput | null | undefined;
  order?: Array<CustomerSortInput> | CustomerSortInput | null | undefined;
}>;


export type CustomersQuery = { customers: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ ' $fragmentRefs'?: { 'CustomerRowFragment': CustomerRowFragment } }> } };

export type CustomerRowFragment = { id: string, code: string, name: string, kind: CustomerKind, industry: string, grade: CustomerGrade, status: CustomerStatus, source: CustomerSource, contactPerson?: string | null, mobile?: string | null, creditLimit?: string | number | null, paymentTermDays?: number | null, region: { id: string, name: string } | null, owner: { id: string, name: string } | null } & { ' $fragmentName'?: 'CustomerRowFragment' };

export type CustomerQueryVariables = Exact<{
  id: string | number;
  withCredit: boolean;
  withTerms: boolean;
  withContacts: boolean;
}>;


export type CustomerQuery = { customer: (
    { version: number, address?: string | null, designatedCarrier: string | null, openReceivables: string | number, creditRemaining?: string | number | null, createdAt: string, firstContractOn: string | null, externalId: string | null, lastContactAt: string | null, nextContactDueOn: string | null, isContactOverdue: boolean, region: { id: string, code: string } | null }
    & { ' $fragmentRefs'?: { 'CustomerRowFragment': CustomerRowFragment } }
  ) | null };

export type CustomerContractsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomerContractsQuery = { customer: { id: string, contracts: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ id: string, number: string, status: ContractStatus, signedOn: string | null, agreedTotal: string | number, discountAmount: string | number }> } } | null };

export type CustomerReceivablesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomerReceivablesQuery = { customer: { id: string, receivables: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ id: string, number: string, amount: string | number, openAmount: string | number, issuedOn: string, dueOn: string, daysOverdue: number, contract: { id: string, number: string } | null }> } } | null };

export type CustomerActivitiesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  withText: boolean;
}>;


export type CustomerActivitiesQuery = { customer: { id: string, activities: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ id: string, kind: ActivityKind, occurredAt: string, answeredAt: string | null, subject?: string | null, staff: { id: string, name: string } | null }> } } | null };

export type KpiFiguresFragment = { salesAmount: string | number, target: string | number | null, achievementRate: string | number | null, collectedAmount: string | number | null, receivablesDue: string | number | null, collectionRate: string | number | null, daysSalesOutstanding: string | number | null, overdueReceivables: string | number | null, newCustomers: number | null, contractCount: number, grossMargin?: string | number | null } & { ' $fragmentName'?: 'KpiFiguresFragment' };

export type DashboardKpisQueryVariables = Exact<{
  period: KpiPeriodInput;
  where?: KpiFilterInput | null | undefined;
  withMargin: boolean;
}>;


export type DashboardKpisQuery = { total: Array<{ ' $fragmentRefs'?: { 'KpiFiguresFragment': KpiFiguresFragment } }>, byMonth: Array<{ month: number | null, salesAmount: string | number, target: string | number | null, collectedAmount: string | number | null }>, byRegion: Array<(
    { region: { id: string, name: string } | null }
    & { ' $fragmentRefs'?: { 'KpiFiguresFragment': KpiFiguresFragment } }
  )>, byStaff: Array<(
    { staff: { id: string, name: string } | null }
    & { ' $fragmentRefs'?: { 'KpiFiguresFragment': KpiFiguresFragment } }
  )> };

export type RepHomeQueryVariables = Exact<{
  month: KpiPeriodInput;
  year: KpiPeriodInput;
  first: number;
}>;


export type RepHomeQuery = { month: Array<{ salesAmount: string | number, target: string | number | null }>, year: Array<{ salesAmount: string | number, target: string | number | null, pipelineAmount: string | number | null, openOpportunities: number | null }>, contactsDue: { totalCount: number, nodes: Array<{ id: string, name: string, grade: CustomerGrade, nextContactDueOn: string | null }> }, complaints: { totalCount: number, nodes: Array<{ id: string, number: string, receivedAt: string, answerDueAt: string, answeredAt: string | null, customer: { id: string, name: string } | null }> }, invoices: { totalCount: number, nodes: Array<{ id: string, number: string, openAmount: string | number, daysOverdue: number, contract: { id: string, customer: { id: string, name: string } | null } | null }> } };

export type TeamHomeQueryVariables = Exact<{
  period: KpiPeriodInput;
  first: number;
}>;


export type TeamHomeQuery = { byStaff: Array<{ salesAmount: string | number, target: string | number | null, achievementRate: string | number | null, pipelineAmount: string | number | null, staff: { id: string, name: string } | null }>, complaints: { totalCount: number, nodes: Array<{ id: string, number: string, receivedAt: string, answerDueAt: string, answeredAt: string | null, customer: { id: string, name: string } | null }> } };

export type SubRegionKpisQueryVariables = Exact<{
  period: KpiPeriodInput;
  regionId: string | number;
}>;


export type SubRegionKpisQuery = { kpis: Array<{ salesAmount: string | number, target: string | number | null, achievementRate: string | number | null, subRegion: { id: string, name: string } | null }> };

export type DiaryDraftQueryVariables = Exact<{
  day?: string | null | undefined;
}>;


export type DiaryDraftQuery = { diaryDraft: { day: string, isWritable: boolean, visitCount: number, callCount: number, dealsMovedCount: number, contractsDraftedCount: number, contractsSubmittedCount: number, complaintsAnsweredCount: number, visits: Array<{ id: string, subject: string | null, customer: { id: string, name: string } | null }>, calls: Array<{ id: string, subject: string | null, customer: { id: string, name: string } | null }>, dealsMoved: Array<{ id: string, title: string, stage: OpportunityStage }>, contractsDrafted: Array<{ id: string, number: string }>, contractsSubmitted: Array<{ id: string, number: string }>, complaintsAnswered: Array<{ id: string, number: string }>, entry: { id: string, summary: string, tomorrowPlan: string, version: number, updatedAt: string } | null } | null };

export type DiaryEntryRowFieldsFragment = { id: string, day: string, visitsMade: number, callsMade: number, dealsMoved: number, contractsDrafted: number, contractsSubmitted: number, complaintsAnswered: number, summary: string, tomorrowPlan: string, updatedAt: string, staff: { id: string, name: string, employeeNumber: string } | null } & { ' $fragmentName'?: 'DiaryEntryRowFieldsFragment' };

export type DiaryEntriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: Array<DiaryEntrySortInput> | DiaryEntrySortInput | null | undefined;
  where?: DiaryEntryFilterInput | null | undefined;
}>;


export type DiaryEntriesQuery = { diaryEntries: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ ' $fragmentRefs'?: { 'DiaryEntryRowFieldsFragment': DiaryEntryRowFieldsFragment } }> } | null };

export type MissingDiariesQueryVariables = Exact<{
  day?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: Array<StaffSortInput> | StaffSortInput | null | undefined;
}>;


export type MissingDiariesQuery = { missingDiaries: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ id: string, name: string, employeeNumber: string, region: { id: string, name: string } | null }> } | null };

export type WriteDiaryEntryMutationVariables = Exact<{
  input: WriteDiaryEntryInput;
}>;


export type WriteDiaryEntryMutation = { writeDiaryEntry: { entry: { id: string, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type OpportunityRowFieldsFragment = { id: string, title: string, stage: OpportunityStage, furthestStage: OpportunityStage, expectedAmount: string | number, expectedCloseOn: string, source: CustomerSource, createdOn: string, closedOn: string | null, lostReason: string | null, version: number, customer: { id: string, name: string } | null, owner: { id: string, name: string } | null, contract: { id: string, number: string, status: ContractStatus } | null } & { ' $fragmentName'?: 'OpportunityRowFieldsFragment' };

export type OpportunitiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: Array<OpportunitySortInput> | OpportunitySortInput | null | undefined;
  where?: OpportunityFilterInput | null | undefined;
}>;


export type OpportunitiesQuery = { opportunities: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ ' $fragmentRefs'?: { 'OpportunityRowFieldsFragment': OpportunityRowFieldsFragment } }> } };

export type CustomerOpportunitiesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: Array<OpportunitySortInput> | OpportunitySortInput | null | undefined;
}>;


export type CustomerOpportunitiesQuery = { customer: { id: string, name: string, opportunities: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ ' $fragmentRefs'?: { 'OpportunityRowFieldsFragment': OpportunityRowFieldsFragment } }> } } | null };

export type PipelineReviewQueryVariables = Exact<{
  months?: number | null | undefined;
}>;


export type PipelineReviewQuery = { pipelineReview: Array<{ stage: OpportunityStage, month: string, count: number, expectedAmount: string | number, weightedAmount: string | number, slipped: number, owner: { id: string, name: string } | null }> };

export type FunnelConversionQueryVariables = Exact<{
  year: number;
}>;


export type FunnelConversionQuery = { funnelConversion: Array<{ source: CustomerSource | null, created: number, reachedIntention: number, reachedQuote: number, won: number, lost: number, open: number, wonAmount: string | number, leadToIntentionRate: string | number | null, intentionToQuoteRate: string | number | null, quoteToWonRate: string | number | null, conversionRate: string | number | null, winRate: string | number | null }> };

export type FunnelCustomersQueryVariables = Exact<{
  where?: CustomerFilterInput | null | undefined;
}>;


export type FunnelCustomersQuery = { customers: { nodes: Array<{ id: string, name: string, source: CustomerSource }> } };

export type FunnelProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type FunnelProductsQuery = { products: { nodes: Array<{ id: string, sku: string, name: string, listPrice: string | number }> } };

export type CreateOpportunityMutationVariables = Exact<{
  input: CreateOpportunityInput;
}>;


export type CreateOpportunityMutation = { createOpportunity: { opportunity: { id: string, title: string } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type MoveOpportunityMutationVariables = Exact<{
  input: MoveOpportunityInput;
}>;


export type MoveOpportunityMutation = { moveOpportunity: { opportunity: { id: string, title: string, stage: OpportunityStage, contract: { id: string, number: string } | null } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type FunnelCustomerNameQueryVariables = Exact<{
  id: string | number;
}>;


export type FunnelCustomerNameQuery = { customer: { id: string, name: string } | null };

export type CreateDeliveryNoticeMutationVariables = Exact<{
  input: CreateDeliveryNoticeInput;
}>;


export type CreateDeliveryNoticeMutation = { createDeliveryNotice: { shipment: { id: string, noticeNumber: string, status: ShipmentStatus } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type NewOrderOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type NewOrderOptionsQuery = { customers: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, kind: CustomerKind }> }, products: { nodes: Array<{ id: string, sku: string, name: string, listPrice: string | number }> } };

export type OrderCustomerContractsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderCustomerContractsQuery = { customer: { id: string, kind: CustomerKind, contracts: { nodes: Array<{ id: string, number: string, endOn: string | null, lines: { nodes: Array<{ lineNo: number, quantity: number, agreedUnitPrice: string | number, product: { id: string, sku: string, name: string } | null }> } }> } } | null };

export type CreateSalesOrderMutationVariables = Exact<{
  input: CreateSalesOrderInput;
}>;


export type CreateSalesOrderMutation = { createSalesOrder: { salesOrder: { id: string, number: string, status: SalesOrderStatus, version: number, contract: { id: string } | null } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type ConfirmSalesOrderMutationVariables = Exact<{
  input: ConfirmSalesOrderInput;
}>;


export type ConfirmSalesOrderMutation = { confirmSalesOrder: { salesOrder: { id: string, number: string, status: SalesOrderStatus, version: number, contract: { id: string } | null } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type CancelSalesOrderMutationVariables = Exact<{
  input: CancelSalesOrderInput;
}>;


export type CancelSalesOrderMutation = { cancelSalesOrder: { salesOrder: { id: string, number: string, status: SalesOrderStatus, version: number, contract: { id: string } | null } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type CloseSalesOrderMutationVariables = Exact<{
  input: CloseSalesOrderInput;
}>;


export type CloseSalesOrderMutation = { closeSalesOrder: { salesOrder: { id: string, number: string, status: SalesOrderStatus, version: number, contract: { id: string } | null } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type LateConfirmationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: Array<SalesOrderSortInput> | SalesOrderSortInput | null | undefined;
}>;


export type LateConfirmationsQuery = { lateConfirmations: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ ' $fragmentRefs'?: { 'SalesOrderRowFragment': SalesOrderRowFragment } }> } };

export type PaidAwaitingShipmentQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: Array<SalesOrderSortInput> | SalesOrderSortInput | null | undefined;
}>;


export type PaidAwaitingShipmentQuery = { paidAwaitingShipment: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ ' $fragmentRefs'?: { 'SalesOrderRowFragment': SalesOrderRowFragment } }> } };

export type SalesOrderRowFragment = { id: string, number: string, status: SalesOrderStatus, amount: string | number, isOverCredit: boolean, submittedAt: string, confirmDueAt: string, confirmedAt: string | null, isConfirmationLate: boolean, version: number, customer: { id: string, name: string, kind: CustomerKind } | null, contract: { id: string, number: string } | null } & { ' $fragmentName'?: 'SalesOrderRowFragment' };

export type SalesOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  where?: SalesOrderFilterInput | null | undefined;
  order?: Array<SalesOrderSortInput> | SalesOrderSortInput | null | undefined;
}>;


export type SalesOrdersQuery = { salesOrders: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ ' $fragmentRefs'?: { 'SalesOrderRowFragment': SalesOrderRowFragment } }> } };

export type SalesOrderQueryVariables = Exact<{
  id: string | number;
  withReason: boolean;
}>;


export type SalesOrderQuery = { salesOrder: (
    { createdAt: string, updatedAt: string, closedAt: string | null, cancelledAt: string | null, cancellationReason?: string | null, externalId: string | null, confirmedBy: { id: string, name: string } | null, shipments: { totalCount: number, nodes: Array<{ id: string, noticeNumber: string, status: ShipmentStatus, amount: string | number, unpaidAmount: string | number, pendingApprovals: Array<DeliveryNoticeSignOff>, plannedOn: string, shipDueOn: string | null, shippedOn: string | null, deliveredOn: string | null }> }, lines: { totalCount: number, nodes: Array<{ id: string, lineNo: number, quantity: number, unitPrice: string | number, amount: string | number, requestedOn: string, noticedQuantity: number, shippedQuantity: number, openQuantity: number, product: { id: string, sku: string, name: string } | null }> } }
    & { ' $fragmentRefs'?: { 'SalesOrderRowFragment': SalesOrderRowFragment } }
  ) | null };

export type AgingBucketsFragment = { notDue: string | number, days0To30: string | number, days31To60: string | number, days61To90: string | number, over90Days: string | number, overdue: string | number, open: string | number } & { ' $fragmentName'?: 'AgingBucketsFragment' };

export type ReceivablesAgingQueryVariables = Exact<{
  where?: KpiFilterInput | null | undefined;
  asOf?: string | null | undefined;
  groupBy?: Array<KpiDimension> | KpiDimension | null | undefined;
}>;


export type ReceivablesAgingQuery = { total: Array<{ ' $fragmentRefs'?: { 'AgingBucketsFragment': AgingBucketsFragment } }>, rows: Array<(
    { customerGrade: CustomerGrade | null, region: { id: string, name: string } | null, subRegion: { id: string, name: string } | null, staff: { id: string, name: string } | null, customer: { id: string, name: string } | null }
    & { ' $fragmentRefs'?: { 'AgingBucketsFragment': AgingBucketsFragment } }
  )> };

export type ImportBankStatementMutationVariables = Exact<{
  input: ImportBankStatementInput;
}>;


export type ImportBankStatementMutation = { importBankStatement: { bankStatement: { dryRun: boolean, imported: number, duplicates: number, unmatched: number, invalid: number, rows: Array<{ index: number, status: BankStatementRowStatus, bankReference: string | null, amount: string | number, appliedAmount: string | number, customer: { id: string, name: string } | null, receipt: { id: string, number: string } | null, errors: Array<
          | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
          | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
          | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
          | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
          | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
          | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
          | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
          | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
          | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
        > }> } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type InvoiceRowFragment = { id: string, number: string, amount: string | number, paidAmount: string | number, openAmount: string | number, issuedOn: string, dueOn: string, daysOverdue: number, contract: { id: string, number: string, customer: { id: string, name: string } | null, owner: { id: string, name: string } | null, region: { id: string, name: string } | null } | null } & { ' $fragmentName'?: 'InvoiceRowFragment' };

export type InvoicesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  where?: InvoiceFilterInput | null | undefined;
  order?: Array<InvoiceSortInput> | InvoiceSortInput | null | undefined;
}>;


export type InvoicesQuery = { invoices: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ ' $fragmentRefs'?: { 'InvoiceRowFragment': InvoiceRowFragment } }> } };

export type InvoiceableContractsQueryVariables = Exact<{
  where?: ContractFilterInput | null | undefined;
}>;


export type InvoiceableContractsQuery = { contracts: { nodes: Array<{ id: string, number: string, agreedTotal: string | number, customer: { id: string, name: string } | null }> } };

export type ContractBillingQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractBillingQuery = { contract: { id: string, number: string, agreedTotal: string | number, invoices: { nodes: Array<{ id: string, amount: string | number, status: InvoiceStatus }> }, shipments: { nodes: Array<{ id: string, noticeNumber: string, status: ShipmentStatus, deliveredOn: string | null, amount: string | number, invoicedAmount: string | number, invoiceableAmount: string | number }> } } | null };

export type IssueInvoiceMutationVariables = Exact<{
  input: IssueInvoiceInput;
}>;


export type IssueInvoiceMutation = { issueInvoice: { invoice: { id: string, number: string, amount: string | number, shipments: Array<{ amount: string | number, shipment: { id: string, noticeNumber: string } | null }> } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { recordPayment: { payment: { id: string, number: string, amount: string | number, confirmedAt: string | null } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type ConfirmPaymentMutationVariables = Exact<{
  input: ConfirmPaymentInput;
}>;


export type ConfirmPaymentMutation = { confirmPayment: { payment: { id: string, number: string, amount: string | number, confirmedAt: string | null } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type UnconfirmedPaymentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: Array<PaymentSortInput> | PaymentSortInput | null | undefined;
}>;


export type UnconfirmedPaymentsQuery = { payments: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ id: string, number: string, amount: string | number, receivedOn: string, method: PaymentMethod, invoice: { id: string, number: string } | null, contract: { id: string, number: string, customer: { id: string, name: string } | null } | null }> } };

export type FinanceCustomersQueryVariables = Exact<{
  where?: CustomerFilterInput | null | undefined;
}>;


export type FinanceCustomersQuery = { customers: { nodes: Array<{ id: string, code: string, name: string }> } };

export type CustomerDeskQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerDeskQuery = { customer: { id: string, code: string, name: string, openReceivables: string | number, receivables: { nodes: Array<{ id: string, number: string, amount: string | number, openAmount: string | number, status: InvoiceStatus, issuedOn: string, dueOn: string, daysOverdue: number }> }, unappliedReceipts: { nodes: Array<{ id: string, number: string, amount: string | number, unappliedAmount: string | number, receivedOn: string, bankReference: string | null, version: number }> } } | null };

export type RecordReceiptMutationVariables = Exact<{
  input: RecordReceiptInput;
}>;


export type RecordReceiptMutation = { recordReceipt: { receipt: { id: string, number: string, amount: string | number, unappliedAmount: string | number, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type ApplyReceiptMutationVariables = Exact<{
  input: ApplyReceiptInput;
}>;


export type ApplyReceiptMutation = { applyReceipt: { receipt: { id: string, number: string, appliedAmount: string | number, unappliedAmount: string | number, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type FinanceInvoicesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  where?: InvoiceFilterInput | null | undefined;
  order?: Array<InvoiceSortInput> | InvoiceSortInput | null | undefined;
}>;


export type FinanceInvoicesQuery = { invoices: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ id: string, number: string, amount: string | number, paidAmount: string | number, openAmount: string | number, status: InvoiceStatus, version: number, taxRate: string | number, netAmount: string | number, taxAmount: string | number, issuedOn: string, dueOn: string, daysOverdue: number, contract: { id: string, number: string, customer: { id: string, name: string } | null } | null }> } };

export type VoidInvoiceMutationVariables = Exact<{
  input: VoidInvoiceInput;
}>;


export type VoidInvoiceMutation = { voidInvoice: { invoice: { id: string, number: string, status: InvoiceStatus } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { regions: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, level: number, isActive: boolean, parent: { id: string } | null, manager: { id: string, name: string } | null }> } };

export type ReturnRequestsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: Array<ReturnRequestSortInput> | ReturnRequestSortInput | null | undefined;
  where?: ReturnRequestFilterInput | null | undefined;
}>;


export type ReturnRequestsQuery = { returnRequests: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ id: string, number: string, status: ReturnStatus, amount: string | number, requestedAt: string, customer: { id: string, name: string } | null, shipment: { id: string, noticeNumber: string } | null, creditNote: { number: string, amount: string | number } | null }> } };

export type ReturnRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type ReturnRequestQuery = { returnRequest: { id: string, number: string, status: ReturnStatus, reason: string | null, amount: string | number, version: number, requestedAt: string, decidedAt: string | null, rejectionReason: string | null, receivedOn: string | null, carrierNote: string | null, customer: { id: string, name: string } | null, shipment: { id: string, noticeNumber: string, deliveredOn: string | null, contract: { id: string, number: string } | null } | null, requestedBy: { name: string } | null, decidedBy: { name: string } | null, receivedBy: { name: string } | null, lines: { nodes: Array<{ id: string, lineNo: number, quantity: number, receivedQuantity: number | null, unitPrice: string | number, amount: string | number, creditedAmount: string | number | null, product: { sku: string, name: string } | null }> }, creditNote: { number: string, amount: string | number, issuedOn: string } | null } | null };

export type ContractShipmentsForReturnsQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractShipmentsForReturnsQuery = { contract: { id: string, number: string, customer: { id: string, name: string } | null, shipments: { nodes: Array<{ id: string, noticeNumber: string, status: ShipmentStatus, carrier: string, shippedOn: string | null, deliveredOn: string | null }> } } | null };

export type ReturnableLinesQueryVariables = Exact<{
  shipmentId: string | number;
}>;


export type ReturnableLinesQuery = { returnableLines: Array<{ shipmentLineId: string, delivered: number, returned: number, returnable: number, unitPrice: string | number, product: { sku: string, name: string } | null }> };

export type RequestReturnMutationVariables = Exact<{
  input: RequestReturnInput;
}>;


export type RequestReturnMutation = { requestReturn: { returnRequest: { id: string, number: string, status: ReturnStatus, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type ApproveReturnMutationVariables = Exact<{
  input: ApproveReturnInput;
}>;


export type ApproveReturnMutation = { approveReturn: { returnRequest: { id: string, number: string, status: ReturnStatus, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type RejectReturnMutationVariables = Exact<{
  input: RejectReturnInput;
}>;


export type RejectReturnMutation = { rejectReturn: { returnRequest: { id: string, number: string, status: ReturnStatus, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type ReceiveReturnMutationVariables = Exact<{
  input: ReceiveReturnInput;
}>;


export type ReceiveReturnMutation = { receiveReturn: { returnRequest: { id: string, number: string, status: ReturnStatus, version: number, creditNote: { number: string, amount: string | number } | null } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type ApproveDeliveryNoticeMutationVariables = Exact<{
  input: ApproveDeliveryNoticeInput;
}>;


export type ApproveDeliveryNoticeMutation = { approveDeliveryNotice: { shipment: { id: string, status: ShipmentStatus, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type RejectDeliveryNoticeMutationVariables = Exact<{
  input: RejectDeliveryNoticeInput;
}>;


export type RejectDeliveryNoticeMutation = { rejectDeliveryNotice: { shipment: { id: string, status: ShipmentStatus, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type MarkShippedMutationVariables = Exact<{
  input: MarkShippedInput;
}>;


export type MarkShippedMutation = { markShipped: { shipment: { id: string, status: ShipmentStatus, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type MarkDeliveredMutationVariables = Exact<{
  input: MarkDeliveredInput;
}>;


export type MarkDeliveredMutation = { markDelivered: { shipment: { id: string, status: ShipmentStatus, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type CancelShipmentMutationVariables = Exact<{
  input: CancelShipmentInput;
}>;


export type CancelShipmentMutation = { cancelShipment: { shipment: { id: string, status: ShipmentStatus, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type DueToShipTodayQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: Array<ShipmentSortInput> | ShipmentSortInput | null | undefined;
}>;


export type DueToShipTodayQuery = { dueToShipToday: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ ' $fragmentRefs'?: { 'ShipmentRowFragment': ShipmentRowFragment } }> } };

export type LateShipmentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: Array<ShipmentSortInput> | ShipmentSortInput | null | undefined;
}>;


export type LateShipmentsQuery = { lateShipments: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ ' $fragmentRefs'?: { 'ShipmentRowFragment': ShipmentRowFragment } }> } };

export type ShippedUnpaidQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: Array<ShipmentSortInput> | ShipmentSortInput | null | undefined;
}>;


export type ShippedUnpaidQuery = { shippedUnpaid: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ ' $fragmentRefs'?: { 'ShipmentRowFragment': ShipmentRowFragment } }> } };

export type ShipmentRowFragment = { id: string, noticeNumber: string, status: ShipmentStatus, amount: string | number, unpaidAmount: string | number, isOverCredit: boolean, needsApproval: boolean, needsDirectorApproval: boolean, pendingApprovals: Array<DeliveryNoticeSignOff>, plannedOn: string, releasedOn: string | null, shipDueOn: string | null, shippedOn: string | null, deliveredOn: string | null, carrier: string, waybillNumber: string | null, version: number, customer: { id: string, name: string } | null, salesOrder: { id: string, number: string } | null, contract: { id: string, number: string } | null } & { ' $fragmentName'?: 'ShipmentRowFragment' };

export type ShipmentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  where?: ShipmentFilterInput | null | undefined;
  order?: Array<ShipmentSortInput> | ShipmentSortInput | null | undefined;
}>;


export type ShipmentsQuery = { shipments: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ ' $fragmentRefs'?: { 'ShipmentRowFragment': ShipmentRowFragment } }> } };

export type ShipmentQueryVariables = Exact<{
  id: string | number;
  withReason: boolean;
  withComments: boolean;
}>;


export type ShipmentQuery = { shipment: (
    { createdAt: string, updatedAt: string, cancelledAt: string | null, cancellationReason?: string | null, externalId: string | null, lines: { totalCount: number, nodes: Array<{ id: string, quantity: number, unitPrice: string | number, amount: string | number, salesOrderLineId: string | null, product: { id: string, sku: string, name: string } | null }> }, approvals: { nodes: Array<{ signOff: DeliveryNoticeSignOff, at: string, comment?: string | null, approvedBy: { id: string, name: string } | null }> } }
    & { ' $fragmentRefs'?: { 'ShipmentRowFragment': ShipmentRowFragment } }
  ) | null };

export type StaffListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  withContact: boolean;
  withPay: boolean;
}>;


export type StaffListQuery = { staff: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ id: string, employeeNumber: string, name: string, role: StaffRole, hireDate: string, isActive: boolean, email?: string | null, mobile?: string | null, baseSalary?: string | number | null, commissionRate?: string | number | null, region: { id: string, name: string } | null, reportsTo: { id: string, name: string } | null }> } };

export type StatementsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: Array<StatementSortInput> | StatementSortInput | null | undefined;
  where?: StatementFilterInput | null | undefined;
}>;


export type StatementsQuery = { statements: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ id: string, number: string, year: number, month: number, status: StatementStatus, openingBalance: string | number, closingBalance: string | number, responseNote: string | null, customer: { id: string, code: string, name: string } | null, owner: { id: string, name: string } | null }> } };

export type StatementQueryVariables = Exact<{
  id: string | number;
}>;


export type StatementQuery = { statement: { id: string, number: string, year: number, month: number, periodStart: string, periodEnd: string, status: StatementStatus, openingBalance: string | number, invoicedAmount: string | number, creditedAmount: string | number, receivedAmount: string | number, closingBalance: string | number, responseNote: string | null, respondedAt: string | null, version: number, customer: { id: string, code: string, name: string } | null, owner: { id: string, name: string } | null, respondedBy: { id: string, name: string } | null, lines: { nodes: Array<{ id: string, lineNo: number, kind: StatementLineKind, documentNumber: string, on: string, amount: string | number, balance: string | number }> } } | null };

export type GenerateStatementsMutationVariables = Exact<{
  input: GenerateStatementsInput;
}>;


export type GenerateStatementsMutation = { generateStatements: { run: { year: number, month: number, generated: number, alreadyThere: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type RecordStatementResponseMutationVariables = Exact<{
  input: RecordStatementResponseInput;
}>;


export type RecordStatementResponseMutation = { recordStatementResponse: { statement: { id: string, number: string, status: StatementStatus, responseNote: string | null, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type TargetRowFragment = { id: string, year: number, quarter: number | null, month: number | null, scope: TargetScope, salesAmount: string | number, collectionAmount: string | number, newCustomers: number, version: number, region: { id: string, name: string, code: string } | null, staff: { id: string, name: string } | null } & { ' $fragmentName'?: 'TargetRowFragment' };

export type TargetTreeFieldsFragment = { level: TargetTreeLevel, salesActual: string | number, salesGap: string | number, achievementRate: string | number | null, collectedActual: string | number, collectionGap: string | number, collectionAchievementRate: string | number | null, newCustomersActual: number, newCustomersGap: number, childrenSalesAmount: string | number | null, unallocatedSalesAmount: string | number | null, unallocatedCollectionAmount: string | number | null, unallocatedNewCustomers: number | null, target: { ' $fragmentRefs'?: { 'TargetRowFragment': TargetRowFragment } } } & { ' $fragmentName'?: 'TargetTreeFieldsFragment' };

export type TargetTreeQueryVariables = Exact<{
  year?: number | null | undefined;
  root?: string | number | null | undefined;
}>;


export type TargetTreeQuery = { targetTree: Array<(
    { children: Array<{ ' $fragmentRefs'?: { 'TargetTreeFieldsFragment': TargetTreeFieldsFragment } }> }
    & { ' $fragmentRefs'?: { 'TargetTreeFieldsFragment': TargetTreeFieldsFragment } }
  )> };

export type TargetPartRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TargetPartRegionsQuery = { regions: { nodes: Array<{ id: string, name: string }> } };

export type TargetPartRepsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  where?: StaffFilterInput | null | undefined;
}>;


export type TargetPartRepsQuery = { staff: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ id: string, name: string }> } };

export type SplitTargetMutationVariables = Exact<{
  input: SplitTargetInput;
}>;


export type SplitTargetMutation = { splitTarget: { target: { id: string, version: number } | null, errors: Array<
      | { ' $fragmentRefs'?: { 'UserErrorFields_ConflictError_Fragment': UserErrorFields_ConflictError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvalidTransitionError_Fragment': UserErrorFields_InvalidTransitionError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_InvoiceVoidError_Fragment': UserErrorFields_InvoiceVoidError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotDeliveredError_Fragment': UserErrorFields_NotDeliveredError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_NotFoundError_Fragment': UserErrorFields_NotFoundError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverAppliedError_Fragment': UserErrorFields_OverAppliedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverCreditedError_Fragment': UserErrorFields_OverCreditedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_OverInvoicedError_Fragment': UserErrorFields_OverInvoicedError_Fragment } }
      | { ' $fragmentRefs'?: { 'UserErrorFields_ValidationError_Fragment': UserErrorFields_ValidationError_Fragment } }
    > } };

export type ContactDueRowFragment = { id: string, code: string, name: string, grade: CustomerGrade, lastContactAt: string | null, nextContactDueOn: string | null, isContactOverdue: boolean, owner: { id: string, name: string } | null } & { ' $fragmentName'?: 'ContactDueRowFragment' };

export type ContactsDueQueryVariables = Exact<{
  withinDays?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ContactsDueQuery = { contactsDue: { totalCount: number, pageInfo: { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }, nodes: Array<{ ' $fragmentRefs'?: { 'ContactDueRowFragment': ContactDueRowFragment } }> } };

export type ContactComplianceQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactComplianceQuery = { contactCompliance: Array<{ customers: number, onTime: number, rate: string | number | null, staff: { id: string, name: string } | null }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { username: string, role: StaffRole | null, scope: RowScope, actions: Array<string>, staff: { id: string, name: string } | null, region: { id: string, code: string, name: string } | null, fields: Array<{ type: string, field: string, access: FieldAccess }> } };

type UserErrorFields_ConflictError_Fragment = { code: string, message: string, path: Array<string | number> } & { ' $fragmentName'?: 'UserErrorFields_ConflictError_Fragment' };

type UserErrorFields_InvalidTransitionError_Fragment = { code: string, message: string, path: Array<string | number> } & { ' $fragmentName'?: 'UserErrorFields_InvalidTransitionError_Fragment' };

type UserErrorFields_InvoiceVoidError_Fragment = { code: string, message: string, path: Array<string | number> } & { ' $fragmentName'?: 'UserErrorFields_InvoiceVoidError_Fragment' };

type UserErrorFields_NotDeliveredError_Fragment = { code: string, message: string, path: Array<string | number> } & { ' $fragmentName'?: 'UserErrorFields_NotDeliveredError_Fragment' };

type UserErrorFields_NotFoundError_Fragment = { code: string, message: string, path: Array<string | number> } & { ' $fragmentName'?: 'UserErrorFields_NotFoundError_Fragment' };

type UserErrorFields_OverAppliedError_Fragment = { code: string, message: string, path: Array<string | number> } & { ' $fragmentName'?: 'UserErrorFields_OverAppliedError_Fragment' };

type UserErrorFields_OverCreditedError_Fragment = { code: string, message: string, path: Array<string | number> } & { ' $fragmentName'?: 'UserErrorFields_OverCreditedError_Fragment' };

type UserErrorFields_OverInvoicedError_Fragment = { code: string, message: string, path: Array<string | number> } & { ' $fragmentName'?: 'UserErrorFields_OverInvoicedError_Fragment' };

type UserErrorFields_ValidationError_Fragment = { code: string, message: string, path: Array<string | number> } & { ' $fragmentName'?: 'UserErrorFields_ValidationError_Fragment' };

export type UserErrorFieldsFragment =
  | UserErrorFields_ConflictError_Fragment
  | UserErrorFields_InvalidTransitionError_Fragment
  | UserErrorFields_InvoiceVoidError_Fragment
  | UserErrorFields_NotDeliveredError_Fragment
  | UserErrorFields_NotFoundError_Fragment
  | UserErrorFields_OverAppliedError_Fragment
  | UserErrorFields_OverCreditedError_Fragment
  | UserErrorFields_OverInvoicedError_Fragment
  | UserErrorFields_ValidationError_Fragment
;

export type PageInfoFieldsFragment = { hasNextPage: boolean, endCursor: string | null } & { ' $fragmentName'?: 'PageInfoFieldsFragment' };

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
export const ComplaintRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplaintRowFields on Complaint {
  id
  number
  status
  category
  severity
  description
  receivedAt
  answerDueAt
  answeredAt
  isAnswerOverdue
  answerMinutesLeft
  version
  customer {
    id
    name
  }
  owner {
    id
    name
  }
  forwardedTo {
    id
    name
  }
}
    `, {"fragmentName":"ComplaintRowFields"}) as unknown as TypedDocumentString<ComplaintRowFieldsFragment, unknown>;
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
  approvalState @include(if: $withApprovals) {
    level
    rules
    needsFinance
    given
    waitingFor
    approvers {
      id
      name
      role
    }
  }
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
export const GradeProposalRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment GradeProposalRowFields on GradeProposal {
  id
  fromGrade
  toGrade
  status
  reason
  decisionNote
  proposedAt
  decidedAt
  isStale
  version
  customer {
    id
    code
    name
    grade
    creditOverride @include(if: $withCredit)
  }
  proposedBy {
    id
    name
  }
  decidedBy {
    id
    name
  }
}
    `, {"fragmentName":"GradeProposalRowFields"}) as unknown as TypedDocumentString<GradeProposalRowFieldsFragment, unknown>;
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
  paymentTermDays @include(if: $withTerms)
}
    `, {"fragmentName":"CustomerRow"}) as unknown as TypedDocumentString<CustomerRowFragment, unknown>;
export const KpiFiguresFragmentDoc = new TypedDocumentString(`
    fragment KpiFigures on KpiRow {
  salesAmount
  target
  achievementRate
  collectedAmount
  receivablesDue
  collectionRate
  daysSalesOutstanding
  overdueReceivables
  newCustomers
  contractCount
  grossMargin @include(if: $withMargin)
}
    `, {"fragmentName":"KpiFigures"}) as unknown as TypedDocumentString<KpiFiguresFragment, unknown>;
export const DiaryEntryRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment DiaryEntryRowFields on DiaryEntry {
  id
  day
  visitsMade
  callsMade
  dealsMoved
  contractsDrafted
  contractsSubmitted
  complaintsAnswered
  summary
  tomorrowPlan
  updatedAt
  staff {
    id
    name
    employeeNumber
  }
}
    `, {"fragmentName":"DiaryEntryRowFields"}) as unknown as TypedDocumentString<DiaryEntryRowFieldsFragment, unknown>;
export const OpportunityRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment OpportunityRowFields on Opportunity {
  id
  title
  stage
  furthestStage
  expectedAmount
  expectedCloseOn
  source
  createdOn
  closedOn
  lostReason
  version
  customer {
    id
    name
  }
  owner {
    id
    name
  }
  contract {
    id
    number
    status
  }
}
    `, {"fragmentName":"OpportunityRowFields"}) as unknown as TypedDocumentString<OpportunityRowFieldsFragment, unknown>;
export const SalesOrderRowFragmentDoc = new TypedDocumentString(`
    fragment SalesOrderRow on SalesOrder {
  id
  number
  status
  amount
  isOverCredit
  submittedAt
  confirmDueAt
  confirmedAt
  isConfirmationLate
  version
  customer {
    id
    name
    kind
  }
  contract {
    id
    number
  }
}
    `, {"fragmentName":"SalesOrderRow"}) as unknown as TypedDocumentString<SalesOrderRowFragment, unknown>;
export const AgingBucketsFragmentDoc = new TypedDocumentString(`
    fragment AgingBuckets on ReceivablesAgingRow {
  notDue
  days0To30
  days31To60
  days61To90
  over90Days
  overdue
  open
}
    `, {"fragmentName":"AgingBuckets"}) as unknown as TypedDocumentString<AgingBucketsFragment, unknown>;
export const InvoiceRowFragmentDoc = new TypedDocumentString(`
    fragment InvoiceRow on Invoice {
  id
  number
  amount
  paidAmount
  openAmount
  issuedOn
  dueOn
  daysOverdue
  contract {
    id
    number
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
}
    `, {"fragmentName":"InvoiceRow"}) as unknown as TypedDocumentString<InvoiceRowFragment, unknown>;
export const ShipmentRowFragmentDoc = new TypedDocumentString(`
    fragment ShipmentRow on Shipment {
  id
  noticeNumber
  status
  amount
  unpaidAmount
  isOverCredit
  needsApproval
  needsDirectorApproval
  pendingApprovals
  plannedOn
  releasedOn
  shipDueOn
  shippedOn
  deliveredOn
  carrier
  waybillNumber
  version
  customer {
    id
    name
  }
  salesOrder {
    id
    number
  }
  contract {
    id
    number
  }
}
    `, {"fragmentName":"ShipmentRow"}) as unknown as TypedDocumentString<ShipmentRowFragment, unknown>;
export const TargetRowFragmentDoc = new TypedDocumentString(`
    fragment TargetRow on Target {
  id
  year
  quarter
  month
  scope
  salesAmount
  collectionAmount
  newCustomers
  version
  region {
    id
    name
    code
  }
  staff {
    id
    name
  }
}
    `, {"fragmentName":"TargetRow"}) as unknown as TypedDocumentString<TargetRowFragment, unknown>;
export const TargetTreeFieldsFragmentDoc = new TypedDocumentString(`
    fragment TargetTreeFields on TargetTreeNode {
  level
  salesActual
  salesGap
  achievementRate
  collectedActual
  collectionGap
  collectionAchievementRate
  newCustomersActual
  newCustomersGap
  childrenSalesAmount
  unallocatedSalesAmount
  unallocatedCollectionAmount
  unallocatedNewCustomers
  target {
    ...TargetRow
  }
}
    fragment TargetRow on Target {
  id
  year
  quarter
  month
  scope
  salesAmount
  collectionAmount
  newCustomers
  version
  region {
    id
    name
    code
  }
  staff {
    id
    name
  }
}`, {"fragmentName":"TargetTreeFields"}) as unknown as TypedDocumentString<TargetTreeFieldsFragment, unknown>;
export const ContactDueRowFragmentDoc = new TypedDocumentString(`
    fragment ContactDueRow on Customer {
  id
  code
  name
  grade
  owner {
    id
    name
  }
  lastContactAt
  nextContactDueOn
  isContactOverdue
}
    `, {"fragmentName":"ContactDueRow"}) as unknown as TypedDocumentString<ContactDueRowFragment, unknown>;
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  code
  message
  path
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const AuditEntriesDocument = new TypedDocumentString(`
    query AuditEntries($first: Int, $after: String, $actorName: String, $entityType: String, $from: DateTime, $to: DateTime, $order: [AuditEntrySortInput!]) {
  auditEntries(
    first: $first
    after: $after
    actorName: $actorName
    entityType: $entityType
    from: $from
    to: $to
    order: $order
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      id
      at
      actorName
      client
      entityType
      entityId
      action
      changes
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const CollectionsToChaseDocument = new TypedDocumentString(`
    query CollectionsToChase($first: Int, $after: String, $order: [CollectionNoticeSortInput!]) {
  collectionsToChase(first: $first, after: $after, order: $order) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      id
      number
      level
      status
      overdueAmount
      issuedOn
      levelSince
      promisedOn
      customer {
        id
        name
      }
      owner {
        id
        name
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<CollectionsToChaseQuery, CollectionsToChaseQueryVariables>;
export const CollectionNoticeDocument = new TypedDocumentString(`
    query CollectionNotice($id: ID!) {
  collectionNotice(id: $id) {
    id
    number
    level
    status
    overdueAmount
    issuedOn
    promisedOn
    promisedAmount
    promiseNote
    version
    customer {
      id
      name
    }
    items(first: 100) {
      nodes {
        id
        invoiceNumber
        dueOn
        daysOverdue
        openAmount
        invoice {
          id
          openAmount
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CollectionNoticeQuery, CollectionNoticeQueryVariables>;
export const IssueCollectionNoticesDocument = new TypedDocumentString(`
    mutation IssueCollectionNotices($input: DunningRunInput!) {
  issueCollectionNotices(input: $input) {
    run {
      issued
      unchanged
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<IssueCollectionNoticesMutation, IssueCollectionNoticesMutationVariables>;
export const EscalateCollectionNoticesDocument = new TypedDocumentString(`
    mutation EscalateCollectionNotices($input: DunningRunInput!) {
  escalateCollectionNotices(input: $input) {
    run {
      escalated
      closed
      unchanged
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<EscalateCollectionNoticesMutation, EscalateCollectionNoticesMutationVariables>;
export const RecordPaymentPromiseDocument = new TypedDocumentString(`
    mutation RecordPaymentPromise($input: RecordPaymentPromiseInput!) {
  recordPaymentPromise(input: $input) {
    collectionNotice {
      id
      number
      status
      promisedOn
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<RecordPaymentPromiseMutation, RecordPaymentPromiseMutationVariables>;
export const ComplaintsDocument = new TypedDocumentString(`
    query Complaints($first: Int, $after: String, $order: [ComplaintSortInput!], $where: ComplaintFilterInput) {
  complaints(first: $first, after: $after, order: $order, where: $where) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...ComplaintRowFields
    }
  }
}
    fragment ComplaintRowFields on Complaint {
  id
  number
  status
  category
  severity
  description
  receivedAt
  answerDueAt
  answeredAt
  isAnswerOverdue
  answerMinutesLeft
  version
  customer {
    id
    name
  }
  owner {
    id
    name
  }
  forwardedTo {
    id
    name
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<ComplaintsQuery, ComplaintsQueryVariables>;
export const CustomerComplaintsDocument = new TypedDocumentString(`
    query CustomerComplaints($id: ID!, $first: Int, $after: String, $order: [ComplaintSortInput!]) {
  customer(id: $id) {
    id
    complaints(first: $first, after: $after, order: $order) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...ComplaintRowFields
      }
    }
  }
}
    fragment ComplaintRowFields on Complaint {
  id
  number
  status
  category
  severity
  description
  receivedAt
  answerDueAt
  answeredAt
  isAnswerOverdue
  answerMinutesLeft
  version
  customer {
    id
    name
  }
  owner {
    id
    name
  }
  forwardedTo {
    id
    name
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<CustomerComplaintsQuery, CustomerComplaintsQueryVariables>;
export const ComplaintCustomerDocument = new TypedDocumentString(`
    query ComplaintCustomer($id: ID!) {
  customer(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ComplaintCustomerQuery, ComplaintCustomerQueryVariables>;
export const ComplaintColleaguesDocument = new TypedDocumentString(`
    query ComplaintColleagues {
  staff(first: 200, where: {isActive: {eq: true}}, order: [{name: ASC}]) {
    nodes {
      id
      name
      role
    }
  }
}
    `) as unknown as TypedDocumentString<ComplaintColleaguesQuery, ComplaintColleaguesQueryVariables>;
export const LogComplaintDocument = new TypedDocumentString(`
    mutation LogComplaint($input: LogComplaintInput!) {
  logComplaint(input: $input) {
    complaint {
      id
      number
      answerDueAt
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<LogComplaintMutation, LogComplaintMutationVariables>;
export const AnswerComplaintDocument = new TypedDocumentString(`
    mutation AnswerComplaint($input: AnswerComplaintInput!) {
  answerComplaint(input: $input) {
    complaint {
      id
      number
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<AnswerComplaintMutation, AnswerComplaintMutationVariables>;
export const ForwardComplaintDocument = new TypedDocumentString(`
    mutation ForwardComplaint($input: ForwardComplaintInput!) {
  forwardComplaint(input: $input) {
    complaint {
      id
      number
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<ForwardComplaintMutation, ForwardComplaintMutationVariables>;
export const ResolveComplaintDocument = new TypedDocumentString(`
    mutation ResolveComplaint($input: ResolveComplaintInput!) {
  resolveComplaint(input: $input) {
    complaint {
      id
      number
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<ResolveComplaintMutation, ResolveComplaintMutationVariables>;
export const ApprovalPolicyDocument = new TypedDocumentString(`
    query ApprovalPolicy {
  me {
    approvalPolicy {
      repDiscountLimit
      managerDiscountLimit
      majorContractAmount
      creditApproverRoles
      levels {
        level
        approverRoles
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalPolicyQuery, ApprovalPolicyQueryVariables>;
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
export const CreateContractDocument = new TypedDocumentString(`
    mutation CreateContract($input: CreateContractInput!) {
  createContract(input: $input) {
    contract {
      id
      number
      status
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<CreateContractMutation, CreateContractMutationVariables>;
export const UpdateContractDocument = new TypedDocumentString(`
    mutation UpdateContract($input: UpdateContractInput!) {
  updateContract(input: $input) {
    contract {
      id
      number
      status
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<UpdateContractMutation, UpdateContractMutationVariables>;
export const SubmitContractDocument = new TypedDocumentString(`
    mutation SubmitContract($input: SubmitContractInput!) {
  submitContract(input: $input) {
    contract {
      id
      number
      status
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<SubmitContractMutation, SubmitContractMutationVariables>;
export const ApproveContractDocument = new TypedDocumentString(`
    mutation ApproveContract($input: ApproveContractInput!) {
  approveContract(input: $input) {
    contract {
      id
      number
      status
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<ApproveContractMutation, ApproveContractMutationVariables>;
export const RejectContractDocument = new TypedDocumentString(`
    mutation RejectContract($input: RejectContractInput!) {
  rejectContract(input: $input) {
    contract {
      id
      number
      status
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<RejectContractMutation, RejectContractMutationVariables>;
export const ActivateContractDocument = new TypedDocumentString(`
    mutation ActivateContract($input: ActivateContractInput!) {
  activateContract(input: $input) {
    contract {
      id
      number
      status
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<ActivateContractMutation, ActivateContractMutationVariables>;
export const CompleteContractDocument = new TypedDocumentString(`
    mutation CompleteContract($input: CompleteContractInput!) {
  completeContract(input: $input) {
    contract {
      id
      number
      status
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<CompleteContractMutation, CompleteContractMutationVariables>;
export const TerminateContractDocument = new TypedDocumentString(`
    mutation TerminateContract($input: TerminateContractInput!) {
  terminateContract(input: $input) {
    contract {
      id
      number
      status
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<TerminateContractMutation, TerminateContractMutationVariables>;
export const ContractsDocument = new TypedDocumentString(`
    query Contracts($first: Int, $after: String, $withCost: Boolean!, $withApprovals: Boolean = false, $where: ContractFilterInput, $order: [ContractSortInput!]) {
  contracts(first: $first, after: $after, where: $where, order: $order) {
    totalCount
    pageInfo {
      ...PageInfoFields
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
  approvalState @include(if: $withApprovals) {
    level
    rules
    needsFinance
    given
    waitingFor
    approvers {
      id
      name
      role
    }
  }
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
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<ContractsQuery, ContractsQueryVariables>;
export const ContractDocument = new TypedDocumentString(`
    query Contract($id: ID!, $withCost: Boolean!, $withComments: Boolean!, $withApprovals: Boolean!) {
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
  approvalState @include(if: $withApprovals) {
    level
    rules
    needsFinance
    given
    waitingFor
    approvers {
      id
      name
      role
    }
  }
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
export const CreditPolicyDocument = new TypedDocumentString(`
    query CreditPolicy {
  creditPolicy {
    id
    grade
    creditLimit
    paymentTermDays
    version
    updatedAt
    updatedBy {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreditPolicyQuery, CreditPolicyQueryVariables>;
export const SetCreditPolicyDocument = new TypedDocumentString(`
    mutation SetCreditPolicy($input: SetCreditPolicyInput!) {
  setCreditPolicy(input: $input) {
    creditPolicy {
      id
      grade
      creditLimit
      paymentTermDays
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<SetCreditPolicyMutation, SetCreditPolicyMutationVariables>;
export const GradeProposalsDocument = new TypedDocumentString(`
    query GradeProposals($first: Int, $after: String, $where: GradeProposalFilterInput, $withCredit: Boolean!) {
  gradeProposals(first: $first, after: $after, where: $where) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...GradeProposalRowFields
    }
  }
}
    fragment GradeProposalRowFields on GradeProposal {
  id
  fromGrade
  toGrade
  status
  reason
  decisionNote
  proposedAt
  decidedAt
  isStale
  version
  customer {
    id
    code
    name
    grade
    creditOverride @include(if: $withCredit)
  }
  proposedBy {
    id
    name
  }
  decidedBy {
    id
    name
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<GradeProposalsQuery, GradeProposalsQueryVariables>;
export const CustomerGradeProposalsDocument = new TypedDocumentString(`
    query CustomerGradeProposals($id: ID!, $first: Int, $after: String, $withCredit: Boolean!) {
  customer(id: $id) {
    id
    name
    grade
    version
    gradeProposals(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...GradeProposalRowFields
      }
    }
  }
}
    fragment GradeProposalRowFields on GradeProposal {
  id
  fromGrade
  toGrade
  status
  reason
  decisionNote
  proposedAt
  decidedAt
  isStale
  version
  customer {
    id
    code
    name
    grade
    creditOverride @include(if: $withCredit)
  }
  proposedBy {
    id
    name
  }
  decidedBy {
    id
    name
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<CustomerGradeProposalsQuery, CustomerGradeProposalsQueryVariables>;
export const ProposeGradeChangeDocument = new TypedDocumentString(`
    mutation ProposeGradeChange($input: ProposeGradeChangeInput!) {
  proposeGradeChange(input: $input) {
    gradeProposal {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<ProposeGradeChangeMutation, ProposeGradeChangeMutationVariables>;
export const ApproveGradeProposalDocument = new TypedDocumentString(`
    mutation ApproveGradeProposal($input: DecideGradeProposalInput!) {
  approveGradeProposal(input: $input) {
    gradeProposal {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<ApproveGradeProposalMutation, ApproveGradeProposalMutationVariables>;
export const RejectGradeProposalDocument = new TypedDocumentString(`
    mutation RejectGradeProposal($input: DecideGradeProposalInput!) {
  rejectGradeProposal(input: $input) {
    gradeProposal {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<RejectGradeProposalMutation, RejectGradeProposalMutationVariables>;
export const CreateCustomerDocument = new TypedDocumentString(`
    mutation CreateCustomer($input: CreateCustomerInput!) {
  createCustomer(input: $input) {
    customer {
      id
      code
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const UpdateCustomerDocument = new TypedDocumentString(`
    mutation UpdateCustomer($input: UpdateCustomerInput!) {
  updateCustomer(input: $input) {
    customer {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const ChangeCustomerGradeDocument = new TypedDocumentString(`
    mutation ChangeCustomerGrade($input: ChangeCustomerGradeInput!) {
  changeCustomerGrade(input: $input) {
    customer {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<ChangeCustomerGradeMutation, ChangeCustomerGradeMutationVariables>;
export const AssignCustomerOwnerDocument = new TypedDocumentString(`
    mutation AssignCustomerOwner($input: AssignCustomerOwnerInput!) {
  assignCustomerOwner(input: $input) {
    customer {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<AssignCustomerOwnerMutation, AssignCustomerOwnerMutationVariables>;
export const SetCustomerCreditDocument = new TypedDocumentString(`
    mutation SetCustomerCredit($input: SetCustomerCreditInput!) {
  setCustomerCredit(input: $input) {
    customer {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<SetCustomerCreditMutation, SetCustomerCreditMutationVariables>;
export const DeactivateCustomerDocument = new TypedDocumentString(`
    mutation DeactivateCustomer($input: DeactivateCustomerInput!) {
  deactivateCustomer(input: $input) {
    customer {
      id
      version
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<DeactivateCustomerMutation, DeactivateCustomerMutationVariables>;
export const CustomerOwnerCandidatesDocument = new TypedDocumentString(`
    query CustomerOwnerCandidates($regionCode: String!) {
  staff(
    first: 200
    where: {role: {eq: SALES_REP}, isActive: {eq: true}, or: [{region: {code: {eq: $regionCode}}}, {region: {parent: {code: {eq: $regionCode}}}}]}
    order: [{name: ASC}]
  ) {
    nodes {
      id
      name
      region {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerOwnerCandidatesQuery, CustomerOwnerCandidatesQueryVariables>;
export const CustomerRegionOptionsDocument = new TypedDocumentString(`
    query CustomerRegionOptions {
  regions(first: 200, where: {isActive: {eq: true}}, order: [{code: ASC}]) {
    nodes {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerRegionOptionsQuery, CustomerRegionOptionsQueryVariables>;
export const LogActivityDocument = new TypedDocumentString(`
    mutation LogActivity($input: LogActivityInput!) {
  logActivity(input: $input) {
    activity {
      id
      kind
      occurredAt
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<LogActivityMutation, LogActivityMutationVariables>;
export const CustomersDocument = new TypedDocumentString(`
    query Customers($first: Int, $after: String, $withCredit: Boolean!, $withTerms: Boolean!, $withContacts: Boolean!, $where: CustomerFilterInput, $order: [CustomerSortInput!]) {
  customers(first: $first, after: $after, where: $where, order: $order) {
    totalCount
    pageInfo {
      ...PageInfoFields
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
  paymentTermDays @include(if: $withTerms)
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<CustomersQuery, CustomersQueryVariables>;
export const CustomerDocument = new TypedDocumentString(`
    query Customer($id: ID!, $withCredit: Boolean!, $withTerms: Boolean!, $withContacts: Boolean!) {
  customer(id: $id) {
    ...CustomerRow
    version
    region {
      id
      code
    }
    address @include(if: $withContacts)
    designatedCarrier
    openReceivables
    creditRemaining @include(if: $withTerms)
    createdAt
    firstContractOn
    externalId
    lastContactAt
    nextContactDueOn
    isContactOverdue
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
  paymentTermDays @include(if: $withTerms)
}`) as unknown as TypedDocumentString<CustomerQuery, CustomerQueryVariables>;
export const CustomerContractsDocument = new TypedDocumentString(`
    query CustomerContracts($id: ID!, $first: Int, $after: String) {
  customer(id: $id) {
    id
    contracts(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
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
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<CustomerContractsQuery, CustomerContractsQueryVariables>;
export const CustomerReceivablesDocument = new TypedDocumentString(`
    query CustomerReceivables($id: ID!, $first: Int, $after: String) {
  customer(id: $id) {
    id
    receivables(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
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
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<CustomerReceivablesQuery, CustomerReceivablesQueryVariables>;
export const CustomerActivitiesDocument = new TypedDocumentString(`
    query CustomerActivities($id: ID!, $first: Int, $after: String, $withText: Boolean!) {
  customer(id: $id) {
    id
    activities(first: $first, after: $after, order: [{occurredAt: DESC}]) {
      totalCount
      pageInfo {
        ...PageInfoFields
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
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<CustomerActivitiesQuery, CustomerActivitiesQueryVariables>;
export const DashboardKpisDocument = new TypedDocumentString(`
    query DashboardKpis($period: KpiPeriodInput!, $where: KpiFilterInput, $withMargin: Boolean!) {
  total: kpis(period: $period, where: $where) {
    ...KpiFigures
  }
  byMonth: kpis(period: $period, where: $where, groupBy: [MONTH]) {
    month
    salesAmount
    target
    collectedAmount
  }
  byRegion: kpis(period: $period, where: $where, groupBy: [REGION]) {
    region {
      id
      name
    }
    ...KpiFigures
  }
  byStaff: kpis(period: $period, where: $where, groupBy: [STAFF]) {
    staff {
      id
      name
    }
    ...KpiFigures
  }
}
    fragment KpiFigures on KpiRow {
  salesAmount
  target
  achievementRate
  collectedAmount
  receivablesDue
  collectionRate
  daysSalesOutstanding
  overdueReceivables
  newCustomers
  contractCount
  grossMargin @include(if: $withMargin)
}`) as unknown as TypedDocumentString<DashboardKpisQuery, DashboardKpisQueryVariables>;
export const RepHomeDocument = new TypedDocumentString(`
    query RepHome($month: KpiPeriodInput!, $year: KpiPeriodInput!, $first: Int!) {
  month: kpis(period: $month) {
    salesAmount
    target
  }
  year: kpis(period: $year) {
    salesAmount
    target
    pipelineAmount
    openOpportunities
  }
  contactsDue(first: $first) {
    totalCount
    nodes {
      id
      name
      grade
      nextContactDueOn
    }
  }
  complaints(
    first: $first
    where: {status: {in: [OPEN, FORWARDED]}}
    order: [{answerDueAt: ASC}]
  ) {
    totalCount
    nodes {
      id
      number
      receivedAt
      answerDueAt
      answeredAt
      customer {
        id
        name
      }
    }
  }
  invoices(
    first: $first
    where: {daysOverdue: {gt: 0}}
    order: [{daysOverdue: DESC}]
  ) {
    totalCount
    nodes {
      id
      number
      openAmount
      daysOverdue
      contract {
        id
        customer {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RepHomeQuery, RepHomeQueryVariables>;
export const TeamHomeDocument = new TypedDocumentString(`
    query TeamHome($period: KpiPeriodInput!, $first: Int!) {
  byStaff: kpis(period: $period, groupBy: [STAFF]) {
    staff {
      id
      name
    }
    salesAmount
    target
    achievementRate
    pipelineAmount
  }
  complaints(
    first: $first
    where: {status: {in: [OPEN, FORWARDED]}}
    order: [{answerDueAt: ASC}]
  ) {
    totalCount
    nodes {
      id
      number
      receivedAt
      answerDueAt
      answeredAt
      customer {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamHomeQuery, TeamHomeQueryVariables>;
export const SubRegionKpisDocument = new TypedDocumentString(`
    query SubRegionKpis($period: KpiPeriodInput!, $regionId: ID!) {
  kpis(period: $period, groupBy: [SUB_REGION], where: {regionId: $regionId}) {
    subRegion {
      id
      name
    }
    salesAmount
    target
    achievementRate
  }
}
    `) as unknown as TypedDocumentString<SubRegionKpisQuery, SubRegionKpisQueryVariables>;
export const DiaryDraftDocument = new TypedDocumentString(`
    query DiaryDraft($day: DateOnly) {
  diaryDraft(day: $day) {
    day
    isWritable
    visitCount
    callCount
    dealsMovedCount
    contractsDraftedCount
    contractsSubmittedCount
    complaintsAnsweredCount
    visits {
      id
      subject
      customer {
        id
        name
      }
    }
    calls {
      id
      subject
      customer {
        id
        name
      }
    }
    dealsMoved {
      id
      title
      stage
    }
    contractsDrafted {
      id
      number
    }
    contractsSubmitted {
      id
      number
    }
    complaintsAnswered {
      id
      number
    }
    entry {
      id
      summary
      tomorrowPlan
      version
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<DiaryDraftQuery, DiaryDraftQueryVariables>;
export const DiaryEntriesDocument = new TypedDocumentString(`
    query DiaryEntries($first: Int, $after: String, $order: [DiaryEntrySortInput!], $where: DiaryEntryFilterInput) {
  diaryEntries(first: $first, after: $after, order: $order, where: $where) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...DiaryEntryRowFields
    }
  }
}
    fragment DiaryEntryRowFields on DiaryEntry {
  id
  day
  visitsMade
  callsMade
  dealsMoved
  contractsDrafted
  contractsSubmitted
  complaintsAnswered
  summary
  tomorrowPlan
  updatedAt
  staff {
    id
    name
    employeeNumber
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<DiaryEntriesQuery, DiaryEntriesQueryVariables>;
export const MissingDiariesDocument = new TypedDocumentString(`
    query MissingDiaries($day: DateOnly, $first: Int, $after: String, $order: [StaffSortInput!]) {
  missingDiaries(day: $day, first: $first, after: $after, order: $order) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      id
      name
      employeeNumber
      region {
        id
        name
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<MissingDiariesQuery, MissingDiariesQueryVariables>;
export const WriteDiaryEntryDocument = new TypedDocumentString(`
    mutation WriteDiaryEntry($input: WriteDiaryEntryInput!) {
  writeDiaryEntry(input: $input) {
    entry {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<WriteDiaryEntryMutation, WriteDiaryEntryMutationVariables>;
export const OpportunitiesDocument = new TypedDocumentString(`
    query Opportunities($first: Int, $after: String, $order: [OpportunitySortInput!], $where: OpportunityFilterInput) {
  opportunities(first: $first, after: $after, order: $order, where: $where) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...OpportunityRowFields
    }
  }
}
    fragment OpportunityRowFields on Opportunity {
  id
  title
  stage
  furthestStage
  expectedAmount
  expectedCloseOn
  source
  createdOn
  closedOn
  lostReason
  version
  customer {
    id
    name
  }
  owner {
    id
    name
  }
  contract {
    id
    number
    status
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<OpportunitiesQuery, OpportunitiesQueryVariables>;
export const CustomerOpportunitiesDocument = new TypedDocumentString(`
    query CustomerOpportunities($id: ID!, $first: Int, $after: String, $order: [OpportunitySortInput!]) {
  customer(id: $id) {
    id
    name
    opportunities(first: $first, after: $after, order: $order) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...OpportunityRowFields
      }
    }
  }
}
    fragment OpportunityRowFields on Opportunity {
  id
  title
  stage
  furthestStage
  expectedAmount
  expectedCloseOn
  source
  createdOn
  closedOn
  lostReason
  version
  customer {
    id
    name
  }
  owner {
    id
    name
  }
  contract {
    id
    number
    status
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<CustomerOpportunitiesQuery, CustomerOpportunitiesQueryVariables>;
export const PipelineReviewDocument = new TypedDocumentString(`
    query PipelineReview($months: Int) {
  pipelineReview(months: $months) {
    owner {
      id
      name
    }
    stage
    month
    count
    expectedAmount
    weightedAmount
    slipped
  }
}
    `) as unknown as TypedDocumentString<PipelineReviewQuery, PipelineReviewQueryVariables>;
export const FunnelConversionDocument = new TypedDocumentString(`
    query FunnelConversion($year: Int!) {
  funnelConversion(period: {year: $year}) {
    source
    created
    reachedIntention
    reachedQuote
    won
    lost
    open
    wonAmount
    leadToIntentionRate
    intentionToQuoteRate
    quoteToWonRate
    conversionRate
    winRate
  }
}
    `) as unknown as TypedDocumentString<FunnelConversionQuery, FunnelConversionQueryVariables>;
export const FunnelCustomersDocument = new TypedDocumentString(`
    query FunnelCustomers($where: CustomerFilterInput) {
  customers(first: 20, where: $where, order: [{name: ASC}]) {
    nodes {
      id
      name
      source
    }
  }
}
    `) as unknown as TypedDocumentString<FunnelCustomersQuery, FunnelCustomersQueryVariables>;
export const FunnelProductsDocument = new TypedDocumentString(`
    query FunnelProducts {
  products(first: 500, where: {isActive: {eq: true}}, order: [{name: ASC}]) {
    nodes {
      id
      sku
      name
      listPrice
    }
  }
}
    `) as unknown as TypedDocumentString<FunnelProductsQuery, FunnelProductsQueryVariables>;
export const CreateOpportunityDocument = new TypedDocumentString(`
    mutation CreateOpportunity($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) {
    opportunity {
      id
      title
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<CreateOpportunityMutation, CreateOpportunityMutationVariables>;
export const MoveOpportunityDocument = new TypedDocumentString(`
    mutation MoveOpportunity($input: MoveOpportunityInput!) {
  moveOpportunity(input: $input) {
    opportunity {
      id
      title
      stage
      contract {
        id
        number
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<MoveOpportunityMutation, MoveOpportunityMutationVariables>;
export const FunnelCustomerNameDocument = new TypedDocumentString(`
    query FunnelCustomerName($id: ID!) {
  customer(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<FunnelCustomerNameQuery, FunnelCustomerNameQueryVariables>;
export const CreateDeliveryNoticeDocument = new TypedDocumentString(`
    mutation CreateDeliveryNotice($input: CreateDeliveryNoticeInput!) {
  createDeliveryNotice(input: $input) {
    shipment {
      id
      noticeNumber
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<CreateDeliveryNoticeMutation, CreateDeliveryNoticeMutationVariables>;
export const NewOrderOptionsDocument = new TypedDocumentString(`
    query NewOrderOptions {
  customers(first: 500, order: [{name: ASC}]) {
    totalCount
    nodes {
      id
      code
      name
      kind
    }
  }
  products(first: 500, where: {isActive: {eq: true}}, order: [{sku: ASC}]) {
    nodes {
      id
      sku
      name
      listPrice
    }
  }
}
    `) as unknown as TypedDocumentString<NewOrderOptionsQuery, NewOrderOptionsQueryVariables>;
export const OrderCustomerContractsDocument = new TypedDocumentString(`
    query OrderCustomerContracts($id: ID!) {
  customer(id: $id) {
    id
    kind
    contracts(first: 20, where: {status: {eq: ACTIVE}}, order: [{signedOn: DESC}]) {
      nodes {
        id
        number
        endOn
        lines(first: 200) {
          nodes {
            lineNo
            quantity
            agreedUnitPrice
            product {
              id
              sku
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderCustomerContractsQuery, OrderCustomerContractsQueryVariables>;
export const CreateSalesOrderDocument = new TypedDocumentString(`
    mutation CreateSalesOrder($input: CreateSalesOrderInput!) {
  createSalesOrder(input: $input) {
    salesOrder {
      id
      number
      status
      version
      contract {
        id
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<CreateSalesOrderMutation, CreateSalesOrderMutationVariables>;
export const ConfirmSalesOrderDocument = new TypedDocumentString(`
    mutation ConfirmSalesOrder($input: ConfirmSalesOrderInput!) {
  confirmSalesOrder(input: $input) {
    salesOrder {
      id
      number
      status
      version
      contract {
        id
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<ConfirmSalesOrderMutation, ConfirmSalesOrderMutationVariables>;
export const CancelSalesOrderDocument = new TypedDocumentString(`
    mutation CancelSalesOrder($input: CancelSalesOrderInput!) {
  cancelSalesOrder(input: $input) {
    salesOrder {
      id
      number
      status
      version
      contract {
        id
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<CancelSalesOrderMutation, CancelSalesOrderMutationVariables>;
export const CloseSalesOrderDocument = new TypedDocumentString(`
    mutation CloseSalesOrder($input: CloseSalesOrderInput!) {
  closeSalesOrder(input: $input) {
    salesOrder {
      id
      number
      status
      version
      contract {
        id
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<CloseSalesOrderMutation, CloseSalesOrderMutationVariables>;
export const LateConfirmationsDocument = new TypedDocumentString(`
    query LateConfirmations($first: Int, $after: String, $order: [SalesOrderSortInput!]) {
  lateConfirmations(first: $first, after: $after, order: $order) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...SalesOrderRow
    }
  }
}
    fragment SalesOrderRow on SalesOrder {
  id
  number
  status
  amount
  isOverCredit
  submittedAt
  confirmDueAt
  confirmedAt
  isConfirmationLate
  version
  customer {
    id
    name
    kind
  }
  contract {
    id
    number
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<LateConfirmationsQuery, LateConfirmationsQueryVariables>;
export const PaidAwaitingShipmentDocument = new TypedDocumentString(`
    query PaidAwaitingShipment($first: Int, $after: String, $order: [SalesOrderSortInput!]) {
  paidAwaitingShipment(first: $first, after: $after, order: $order) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...SalesOrderRow
    }
  }
}
    fragment SalesOrderRow on SalesOrder {
  id
  number
  status
  amount
  isOverCredit
  submittedAt
  confirmDueAt
  confirmedAt
  isConfirmationLate
  version
  customer {
    id
    name
    kind
  }
  contract {
    id
    number
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<PaidAwaitingShipmentQuery, PaidAwaitingShipmentQueryVariables>;
export const SalesOrdersDocument = new TypedDocumentString(`
    query SalesOrders($first: Int, $after: String, $where: SalesOrderFilterInput, $order: [SalesOrderSortInput!]) {
  salesOrders(first: $first, after: $after, where: $where, order: $order) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...SalesOrderRow
    }
  }
}
    fragment SalesOrderRow on SalesOrder {
  id
  number
  status
  amount
  isOverCredit
  submittedAt
  confirmDueAt
  confirmedAt
  isConfirmationLate
  version
  customer {
    id
    name
    kind
  }
  contract {
    id
    number
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<SalesOrdersQuery, SalesOrdersQueryVariables>;
export const SalesOrderDocument = new TypedDocumentString(`
    query SalesOrder($id: ID!, $withReason: Boolean!) {
  salesOrder(id: $id) {
    ...SalesOrderRow
    createdAt
    updatedAt
    closedAt
    cancelledAt
    cancellationReason @include(if: $withReason)
    externalId
    confirmedBy {
      id
      name
    }
    shipments(first: 50, order: [{createdAt: ASC}]) {
      totalCount
      nodes {
        id
        noticeNumber
        status
        amount
        unpaidAmount
        pendingApprovals
        plannedOn
        shipDueOn
        shippedOn
        deliveredOn
      }
    }
    lines(first: 100, order: [{lineNo: ASC}]) {
      totalCount
      nodes {
        id
        lineNo
        quantity
        unitPrice
        amount
        requestedOn
        noticedQuantity
        shippedQuantity
        openQuantity
        product {
          id
          sku
          name
        }
      }
    }
  }
}
    fragment SalesOrderRow on SalesOrder {
  id
  number
  status
  amount
  isOverCredit
  submittedAt
  confirmDueAt
  confirmedAt
  isConfirmationLate
  version
  customer {
    id
    name
    kind
  }
  contract {
    id
    number
  }
}`) as unknown as TypedDocumentString<SalesOrderQuery, SalesOrderQueryVariables>;
export const ReceivablesAgingDocument = new TypedDocumentString(`
    query ReceivablesAging($where: KpiFilterInput, $asOf: DateOnly, $groupBy: [KpiDimension!]) {
  total: receivablesAging(where: $where, asOf: $asOf) {
    ...AgingBuckets
  }
  rows: receivablesAging(where: $where, asOf: $asOf, groupBy: $groupBy) {
    region {
      id
      name
    }
    subRegion {
      id
      name
    }
    staff {
      id
      name
    }
    customerGrade
    customer {
      id
      name
    }
    ...AgingBuckets
  }
}
    fragment AgingBuckets on ReceivablesAgingRow {
  notDue
  days0To30
  days31To60
  days61To90
  over90Days
  overdue
  open
}`) as unknown as TypedDocumentString<ReceivablesAgingQuery, ReceivablesAgingQueryVariables>;
export const ImportBankStatementDocument = new TypedDocumentString(`
    mutation ImportBankStatement($input: ImportBankStatementInput!) {
  importBankStatement(input: $input) {
    bankStatement {
      dryRun
      imported
      duplicates
      unmatched
      invalid
      rows {
        index
        status
        bankReference
        amount
        appliedAmount
        customer {
          id
          name
        }
        receipt {
          id
          number
        }
        errors {
          ...UserErrorFields
        }
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<ImportBankStatementMutation, ImportBankStatementMutationVariables>;
export const InvoicesDocument = new TypedDocumentString(`
    query Invoices($first: Int, $after: String, $where: InvoiceFilterInput, $order: [InvoiceSortInput!]) {
  invoices(first: $first, after: $after, where: $where, order: $order) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...InvoiceRow
    }
  }
}
    fragment InvoiceRow on Invoice {
  id
  number
  amount
  paidAmount
  openAmount
  issuedOn
  dueOn
  daysOverdue
  contract {
    id
    number
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
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<InvoicesQuery, InvoicesQueryVariables>;
export const InvoiceableContractsDocument = new TypedDocumentString(`
    query InvoiceableContracts($where: ContractFilterInput) {
  contracts(first: 20, where: $where, order: [{number: DESC}]) {
    nodes {
      id
      number
      agreedTotal
      customer {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvoiceableContractsQuery, InvoiceableContractsQueryVariables>;
export const ContractBillingDocument = new TypedDocumentString(`
    query ContractBilling($id: ID!) {
  contract(id: $id) {
    id
    number
    agreedTotal
    invoices(first: 100) {
      nodes {
        id
        amount
        status
      }
    }
    shipments(first: 100) {
      nodes {
        id
        noticeNumber
        status
        deliveredOn
        amount
        invoicedAmount
        invoiceableAmount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContractBillingQuery, ContractBillingQueryVariables>;
export const IssueInvoiceDocument = new TypedDocumentString(`
    mutation IssueInvoice($input: IssueInvoiceInput!) {
  issueInvoice(input: $input) {
    invoice {
      id
      number
      amount
      shipments {
        amount
        shipment {
          id
          noticeNumber
        }
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<IssueInvoiceMutation, IssueInvoiceMutationVariables>;
export const RecordPaymentDocument = new TypedDocumentString(`
    mutation RecordPayment($input: RecordPaymentInput!) {
  recordPayment(input: $input) {
    payment {
      id
      number
      amount
      confirmedAt
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const ConfirmPaymentDocument = new TypedDocumentString(`
    mutation ConfirmPayment($input: ConfirmPaymentInput!) {
  confirmPayment(input: $input) {
    payment {
      id
      number
      amount
      confirmedAt
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<ConfirmPaymentMutation, ConfirmPaymentMutationVariables>;
export const UnconfirmedPaymentsDocument = new TypedDocumentString(`
    query UnconfirmedPayments($first: Int, $after: String, $order: [PaymentSortInput!]) {
  payments(
    first: $first
    after: $after
    order: $order
    where: {confirmedAt: {eq: null}}
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      id
      number
      amount
      receivedOn
      method
      invoice {
        id
        number
      }
      contract {
        id
        number
        customer {
          id
          name
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<UnconfirmedPaymentsQuery, UnconfirmedPaymentsQueryVariables>;
export const FinanceCustomersDocument = new TypedDocumentString(`
    query FinanceCustomers($where: CustomerFilterInput) {
  customers(first: 20, where: $where, order: [{name: ASC}]) {
    nodes {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FinanceCustomersQuery, FinanceCustomersQueryVariables>;
export const CustomerDeskDocument = new TypedDocumentString(`
    query CustomerDesk($id: ID!) {
  customer(id: $id) {
    id
    code
    name
    openReceivables
    receivables(first: 100, order: [{dueOn: ASC}, {issuedOn: ASC}]) {
      nodes {
        id
        number
        amount
        openAmount
        status
        issuedOn
        dueOn
        daysOverdue
      }
    }
    unappliedReceipts(first: 100) {
      nodes {
        id
        number
        amount
        unappliedAmount
        receivedOn
        bankReference
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerDeskQuery, CustomerDeskQueryVariables>;
export const RecordReceiptDocument = new TypedDocumentString(`
    mutation RecordReceipt($input: RecordReceiptInput!) {
  recordReceipt(input: $input) {
    receipt {
      id
      number
      amount
      unappliedAmount
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<RecordReceiptMutation, RecordReceiptMutationVariables>;
export const ApplyReceiptDocument = new TypedDocumentString(`
    mutation ApplyReceipt($input: ApplyReceiptInput!) {
  applyReceipt(input: $input) {
    receipt {
      id
      number
      appliedAmount
      unappliedAmount
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<ApplyReceiptMutation, ApplyReceiptMutationVariables>;
export const FinanceInvoicesDocument = new TypedDocumentString(`
    query FinanceInvoices($first: Int, $after: String, $where: InvoiceFilterInput, $order: [InvoiceSortInput!]) {
  invoices(first: $first, after: $after, where: $where, order: $order) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      id
      number
      amount
      paidAmount
      openAmount
      status
      version
      taxRate
      netAmount
      taxAmount
      issuedOn
      dueOn
      daysOverdue
      contract {
        id
        number
        customer {
          id
          name
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<FinanceInvoicesQuery, FinanceInvoicesQueryVariables>;
export const VoidInvoiceDocument = new TypedDocumentString(`
    mutation VoidInvoice($input: VoidInvoiceInput!) {
  voidInvoice(input: $input) {
    invoice {
      id
      number
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<VoidInvoiceMutation, VoidInvoiceMutationVariables>;
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
export const ReturnRequestsDocument = new TypedDocumentString(`
    query ReturnRequests($first: Int, $after: String, $order: [ReturnRequestSortInput!], $where: ReturnRequestFilterInput) {
  returnRequests(first: $first, after: $after, order: $order, where: $where) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      id
      number
      status
      amount
      requestedAt
      customer {
        id
        name
      }
      shipment {
        id
        noticeNumber
      }
      creditNote {
        number
        amount
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<ReturnRequestsQuery, ReturnRequestsQueryVariables>;
export const ReturnRequestDocument = new TypedDocumentString(`
    query ReturnRequest($id: ID!) {
  returnRequest(id: $id) {
    id
    number
    status
    reason
    amount
    version
    requestedAt
    decidedAt
    rejectionReason
    receivedOn
    carrierNote
    customer {
      id
      name
    }
    shipment {
      id
      noticeNumber
      deliveredOn
      contract {
        id
        number
      }
    }
    requestedBy {
      name
    }
    decidedBy {
      name
    }
    receivedBy {
      name
    }
    lines(first: 100) {
      nodes {
        id
        lineNo
        quantity
        receivedQuantity
        unitPrice
        amount
        creditedAmount
        product {
          sku
          name
        }
      }
    }
    creditNote {
      number
      amount
      issuedOn
    }
  }
}
    `) as unknown as TypedDocumentString<ReturnRequestQuery, ReturnRequestQueryVariables>;
export const ContractShipmentsForReturnsDocument = new TypedDocumentString(`
    query ContractShipmentsForReturns($id: ID!) {
  contract(id: $id) {
    id
    number
    customer {
      id
      name
    }
    shipments(first: 50) {
      nodes {
        id
        noticeNumber
        status
        carrier
        shippedOn
        deliveredOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContractShipmentsForReturnsQuery, ContractShipmentsForReturnsQueryVariables>;
export const ReturnableLinesDocument = new TypedDocumentString(`
    query ReturnableLines($shipmentId: ID!) {
  returnableLines(shipmentId: $shipmentId) {
    shipmentLineId
    delivered
    returned
    returnable
    unitPrice
    product {
      sku
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReturnableLinesQuery, ReturnableLinesQueryVariables>;
export const RequestReturnDocument = new TypedDocumentString(`
    mutation RequestReturn($input: RequestReturnInput!) {
  requestReturn(input: $input) {
    returnRequest {
      id
      number
      status
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<RequestReturnMutation, RequestReturnMutationVariables>;
export const ApproveReturnDocument = new TypedDocumentString(`
    mutation ApproveReturn($input: ApproveReturnInput!) {
  approveReturn(input: $input) {
    returnRequest {
      id
      number
      status
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<ApproveReturnMutation, ApproveReturnMutationVariables>;
export const RejectReturnDocument = new TypedDocumentString(`
    mutation RejectReturn($input: RejectReturnInput!) {
  rejectReturn(input: $input) {
    returnRequest {
      id
      number
      status
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<RejectReturnMutation, RejectReturnMutationVariables>;
export const ReceiveReturnDocument = new TypedDocumentString(`
    mutation ReceiveReturn($input: ReceiveReturnInput!) {
  receiveReturn(input: $input) {
    returnRequest {
      id
      number
      status
      version
      creditNote {
        number
        amount
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<ReceiveReturnMutation, ReceiveReturnMutationVariables>;
export const ApproveDeliveryNoticeDocument = new TypedDocumentString(`
    mutation ApproveDeliveryNotice($input: ApproveDeliveryNoticeInput!) {
  approveDeliveryNotice(input: $input) {
    shipment {
      id
      status
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<ApproveDeliveryNoticeMutation, ApproveDeliveryNoticeMutationVariables>;
export const RejectDeliveryNoticeDocument = new TypedDocumentString(`
    mutation RejectDeliveryNotice($input: RejectDeliveryNoticeInput!) {
  rejectDeliveryNotice(input: $input) {
    shipment {
      id
      status
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<RejectDeliveryNoticeMutation, RejectDeliveryNoticeMutationVariables>;
export const MarkShippedDocument = new TypedDocumentString(`
    mutation MarkShipped($input: MarkShippedInput!) {
  markShipped(input: $input) {
    shipment {
      id
      status
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<MarkShippedMutation, MarkShippedMutationVariables>;
export const MarkDeliveredDocument = new TypedDocumentString(`
    mutation MarkDelivered($input: MarkDeliveredInput!) {
  markDelivered(input: $input) {
    shipment {
      id
      status
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<MarkDeliveredMutation, MarkDeliveredMutationVariables>;
export const CancelShipmentDocument = new TypedDocumentString(`
    mutation CancelShipment($input: CancelShipmentInput!) {
  cancelShipment(input: $input) {
    shipment {
      id
      status
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<CancelShipmentMutation, CancelShipmentMutationVariables>;
export const DueToShipTodayDocument = new TypedDocumentString(`
    query DueToShipToday($first: Int, $after: String, $order: [ShipmentSortInput!]) {
  dueToShipToday(first: $first, after: $after, order: $order) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...ShipmentRow
    }
  }
}
    fragment ShipmentRow on Shipment {
  id
  noticeNumber
  status
  amount
  unpaidAmount
  isOverCredit
  needsApproval
  needsDirectorApproval
  pendingApprovals
  plannedOn
  releasedOn
  shipDueOn
  shippedOn
  deliveredOn
  carrier
  waybillNumber
  version
  customer {
    id
    name
  }
  salesOrder {
    id
    number
  }
  contract {
    id
    number
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<DueToShipTodayQuery, DueToShipTodayQueryVariables>;
export const LateShipmentsDocument = new TypedDocumentString(`
    query LateShipments($first: Int, $after: String, $order: [ShipmentSortInput!]) {
  lateShipments(first: $first, after: $after, order: $order) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...ShipmentRow
    }
  }
}
    fragment ShipmentRow on Shipment {
  id
  noticeNumber
  status
  amount
  unpaidAmount
  isOverCredit
  needsApproval
  needsDirectorApproval
  pendingApprovals
  plannedOn
  releasedOn
  shipDueOn
  shippedOn
  deliveredOn
  carrier
  waybillNumber
  version
  customer {
    id
    name
  }
  salesOrder {
    id
    number
  }
  contract {
    id
    number
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<LateShipmentsQuery, LateShipmentsQueryVariables>;
export const ShippedUnpaidDocument = new TypedDocumentString(`
    query ShippedUnpaid($first: Int, $after: String, $order: [ShipmentSortInput!]) {
  shippedUnpaid(first: $first, after: $after, order: $order) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...ShipmentRow
    }
  }
}
    fragment ShipmentRow on Shipment {
  id
  noticeNumber
  status
  amount
  unpaidAmount
  isOverCredit
  needsApproval
  needsDirectorApproval
  pendingApprovals
  plannedOn
  releasedOn
  shipDueOn
  shippedOn
  deliveredOn
  carrier
  waybillNumber
  version
  customer {
    id
    name
  }
  salesOrder {
    id
    number
  }
  contract {
    id
    number
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<ShippedUnpaidQuery, ShippedUnpaidQueryVariables>;
export const ShipmentsDocument = new TypedDocumentString(`
    query Shipments($first: Int, $after: String, $where: ShipmentFilterInput, $order: [ShipmentSortInput!]) {
  shipments(first: $first, after: $after, where: $where, order: $order) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...ShipmentRow
    }
  }
}
    fragment ShipmentRow on Shipment {
  id
  noticeNumber
  status
  amount
  unpaidAmount
  isOverCredit
  needsApproval
  needsDirectorApproval
  pendingApprovals
  plannedOn
  releasedOn
  shipDueOn
  shippedOn
  deliveredOn
  carrier
  waybillNumber
  version
  customer {
    id
    name
  }
  salesOrder {
    id
    number
  }
  contract {
    id
    number
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<ShipmentsQuery, ShipmentsQueryVariables>;
export const ShipmentDocument = new TypedDocumentString(`
    query Shipment($id: ID!, $withReason: Boolean!, $withComments: Boolean!) {
  shipment(id: $id) {
    ...ShipmentRow
    createdAt
    updatedAt
    cancelledAt
    cancellationReason @include(if: $withReason)
    externalId
    lines(first: 100) {
      totalCount
      nodes {
        id
        quantity
        unitPrice
        amount
        salesOrderLineId
        product {
          id
          sku
          name
        }
      }
    }
    approvals(first: 20) {
      nodes {
        signOff
        at
        comment @include(if: $withComments)
        approvedBy {
          id
          name
        }
      }
    }
  }
}
    fragment ShipmentRow on Shipment {
  id
  noticeNumber
  status
  amount
  unpaidAmount
  isOverCredit
  needsApproval
  needsDirectorApproval
  pendingApprovals
  plannedOn
  releasedOn
  shipDueOn
  shippedOn
  deliveredOn
  carrier
  waybillNumber
  version
  customer {
    id
    name
  }
  salesOrder {
    id
    number
  }
  contract {
    id
    number
  }
}`) as unknown as TypedDocumentString<ShipmentQuery, ShipmentQueryVariables>;
export const StaffListDocument = new TypedDocumentString(`
    query StaffList($first: Int, $after: String, $withContact: Boolean!, $withPay: Boolean!) {
  staff(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
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
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<StaffListQuery, StaffListQueryVariables>;
export const StatementsDocument = new TypedDocumentString(`
    query Statements($first: Int, $after: String, $order: [StatementSortInput!], $where: StatementFilterInput) {
  statements(first: $first, after: $after, order: $order, where: $where) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      id
      number
      year
      month
      status
      openingBalance
      closingBalance
      responseNote
      customer {
        id
        code
        name
      }
      owner {
        id
        name
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<StatementsQuery, StatementsQueryVariables>;
export const StatementDocument = new TypedDocumentString(`
    query Statement($id: ID!) {
  statement(id: $id) {
    id
    number
    year
    month
    periodStart
    periodEnd
    status
    openingBalance
    invoicedAmount
    creditedAmount
    receivedAmount
    closingBalance
    responseNote
    respondedAt
    version
    customer {
      id
      code
      name
    }
    owner {
      id
      name
    }
    respondedBy {
      id
      name
    }
    lines(first: 100) {
      nodes {
        id
        lineNo
        kind
        documentNumber
        on
        amount
        balance
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementQuery, StatementQueryVariables>;
export const GenerateStatementsDocument = new TypedDocumentString(`
    mutation GenerateStatements($input: GenerateStatementsInput!) {
  generateStatements(input: $input) {
    run {
      year
      month
      generated
      alreadyThere
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<GenerateStatementsMutation, GenerateStatementsMutationVariables>;
export const RecordStatementResponseDocument = new TypedDocumentString(`
    mutation RecordStatementResponse($input: RecordStatementResponseInput!) {
  recordStatementResponse(input: $input) {
    statement {
      id
      number
      status
      responseNote
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<RecordStatementResponseMutation, RecordStatementResponseMutationVariables>;
export const TargetTreeDocument = new TypedDocumentString(`
    query TargetTree($year: Int, $root: ID) {
  targetTree(year: $year, root: $root, depth: 1) {
    ...TargetTreeFields
    children {
      ...TargetTreeFields
    }
  }
}
    fragment TargetRow on Target {
  id
  year
  quarter
  month
  scope
  salesAmount
  collectionAmount
  newCustomers
  version
  region {
    id
    name
    code
  }
  staff {
    id
    name
  }
}
fragment TargetTreeFields on TargetTreeNode {
  level
  salesActual
  salesGap
  achievementRate
  collectedActual
  collectionGap
  collectionAchievementRate
  newCustomersActual
  newCustomersGap
  childrenSalesAmount
  unallocatedSalesAmount
  unallocatedCollectionAmount
  unallocatedNewCustomers
  target {
    ...TargetRow
  }
}`) as unknown as TypedDocumentString<TargetTreeQuery, TargetTreeQueryVariables>;
export const TargetPartRegionsDocument = new TypedDocumentString(`
    query TargetPartRegions {
  regions(
    first: 500
    where: {level: {eq: 1}, isActive: {eq: true}}
    order: [{name: ASC}]
  ) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TargetPartRegionsQuery, TargetPartRegionsQueryVariables>;
export const TargetPartRepsDocument = new TypedDocumentString(`
    query TargetPartReps($first: Int, $after: String, $where: StaffFilterInput) {
  staff(first: $first, after: $after, where: $where, order: [{name: ASC}]) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      id
      name
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<TargetPartRepsQuery, TargetPartRepsQueryVariables>;
export const SplitTargetDocument = new TypedDocumentString(`
    mutation SplitTarget($input: SplitTargetInput!) {
  splitTarget(input: $input) {
    target {
      id
      version
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  path
}`) as unknown as TypedDocumentString<SplitTargetMutation, SplitTargetMutationVariables>;
export const ContactsDueDocument = new TypedDocumentString(`
    query ContactsDue($withinDays: Int, $first: Int, $after: String) {
  contactsDue(withinDays: $withinDays, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...ContactDueRow
    }
  }
}
    fragment ContactDueRow on Customer {
  id
  code
  name
  grade
  owner {
    id
    name
  }
  lastContactAt
  nextContactDueOn
  isContactOverdue
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<ContactsDueQuery, ContactsDueQueryVariables>;
export const ContactComplianceDocument = new TypedDocumentString(`
    query ContactCompliance {
  contactCompliance {
    staff {
      id
      name
    }
    customers
    onTime
    rate
  }
}
    `) as unknown as TypedDocumentString<ContactComplianceQuery, ContactComplianceQueryVariables>;
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