/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditEntries(\n    $first: Int\n    $after: String\n    $actorName: String\n    $entityType: String\n    $from: DateTime\n    $to: DateTime\n    $order: [AuditEntrySortInput!]\n  ) {\n    auditEntries(\n      first: $first\n      after: $after\n      actorName: $actorName\n      entityType: $entityType\n      from: $from\n      to: $to\n      order: $order\n    ) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        at\n        actorName\n        client\n        entityType\n        entityId\n        action\n        changes\n      }\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  query ApprovalPolicy {\n    me {\n      approvalPolicy {\n        repDiscountLimit\n        managerDiscountLimit\n        majorContractAmount\n        creditApproverRoles\n        levels {\n          level\n          approverRoles\n        }\n      }\n    }\n  }\n": typeof types.ApprovalPolicyDocument,
    "\n  query ContractEditorOptions {\n    customers(first: 500) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n      }\n    }\n    products(first: 500) {\n      nodes {\n        id\n        sku\n        name\n        listPrice\n        isActive\n      }\n    }\n  }\n": typeof types.ContractEditorOptionsDocument,
    "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateContractDocument,
    "\n  mutation UpdateContract($input: UpdateContractInput!) {\n    updateContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateContractDocument,
    "\n  mutation SubmitContract($input: SubmitContractInput!) {\n    submitContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SubmitContractDocument,
    "\n  mutation ApproveContract($input: ApproveContractInput!) {\n    approveContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ApproveContractDocument,
    "\n  mutation RejectContract($input: RejectContractInput!) {\n    rejectContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RejectContractDocument,
    "\n  mutation ActivateContract($input: ActivateContractInput!) {\n    activateContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ActivateContractDocument,
    "\n  mutation CompleteContract($input: CompleteContractInput!) {\n    completeContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CompleteContractDocument,
    "\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.TerminateContractDocument,
    "\n  fragment ContractRow on Contract {\n    id\n    number\n    status\n    signedOn\n    listTotal\n    agreedTotal\n    discountAmount\n    discountRate\n    grossMargin @include(if: $withCost)\n    version\n    approvals: history(last: 20, where: { kind: { in: [SUBMITTED, APPROVED] } })\n      @include(if: $withApprovals) {\n      nodes {\n        kind\n        approvalLevel\n      }\n    }\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    region {\n      id\n      name\n    }\n  }\n": typeof types.ContractRowFragmentDoc,
    "\n  query Contracts(\n    $first: Int\n    $after: String\n    $withCost: Boolean!\n    $withApprovals: Boolean = false\n    $where: ContractFilterInput\n    $order: [ContractSortInput!]\n  ) {\n    contracts(first: $first, after: $after, where: $where, order: $order) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...ContractRow\n      }\n    }\n  }\n": typeof types.ContractsDocument,
    "\n  query Contract($id: ID!, $withCost: Boolean!, $withComments: Boolean!, $withApprovals: Boolean!) {\n    contract(id: $id) {\n      ...ContractRow\n      currency\n      paymentTermDays\n      startOn\n      endOn\n      createdAt\n      updatedAt\n      terminationReason\n      externalId\n      costTotal @include(if: $withCost)\n      lines(first: 500) {\n        totalCount\n        nodes {\n          lineNo\n          quantity\n          listUnitPrice\n          agreedUnitPrice\n          listAmount\n          agreedAmount\n          unitCost @include(if: $withCost)\n          product {\n            id\n            sku\n            name\n          }\n        }\n      }\n      history(first: 500) {\n        nodes {\n          kind\n          fromStatus\n          toStatus\n          approvalLevel\n          at\n          comment @include(if: $withComments)\n          actor {\n            id\n            name\n          }\n        }\n      }\n      invoices(first: 100) {\n        nodes {\n          id\n          number\n          amount\n          openAmount\n          issuedOn\n          dueOn\n          daysOverdue\n        }\n      }\n      payments(first: 100) {\n        nodes {\n          id\n          number\n          amount\n          receivedOn\n          method\n          confirmedAt\n        }\n      }\n    }\n  }\n": typeof types.ContractDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        code\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer {\n        id\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  mutation ChangeCustomerGrade($input: ChangeCustomerGradeInput!) {\n    changeCustomerGrade(input: $input) {\n      customer {\n        id\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ChangeCustomerGradeDocument,
    "\n  mutation AssignCustomerOwner($input: AssignCustomerOwnerInput!) {\n    assignCustomerOwner(input: $input) {\n      customer {\n        id\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AssignCustomerOwnerDocument,
    "\n  mutation SetCustomerCredit($input: SetCustomerCreditInput!) {\n    setCustomerCredit(input: $input) {\n      customer {\n        id\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetCustomerCreditDocument,
    "\n  mutation DeactivateCustomer($input: DeactivateCustomerInput!) {\n    deactivateCustomer(input: $input) {\n      customer {\n        id\n        version\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeactivateCustomerDocument,
    "\n  query CustomerOwnerCandidates($regionCode: String!) {\n    staff(\n      first: 200\n      where: {\n        role: { eq: SALES_REP }\n        isActive: { eq: true }\n        or: [\n          { region: { code: { eq: $regionCode } } }\n          { region: { parent: { code: { eq: $regionCode } } } }\n        ]\n      }\n      order: [{ name: ASC }]\n    ) {\n      nodes {\n        id\n        name\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CustomerOwnerCandidatesDocument,
    "\n  query CustomerRegionOptions {\n    regions(first: 200, where: { isActive: { eq: true } }, order: [{ code: ASC }]) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.CustomerRegionOptionsDocument,
    "\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      activity {\n        id\n        kind\n        occurredAt\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.LogActivityDocument,
    "\n  mutation AnswerComplaint($input: AnswerComplaintInput!) {\n    answerComplaint(input: $input) {\n      activity {\n        id\n        answeredAt\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AnswerComplaintDocument,
    "\n  query Customers(\n    $first: Int\n    $after: String\n    $withCredit: Boolean!\n    $withContacts: Boolean!\n    $where: CustomerFilterInput\n    $order: [CustomerSortInput!]\n  ) {\n    customers(first: $first, after: $after, where: $where, order: $order) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    kind\n    industry\n    grade\n    status\n    source\n    region {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    contactPerson @include(if: $withContacts)\n    mobile @include(if: $withContacts)\n    creditLimit @include(if: $withCredit)\n    paymentTermDays @include(if: $withCredit)\n  }\n": typeof types.CustomerRowFragmentDoc,
    "\n  query Customer($id: ID!, $withCredit: Boolean!, $withContacts: Boolean!) {\n    customer(id: $id) {\n      ...CustomerRow\n      version\n      region {\n        id\n        code\n      }\n      address @include(if: $withContacts)\n      designatedCarrier\n      createdAt\n      firstContractOn\n      externalId\n      lastContactAt\n      nextContactDueOn\n      isContactOverdue\n    }\n  }\n": typeof types.CustomerDocument,
    "\n  query CustomerContracts($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      id\n      contracts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        nodes {\n          id\n          number\n          status\n          signedOn\n          agreedTotal\n          discountAmount\n        }\n      }\n    }\n  }\n": typeof types.CustomerContractsDocument,
    "\n  query CustomerReceivables($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      id\n      receivables(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        nodes {\n          id\n          number\n          amount\n          openAmount\n          issuedOn\n          dueOn\n          daysOverdue\n          contract {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerReceivablesDocument,
    "\n  query CustomerActivities($id: ID!, $first: Int, $after: String, $withText: Boolean!) {\n    customer(id: $id) {\n      id\n      activities(first: $first, after: $after, order: [{ occurredAt: DESC }]) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        nodes {\n          id\n          kind\n          occurredAt\n          answeredAt\n          subject @include(if: $withText)\n          staff {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerActivitiesDocument,
    "\n  fragment KpiFigures on KpiRow {\n    salesAmount\n    target\n    achievementRate\n    collectedAmount\n    receivablesDue\n    collectionRate\n    overdueReceivables\n    newCustomers\n    contractCount\n    grossMargin @include(if: $withMargin)\n  }\n": typeof types.KpiFiguresFragmentDoc,
    "\n  query DashboardKpis($period: KpiPeriodInput!, $where: KpiFilterInput, $withMargin: Boolean!) {\n    total: kpis(period: $period, where: $where) {\n      ...KpiFigures\n    }\n    byMonth: kpis(period: $period, where: $where, groupBy: [MONTH]) {\n      month\n      salesAmount\n      target\n      collectedAmount\n    }\n    byRegion: kpis(period: $period, where: $where, groupBy: [REGION]) {\n      region {\n        id\n        name\n      }\n      ...KpiFigures\n    }\n    byStaff: kpis(period: $period, where: $where, groupBy: [STAFF]) {\n      staff {\n        id\n        name\n      }\n      ...KpiFigures\n    }\n  }\n": typeof types.DashboardKpisDocument,
    "\n  fragment AgingBuckets on ReceivablesAgingRow {\n    notDue\n    days0To30\n    days31To60\n    days61To90\n    over90Days\n    overdue\n    open\n  }\n": typeof types.AgingBucketsFragmentDoc,
    "\n  query ReceivablesAging($where: KpiFilterInput) {\n    total: receivablesAging(where: $where) {\n      ...AgingBuckets\n    }\n    byRegion: receivablesAging(where: $where, groupBy: [REGION]) {\n      region {\n        id\n        name\n      }\n      ...AgingBuckets\n    }\n  }\n": typeof types.ReceivablesAgingDocument,
    "\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    amount\n    paidAmount\n    openAmount\n    issuedOn\n    dueOn\n    daysOverdue\n    contract {\n      id\n      number\n      customer {\n        id\n        name\n      }\n      owner {\n        id\n        name\n      }\n      region {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InvoiceRowFragmentDoc,
    "\n  query Invoices(\n    $first: Int\n    $after: String\n    $where: InvoiceFilterInput\n    $order: [InvoiceSortInput!]\n  ) {\n    invoices(first: $first, after: $after, where: $where, order: $order) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...InvoiceRow\n      }\n    }\n  }\n": typeof types.InvoicesDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment {\n        id\n        number\n        amount\n        confirmedAt\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  mutation ConfirmPayment($input: ConfirmPaymentInput!) {\n    confirmPayment(input: $input) {\n      payment {\n        id\n        number\n        amount\n        confirmedAt\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ConfirmPaymentDocument,
    "\n  query UnconfirmedPayments($first: Int, $after: String, $order: [PaymentSortInput!]) {\n    payments(first: $first, after: $after, order: $order, where: { confirmedAt: { eq: null } }) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        number\n        amount\n        receivedOn\n        method\n        invoice {\n          id\n          number\n        }\n        contract {\n          id\n          number\n          customer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnconfirmedPaymentsDocument,
    "\n  query Regions {\n    regions(first: 500) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        level\n        isActive\n        parent {\n          id\n        }\n        manager {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  query StaffList($first: Int, $after: String, $withContact: Boolean!, $withPay: Boolean!) {\n    staff(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        employeeNumber\n        name\n        role\n        hireDate\n        isActive\n        region {\n          id\n          name\n        }\n        reportsTo {\n          id\n          name\n        }\n        email @include(if: $withContact)\n        mobile @include(if: $withContact)\n        baseSalary @include(if: $withPay)\n        commissionRate @include(if: $withPay)\n      }\n    }\n  }\n": typeof types.StaffListDocument,
    "\n  fragment TargetRow on Target {\n    id\n    year\n    quarter\n    month\n    scope\n    salesAmount\n    collectionAmount\n    newCustomers\n    version\n    region {\n      id\n      name\n      code\n    }\n    staff {\n      id\n      name\n    }\n  }\n": typeof types.TargetRowFragmentDoc,
    "\n  fragment TargetTreeFields on TargetTreeNode {\n    level\n    salesActual\n    salesGap\n    achievementRate\n    collectedActual\n    collectionGap\n    collectionAchievementRate\n    newCustomersActual\n    newCustomersGap\n    childrenSalesAmount\n    unallocatedSalesAmount\n    unallocatedCollectionAmount\n    unallocatedNewCustomers\n    target {\n      ...TargetRow\n    }\n  }\n": typeof types.TargetTreeFieldsFragmentDoc,
    "\n  query TargetTree($year: Int, $root: ID) {\n    targetTree(year: $year, root: $root, depth: 1) {\n      ...TargetTreeFields\n      children {\n        ...TargetTreeFields\n      }\n    }\n  }\n": typeof types.TargetTreeDocument,
    "\n  query TargetPartRegions {\n    regions(\n      first: 500\n      where: { level: { eq: 1 }, isActive: { eq: true } }\n      order: [{ name: ASC }]\n    ) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TargetPartRegionsDocument,
    "\n  query TargetPartReps($first: Int, $after: String, $where: StaffFilterInput) {\n    staff(first: $first, after: $after, where: $where, order: [{ name: ASC }]) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TargetPartRepsDocument,
    "\n  mutation SplitTarget($input: SplitTargetInput!) {\n    splitTarget(input: $input) {\n      target {\n        id\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SplitTargetDocument,
    "\n  fragment ContactDueRow on Customer {\n    id\n    code\n    name\n    grade\n    owner {\n      id\n      name\n    }\n    lastContactAt\n    nextContactDueOn\n    isContactOverdue\n  }\n": typeof types.ContactDueRowFragmentDoc,
    "\n  query ContactsDue($withinDays: Int, $first: Int, $after: String) {\n    contactsDue(withinDays: $withinDays, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...ContactDueRow\n      }\n    }\n  }\n": typeof types.ContactsDueDocument,
    "\n  query ContactCompliance {\n    contactCompliance {\n      staff {\n        id\n        name\n      }\n      customers\n      onTime\n      rate\n    }\n  }\n": typeof types.ContactComplianceDocument,
    "\n  query Me {\n    me {\n      username\n      role\n      scope\n      actions\n      staff {\n        id\n        name\n      }\n      region {\n        id\n        code\n        name\n      }\n      fields {\n        type\n        field\n        access\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment UserErrorFields on UserError {\n    code\n    message\n    path\n  }\n": typeof types.UserErrorFieldsFragmentDoc,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.PageInfoFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query AuditEntries(\n    $first: Int\n    $after: String\n    $actorName: String\n    $entityType: String\n    $from: DateTime\n    $to: DateTime\n    $order: [AuditEntrySortInput!]\n  ) {\n    auditEntries(\n      first: $first\n      after: $after\n      actorName: $actorName\n      entityType: $entityType\n      from: $from\n      to: $to\n      order: $order\n    ) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        at\n        actorName\n        client\n        entityType\n        entityId\n        action\n        changes\n      }\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  query ApprovalPolicy {\n    me {\n      approvalPolicy {\n        repDiscountLimit\n        managerDiscountLimit\n        majorContractAmount\n        creditApproverRoles\n        levels {\n          level\n          approverRoles\n        }\n      }\n    }\n  }\n": types.ApprovalPolicyDocument,
    "\n  query ContractEditorOptions {\n    customers(first: 500) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n      }\n    }\n    products(first: 500) {\n      nodes {\n        id\n        sku\n        name\n        listPrice\n        isActive\n      }\n    }\n  }\n": types.ContractEditorOptionsDocument,
    "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateContractDocument,
    "\n  mutation UpdateContract($input: UpdateContractInput!) {\n    updateContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateContractDocument,
    "\n  mutation SubmitContract($input: SubmitContractInput!) {\n    submitContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SubmitContractDocument,
    "\n  mutation ApproveContract($input: ApproveContractInput!) {\n    approveContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ApproveContractDocument,
    "\n  mutation RejectContract($input: RejectContractInput!) {\n    rejectContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RejectContractDocument,
    "\n  mutation ActivateContract($input: ActivateContractInput!) {\n    activateContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ActivateContractDocument,
    "\n  mutation CompleteContract($input: CompleteContractInput!) {\n    completeContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CompleteContractDocument,
    "\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.TerminateContractDocument,
    "\n  fragment ContractRow on Contract {\n    id\n    number\n    status\n    signedOn\n    listTotal\n    agreedTotal\n    discountAmount\n    discountRate\n    grossMargin @include(if: $withCost)\n    version\n    approvals: history(last: 20, where: { kind: { in: [SUBMITTED, APPROVED] } })\n      @include(if: $withApprovals) {\n      nodes {\n        kind\n        approvalLevel\n      }\n    }\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    region {\n      id\n      name\n    }\n  }\n": types.ContractRowFragmentDoc,
    "\n  query Contracts(\n    $first: Int\n    $after: String\n    $withCost: Boolean!\n    $withApprovals: Boolean = false\n    $where: ContractFilterInput\n    $order: [ContractSortInput!]\n  ) {\n    contracts(first: $first, after: $after, where: $where, order: $order) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...ContractRow\n      }\n    }\n  }\n": types.ContractsDocument,
    "\n  query Contract($id: ID!, $withCost: Boolean!, $withComments: Boolean!, $withApprovals: Boolean!) {\n    contract(id: $id) {\n      ...ContractRow\n      currency\n      paymentTermDays\n      startOn\n      endOn\n      createdAt\n      updatedAt\n      terminationReason\n      externalId\n      costTotal @include(if: $withCost)\n      lines(first: 500) {\n        totalCount\n        nodes {\n          lineNo\n          quantity\n          listUnitPrice\n          agreedUnitPrice\n          listAmount\n          agreedAmount\n          unitCost @include(if: $withCost)\n          product {\n            id\n            sku\n            name\n          }\n        }\n      }\n      history(first: 500) {\n        nodes {\n          kind\n          fromStatus\n          toStatus\n          approvalLevel\n          at\n          comment @include(if: $withComments)\n          actor {\n            id\n            name\n          }\n        }\n      }\n      invoices(first: 100) {\n        nodes {\n          id\n          number\n          amount\n          openAmount\n          issuedOn\n          dueOn\n          daysOverdue\n        }\n      }\n      payments(first: 100) {\n        nodes {\n          id\n          number\n          amount\n          receivedOn\n          method\n          confirmedAt\n        }\n      }\n    }\n  }\n": types.ContractDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        code\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer {\n        id\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  mutation ChangeCustomerGrade($input: ChangeCustomerGradeInput!) {\n    changeCustomerGrade(input: $input) {\n      customer {\n        id\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ChangeCustomerGradeDocument,
    "\n  mutation AssignCustomerOwner($input: AssignCustomerOwnerInput!) {\n    assignCustomerOwner(input: $input) {\n      customer {\n        id\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AssignCustomerOwnerDocument,
    "\n  mutation SetCustomerCredit($input: SetCustomerCreditInput!) {\n    setCustomerCredit(input: $input) {\n      customer {\n        id\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetCustomerCreditDocument,
    "\n  mutation DeactivateCustomer($input: DeactivateCustomerInput!) {\n    deactivateCustomer(input: $input) {\n      customer {\n        id\n        version\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeactivateCustomerDocument,
    "\n  query CustomerOwnerCandidates($regionCode: String!) {\n    staff(\n      first: 200\n      where: {\n        role: { eq: SALES_REP }\n        isActive: { eq: true }\n        or: [\n          { region: { code: { eq: $regionCode } } }\n          { region: { parent: { code: { eq: $regionCode } } } }\n        ]\n      }\n      order: [{ name: ASC }]\n    ) {\n      nodes {\n        id\n        name\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CustomerOwnerCandidatesDocument,
    "\n  query CustomerRegionOptions {\n    regions(first: 200, where: { isActive: { eq: true } }, order: [{ code: ASC }]) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.CustomerRegionOptionsDocument,
    "\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      activity {\n        id\n        kind\n        occurredAt\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.LogActivityDocument,
    "\n  mutation AnswerComplaint($input: AnswerComplaintInput!) {\n    answerComplaint(input: $input) {\n      activity {\n        id\n        answeredAt\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AnswerComplaintDocument,
    "\n  query Customers(\n    $first: Int\n    $after: String\n    $withCredit: Boolean!\n    $withContacts: Boolean!\n    $where: CustomerFilterInput\n    $order: [CustomerSortInput!]\n  ) {\n    customers(first: $first, after: $after, where: $where, order: $order) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n": types.CustomersDocument,
    "\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    kind\n    industry\n    grade\n    status\n    source\n    region {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    contactPerson @include(if: $withContacts)\n    mobile @include(if: $withContacts)\n    creditLimit @include(if: $withCredit)\n    paymentTermDays @include(if: $withCredit)\n  }\n": types.CustomerRowFragmentDoc,
    "\n  query Customer($id: ID!, $withCredit: Boolean!, $withContacts: Boolean!) {\n    customer(id: $id) {\n      ...CustomerRow\n      version\n      region {\n        id\n        code\n      }\n      address @include(if: $withContacts)\n      designatedCarrier\n      createdAt\n      firstContractOn\n      externalId\n      lastContactAt\n      nextContactDueOn\n      isContactOverdue\n    }\n  }\n": types.CustomerDocument,
    "\n  query CustomerContracts($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      id\n      contracts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        nodes {\n          id\n          number\n          status\n          signedOn\n          agreedTotal\n          discountAmount\n        }\n      }\n    }\n  }\n": types.CustomerContractsDocument,
    "\n  query CustomerReceivables($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      id\n      receivables(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        nodes {\n          id\n          number\n          amount\n          openAmount\n          issuedOn\n          dueOn\n          daysOverdue\n          contract {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n": types.CustomerReceivablesDocument,
    "\n  query CustomerActivities($id: ID!, $first: Int, $after: String, $withText: Boolean!) {\n    customer(id: $id) {\n      id\n      activities(first: $first, after: $after, order: [{ occurredAt: DESC }]) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        nodes {\n          id\n          kind\n          occurredAt\n          answeredAt\n          subject @include(if: $withText)\n          staff {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CustomerActivitiesDocument,
    "\n  fragment KpiFigures on KpiRow {\n    salesAmount\n    target\n    achievementRate\n    collectedAmount\n    receivablesDue\n    collectionRate\n    overdueReceivables\n    newCustomers\n    contractCount\n    grossMargin @include(if: $withMargin)\n  }\n": types.KpiFiguresFragmentDoc,
    "\n  query DashboardKpis($period: KpiPeriodInput!, $where: KpiFilterInput, $withMargin: Boolean!) {\n    total: kpis(period: $period, where: $where) {\n      ...KpiFigures\n    }\n    byMonth: kpis(period: $period, where: $where, groupBy: [MONTH]) {\n      month\n      salesAmount\n      target\n      collectedAmount\n    }\n    byRegion: kpis(period: $period, where: $where, groupBy: [REGION]) {\n      region {\n        id\n        name\n      }\n      ...KpiFigures\n    }\n    byStaff: kpis(period: $period, where: $where, groupBy: [STAFF]) {\n      staff {\n        id\n        name\n      }\n      ...KpiFigures\n    }\n  }\n": types.DashboardKpisDocument,
    "\n  fragment AgingBuckets on ReceivablesAgingRow {\n    notDue\n    days0To30\n    days31To60\n    days61To90\n    over90Days\n    overdue\n    open\n  }\n": types.AgingBucketsFragmentDoc,
    "\n  query ReceivablesAging($where: KpiFilterInput) {\n    total: receivablesAging(where: $where) {\n      ...AgingBuckets\n    }\n    byRegion: receivablesAging(where: $where, groupBy: [REGION]) {\n      region {\n        id\n        name\n      }\n      ...AgingBuckets\n    }\n  }\n": types.ReceivablesAgingDocument,
    "\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    amount\n    paidAmount\n    openAmount\n    issuedOn\n    dueOn\n    daysOverdue\n    contract {\n      id\n      number\n      customer {\n        id\n        name\n      }\n      owner {\n        id\n        name\n      }\n      region {\n        id\n        name\n      }\n    }\n  }\n": types.InvoiceRowFragmentDoc,
    "\n  query Invoices(\n    $first: Int\n    $after: String\n    $where: InvoiceFilterInput\n    $order: [InvoiceSortInput!]\n  ) {\n    invoices(first: $first, after: $after, where: $where, order: $order) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...InvoiceRow\n      }\n    }\n  }\n": types.InvoicesDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment {\n        id\n        number\n        amount\n        confirmedAt\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RecordPaymentDocument,
    "\n  mutation ConfirmPayment($input: ConfirmPaymentInput!) {\n    confirmPayment(input: $input) {\n      payment {\n        id\n        number\n        amount\n        confirmedAt\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ConfirmPaymentDocument,
    "\n  query UnconfirmedPayments($first: Int, $after: String, $order: [PaymentSortInput!]) {\n    payments(first: $first, after: $after, order: $order, where: { confirmedAt: { eq: null } }) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        number\n        amount\n        receivedOn\n        method\n        invoice {\n          id\n          number\n        }\n        contract {\n          id\n          number\n          customer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UnconfirmedPaymentsDocument,
    "\n  query Regions {\n    regions(first: 500) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        level\n        isActive\n        parent {\n          id\n        }\n        manager {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RegionsDocument,
    "\n  query StaffList($first: Int, $after: String, $withContact: Boolean!, $withPay: Boolean!) {\n    staff(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        employeeNumber\n        name\n        role\n        hireDate\n        isActive\n        region {\n          id\n          name\n        }\n        reportsTo {\n          id\n          name\n        }\n        email @include(if: $withContact)\n        mobile @include(if: $withContact)\n        baseSalary @include(if: $withPay)\n        commissionRate @include(if: $withPay)\n      }\n    }\n  }\n": types.StaffListDocument,
    "\n  fragment TargetRow on Target {\n    id\n    year\n    quarter\n    month\n    scope\n    salesAmount\n    collectionAmount\n    newCustomers\n    version\n    region {\n      id\n      name\n      code\n    }\n    staff {\n      id\n      name\n    }\n  }\n": types.TargetRowFragmentDoc,
    "\n  fragment TargetTreeFields on TargetTreeNode {\n    level\n    salesActual\n    salesGap\n    achievementRate\n    collectedActual\n    collectionGap\n    collectionAchievementRate\n    newCustomersActual\n    newCustomersGap\n    childrenSalesAmount\n    unallocatedSalesAmount\n    unallocatedCollectionAmount\n    unallocatedNewCustomers\n    target {\n      ...TargetRow\n    }\n  }\n": types.TargetTreeFieldsFragmentDoc,
    "\n  query TargetTree($year: Int, $root: ID) {\n    targetTree(year: $year, root: $root, depth: 1) {\n      ...TargetTreeFields\n      children {\n        ...TargetTreeFields\n      }\n    }\n  }\n": types.TargetTreeDocument,
    "\n  query TargetPartRegions {\n    regions(\n      first: 500\n      where: { level: { eq: 1 }, isActive: { eq: true } }\n      order: [{ name: ASC }]\n    ) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.TargetPartRegionsDocument,
    "\n  query TargetPartReps($first: Int, $after: String, $where: StaffFilterInput) {\n    staff(first: $first, after: $after, where: $where, order: [{ name: ASC }]) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.TargetPartRepsDocument,
    "\n  mutation SplitTarget($input: SplitTargetInput!) {\n    splitTarget(input: $input) {\n      target {\n        id\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SplitTargetDocument,
    "\n  fragment ContactDueRow on Customer {\n    id\n    code\n    name\n    grade\n    owner {\n      id\n      name\n    }\n    lastContactAt\n    nextContactDueOn\n    isContactOverdue\n  }\n": types.ContactDueRowFragmentDoc,
    "\n  query ContactsDue($withinDays: Int, $first: Int, $after: String) {\n    contactsDue(withinDays: $withinDays, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...ContactDueRow\n      }\n    }\n  }\n": types.ContactsDueDocument,
    "\n  query ContactCompliance {\n    contactCompliance {\n      staff {\n        id\n        name\n      }\n      customers\n      onTime\n      rate\n    }\n  }\n": types.ContactComplianceDocument,
    "\n  query Me {\n    me {\n      username\n      role\n      scope\n      actions\n      staff {\n        id\n        name\n      }\n      region {\n        id\n        code\n        name\n      }\n      fields {\n        type\n        field\n        access\n      }\n    }\n  }\n": types.MeDocument,
    "\n  fragment UserErrorFields on UserError {\n    code\n    message\n    path\n  }\n": types.UserErrorFieldsFragmentDoc,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.PageInfoFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntries(\n    $first: Int\n    $after: String\n    $actorName: String\n    $entityType: String\n    $from: DateTime\n    $to: DateTime\n    $order: [AuditEntrySortInput!]\n  ) {\n    auditEntries(\n      first: $first\n      after: $after\n      actorName: $actorName\n      entityType: $entityType\n      from: $from\n      to: $to\n      order: $order\n    ) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        at\n        actorName\n        client\n        entityType\n        entityId\n        action\n        changes\n      }\n    }\n  }\n"): typeof import('./graphql').AuditEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalPolicy {\n    me {\n      approvalPolicy {\n        repDiscountLimit\n        managerDiscountLimit\n        majorContractAmount\n        creditApproverRoles\n        levels {\n          level\n          approverRoles\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApprovalPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractEditorOptions {\n    customers(first: 500) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n      }\n    }\n    products(first: 500) {\n      nodes {\n        id\n        sku\n        name\n        listPrice\n        isActive\n      }\n    }\n  }\n"): typeof import('./graphql').ContractEditorOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContract($input: UpdateContractInput!) {\n    updateContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitContract($input: SubmitContractInput!) {\n    submitContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveContract($input: ApproveContractInput!) {\n    approveContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ApproveContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectContract($input: RejectContractInput!) {\n    rejectContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RejectContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateContract($input: ActivateContractInput!) {\n    activateContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ActivateContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteContract($input: CompleteContractInput!) {\n    completeContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CompleteContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) {\n      contract {\n        id\n        number\n        status\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').TerminateContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractRow on Contract {\n    id\n    number\n    status\n    signedOn\n    listTotal\n    agreedTotal\n    discountAmount\n    discountRate\n    grossMargin @include(if: $withCost)\n    version\n    approvals: history(last: 20, where: { kind: { in: [SUBMITTED, APPROVED] } })\n      @include(if: $withApprovals) {\n      nodes {\n        kind\n        approvalLevel\n      }\n    }\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    region {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ContractRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contracts(\n    $first: Int\n    $after: String\n    $withCost: Boolean!\n    $withApprovals: Boolean = false\n    $where: ContractFilterInput\n    $order: [ContractSortInput!]\n  ) {\n    contracts(first: $first, after: $after, where: $where, order: $order) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...ContractRow\n      }\n    }\n  }\n"): typeof import('./graphql').ContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contract($id: ID!, $withCost: Boolean!, $withComments: Boolean!, $withApprovals: Boolean!) {\n    contract(id: $id) {\n      ...ContractRow\n      currency\n      paymentTermDays\n      startOn\n      endOn\n      createdAt\n      updatedAt\n      terminationReason\n      externalId\n      costTotal @include(if: $withCost)\n      lines(first: 500) {\n        totalCount\n        nodes {\n          lineNo\n          quantity\n          listUnitPrice\n          agreedUnitPrice\n          listAmount\n          agreedAmount\n          unitCost @include(if: $withCost)\n          product {\n            id\n            sku\n            name\n          }\n        }\n      }\n      history(first: 500) {\n        nodes {\n          kind\n          fromStatus\n          toStatus\n          approvalLevel\n          at\n          comment @include(if: $withComments)\n          actor {\n            id\n            name\n          }\n        }\n      }\n      invoices(first: 100) {\n        nodes {\n          id\n          number\n          amount\n          openAmount\n          issuedOn\n          dueOn\n          daysOverdue\n        }\n      }\n      payments(first: 100) {\n        nodes {\n          id\n          number\n          amount\n          receivedOn\n          method\n          confirmedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        code\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer {\n        id\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCustomerGrade($input: ChangeCustomerGradeInput!) {\n    changeCustomerGrade(input: $input) {\n      customer {\n        id\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeCustomerGradeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCustomerOwner($input: AssignCustomerOwnerInput!) {\n    assignCustomerOwner(input: $input) {\n      customer {\n        id\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').AssignCustomerOwnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCustomerCredit($input: SetCustomerCreditInput!) {\n    setCustomerCredit(input: $input) {\n      customer {\n        id\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').SetCustomerCreditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateCustomer($input: DeactivateCustomerInput!) {\n    deactivateCustomer(input: $input) {\n      customer {\n        id\n        version\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').DeactivateCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerOwnerCandidates($regionCode: String!) {\n    staff(\n      first: 200\n      where: {\n        role: { eq: SALES_REP }\n        isActive: { eq: true }\n        or: [\n          { region: { code: { eq: $regionCode } } }\n          { region: { parent: { code: { eq: $regionCode } } } }\n        ]\n      }\n      order: [{ name: ASC }]\n    ) {\n      nodes {\n        id\n        name\n        region {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerOwnerCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerRegionOptions {\n    regions(first: 200, where: { isActive: { eq: true } }, order: [{ code: ASC }]) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerRegionOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      activity {\n        id\n        kind\n        occurredAt\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').LogActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerComplaint($input: AnswerComplaintInput!) {\n    answerComplaint(input: $input) {\n      activity {\n        id\n        answeredAt\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').AnswerComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers(\n    $first: Int\n    $after: String\n    $withCredit: Boolean!\n    $withContacts: Boolean!\n    $where: CustomerFilterInput\n    $order: [CustomerSortInput!]\n  ) {\n    customers(first: $first, after: $after, where: $where, order: $order) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n"): typeof import('./graphql').CustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    kind\n    industry\n    grade\n    status\n    source\n    region {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    contactPerson @include(if: $withContacts)\n    mobile @include(if: $withContacts)\n    creditLimit @include(if: $withCredit)\n    paymentTermDays @include(if: $withCredit)\n  }\n"): typeof import('./graphql').CustomerRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customer($id: ID!, $withCredit: Boolean!, $withContacts: Boolean!) {\n    customer(id: $id) {\n      ...CustomerRow\n      version\n      region {\n        id\n        code\n      }\n      address @include(if: $withContacts)\n      designatedCarrier\n      createdAt\n      firstContractOn\n      externalId\n      lastContactAt\n      nextContactDueOn\n      isContactOverdue\n    }\n  }\n"): typeof import('./graphql').CustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerContracts($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      id\n      contracts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        nodes {\n          id\n          number\n          status\n          signedOn\n          agreedTotal\n          discountAmount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerReceivables($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      id\n      receivables(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        nodes {\n          id\n          number\n          amount\n          openAmount\n          issuedOn\n          dueOn\n          daysOverdue\n          contract {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerReceivablesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerActivities($id: ID!, $first: Int, $after: String, $withText: Boolean!) {\n    customer(id: $id) {\n      id\n      activities(first: $first, after: $after, order: [{ occurredAt: DESC }]) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        nodes {\n          id\n          kind\n          occurredAt\n          answeredAt\n          subject @include(if: $withText)\n          staff {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerActivitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiFigures on KpiRow {\n    salesAmount\n    target\n    achievementRate\n    collectedAmount\n    receivablesDue\n    collectionRate\n    overdueReceivables\n    newCustomers\n    contractCount\n    grossMargin @include(if: $withMargin)\n  }\n"): typeof import('./graphql').KpiFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardKpis($period: KpiPeriodInput!, $where: KpiFilterInput, $withMargin: Boolean!) {\n    total: kpis(period: $period, where: $where) {\n      ...KpiFigures\n    }\n    byMonth: kpis(period: $period, where: $where, groupBy: [MONTH]) {\n      month\n      salesAmount\n      target\n      collectedAmount\n    }\n    byRegion: kpis(period: $period, where: $where, groupBy: [REGION]) {\n      region {\n        id\n        name\n      }\n      ...KpiFigures\n    }\n    byStaff: kpis(period: $period, where: $where, groupBy: [STAFF]) {\n      staff {\n        id\n        name\n      }\n      ...KpiFigures\n    }\n  }\n"): typeof import('./graphql').DashboardKpisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgingBuckets on ReceivablesAgingRow {\n    notDue\n    days0To30\n    days31To60\n    days61To90\n    over90Days\n    overdue\n    open\n  }\n"): typeof import('./graphql').AgingBucketsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceivablesAging($where: KpiFilterInput) {\n    total: receivablesAging(where: $where) {\n      ...AgingBuckets\n    }\n    byRegion: receivablesAging(where: $where, groupBy: [REGION]) {\n      region {\n        id\n        name\n      }\n      ...AgingBuckets\n    }\n  }\n"): typeof import('./graphql').ReceivablesAgingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    amount\n    paidAmount\n    openAmount\n    issuedOn\n    dueOn\n    daysOverdue\n    contract {\n      id\n      number\n      customer {\n        id\n        name\n      }\n      owner {\n        id\n        name\n      }\n      region {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').InvoiceRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoices(\n    $first: Int\n    $after: String\n    $where: InvoiceFilterInput\n    $order: [InvoiceSortInput!]\n  ) {\n    invoices(first: $first, after: $after, where: $where, order: $order) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...InvoiceRow\n      }\n    }\n  }\n"): typeof import('./graphql').InvoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment {\n        id\n        number\n        amount\n        confirmedAt\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RecordPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPayment($input: ConfirmPaymentInput!) {\n    confirmPayment(input: $input) {\n      payment {\n        id\n        number\n        amount\n        confirmedAt\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ConfirmPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnconfirmedPayments($first: Int, $after: String, $order: [PaymentSortInput!]) {\n    payments(first: $first, after: $after, order: $order, where: { confirmedAt: { eq: null } }) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        number\n        amount\n        receivedOn\n        method\n        invoice {\n          id\n          number\n        }\n        contract {\n          id\n          number\n          customer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UnconfirmedPaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions {\n    regions(first: 500) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        level\n        isActive\n        parent {\n          id\n        }\n        manager {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffList($first: Int, $after: String, $withContact: Boolean!, $withPay: Boolean!) {\n    staff(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        employeeNumber\n        name\n        role\n        hireDate\n        isActive\n        region {\n          id\n          name\n        }\n        reportsTo {\n          id\n          name\n        }\n        email @include(if: $withContact)\n        mobile @include(if: $withContact)\n        baseSalary @include(if: $withPay)\n        commissionRate @include(if: $withPay)\n      }\n    }\n  }\n"): typeof import('./graphql').StaffListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetRow on Target {\n    id\n    year\n    quarter\n    month\n    scope\n    salesAmount\n    collectionAmount\n    newCustomers\n    version\n    region {\n      id\n      name\n      code\n    }\n    staff {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').TargetRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetTreeFields on TargetTreeNode {\n    level\n    salesActual\n    salesGap\n    achievementRate\n    collectedActual\n    collectionGap\n    collectionAchievementRate\n    newCustomersActual\n    newCustomersGap\n    childrenSalesAmount\n    unallocatedSalesAmount\n    unallocatedCollectionAmount\n    unallocatedNewCustomers\n    target {\n      ...TargetRow\n    }\n  }\n"): typeof import('./graphql').TargetTreeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetTree($year: Int, $root: ID) {\n    targetTree(year: $year, root: $root, depth: 1) {\n      ...TargetTreeFields\n      children {\n        ...TargetTreeFields\n      }\n    }\n  }\n"): typeof import('./graphql').TargetTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetPartRegions {\n    regions(\n      first: 500\n      where: { level: { eq: 1 }, isActive: { eq: true } }\n      order: [{ name: ASC }]\n    ) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').TargetPartRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetPartReps($first: Int, $after: String, $where: StaffFilterInput) {\n    staff(first: $first, after: $after, where: $where, order: [{ name: ASC }]) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').TargetPartRepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitTarget($input: SplitTargetInput!) {\n    splitTarget(input: $input) {\n      target {\n        id\n        version\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').SplitTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactDueRow on Customer {\n    id\n    code\n    name\n    grade\n    owner {\n      id\n      name\n    }\n    lastContactAt\n    nextContactDueOn\n    isContactOverdue\n  }\n"): typeof import('./graphql').ContactDueRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsDue($withinDays: Int, $first: Int, $after: String) {\n    contactsDue(withinDays: $withinDays, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...ContactDueRow\n      }\n    }\n  }\n"): typeof import('./graphql').ContactsDueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactCompliance {\n    contactCompliance {\n      staff {\n        id\n        name\n      }\n      customers\n      onTime\n      rate\n    }\n  }\n"): typeof import('./graphql').ContactComplianceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      username\n      role\n      scope\n      actions\n      staff {\n        id\n        name\n      }\n      region {\n        id\n        code\n        name\n      }\n      fields {\n        type\n        field\n        access\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserErrorFields on UserError {\n    code\n    message\n    path\n  }\n"): typeof import('./graphql').UserErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): typeof import('./graphql').PageInfoFieldsFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
