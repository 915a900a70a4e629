using static SalesGraph.Data.Entities.StaffRole;

namespace SalesGraph.Auth;

/// <summary>
/// Who may run each mutation, by name of what it changes; each mutation's declaration names its rule, so the runner
/// enforces it, the schema describes it and <c>me.actions</c> lists it from the same value. Every mutation also reads
/// its rows in the caller's row scope (<see cref="AccessMatrix.RowRule{T}"/>): "the manager of the customer's region"
/// is a manager whose scope holds the customer. Finer authority is a named rule of its own
/// (<see cref="ApprovalAuthority"/>, <see cref="TargetAuthority"/>).
/// </summary>
public static class WriteRules
{
    /// <summary>createCustomer, updateCustomer: people who work customers, and integrations with customers:write.</summary>
    public static ActionRule CustomerFile { get; } = new([Director, RegionalManager, SalesRep, SalesSupport, Integration], "customers:write");

    /// <summary>assignCustomerOwner: the director and the manager of the customer's region.</summary>
    public static ActionRule CustomerOwner { get; } = new([Director, RegionalManager]);

    /// <summary>
    /// changeCustomerGrade: the director grades directly (decision 030); the manager of the customer's region proposes
    /// (<see cref="GradeProposal"/>); reps and support do not grade.
    /// </summary>
    public static ActionRule CustomerGrade { get; } = new([Director]);

    /// <summary>proposeGradeChange: the manager of the customer's region proposes a grade (建议权, decision 030).</summary>
    public static ActionRule GradeProposal { get; } = new([RegionalManager]);

    /// <summary>approveGradeProposal, rejectGradeProposal: the director, who sets grading standards (客户等级评定).</summary>
    public static ActionRule GradeDecision { get; } = new([Director]);

    /// <summary>setCreditPolicy: the director sets each grade's default credit limit and payment term (decision 030).</summary>
    public static ActionRule CreditPolicy { get; } = new([Director]);

    /// <summary>setCustomerCredit: the credit limit and payment term are the director's and finance's, not sales'.</summary>
    public static ActionRule CustomerCredit { get; } = new([Director, Finance]);

    /// <summary>deactivateCustomer: the director and the manager of the customer's region.</summary>
    public static ActionRule CustomerDeactivation { get; } = new([Director, RegionalManager]);

    /// <summary>createContract, updateContract, submitContract: sales, and integrations with orders:write.</summary>
    public static ActionRule ContractDraft { get; } = new([Director, RegionalManager, SalesRep, Integration], "orders:write");

    /// <summary>approveContract: the approval ladder and finance; <see cref="ApprovalAuthority"/> decides the level.</summary>
    public static ActionRule ContractApproval { get; } = new([Director, RegionalManager, SalesRep, Finance]);

    /// <summary>rejectContract: managers, the director and finance; <see cref="ApprovalAuthority"/> decides whether this contract.</summary>
    public static ActionRule ContractRejection { get; } = new([Director, RegionalManager, Finance]);

    /// <summary>activateContract, completeContract: sales management, support, and integrations with orders:write.</summary>
    public static ActionRule ContractFulfilment { get; } = new([Director, RegionalManager, SalesSupport, Integration], "orders:write");

    /// <summary>terminateContract: the director and the manager of the contract's region.</summary>
    public static ActionRule ContractTermination { get; } = new([Director, RegionalManager]);

    /// <summary>
    /// createSalesOrder: support clerks (销售内勤) record orders for their region's customers, reps for their own (the
    /// sources have reps' orders consolidated weekly), and integrations with orders:write. Managers and the director do not
    /// key orders in.
    /// </summary>
    public static ActionRule OrderEntry { get; } = new([SalesRep, SalesSupport, Integration], "orders:write");

    /// <summary>confirmSalesOrder, closeSalesOrder: the desk that sent the order to the customer, and integrations with orders:write.</summary>
    public static ActionRule OrderConfirmation { get; } = new([SalesSupport, Integration], "orders:write");

    /// <summary>cancelSalesOrder: the desk, the manager of the customer's region, the director, and integrations with orders:write.</summary>
    public static ActionRule OrderCancellation { get; } = new([Director, RegionalManager, SalesSupport, Integration], "orders:write");

    /// <summary>issueInvoice, voidInvoice: finance.</summary>
    public static ActionRule Invoicing { get; } = new([Finance]);

    /// <summary>issueCreditNote: finance issues red-letter credit notes (红字发票) against invoices.</summary>
    public static ActionRule CreditNoting { get; } = new([Finance]);

    /// <summary>generateStatements (and the <c>statements</c> command): finance reconciles with every customer monthly (对账).</summary>
    public static ActionRule StatementGeneration { get; } = new([Finance]);

    /// <summary>
    /// recordStatementResponse: the customer's side answers a statement, as its owner rep or the region's clerk records it
    /// (each within its row scope).
    /// </summary>
    public static ActionRule StatementResponse { get; } = new([SalesRep, SalesSupport]);

    /// <summary>issueCollectionNotices: finance issues the collection notices (应收账款催收单).</summary>
    public static ActionRule DunningIssue { get; } = new([Finance]);

    /// <summary>escalateCollectionNotices: finance runs the escalation, and the director may push it down (督促).</summary>
    public static ActionRule DunningEscalation { get; } = new([Finance, Director]);

    /// <summary>recordPaymentPromise: the chasers — the owner rep, the region's manager, the director — each within its row scope.</summary>
    public static ActionRule PaymentPromise { get; } = new([SalesRep, RegionalManager, Director]);

    /// <summary>recordPayment and importPayments: finance, support, and integrations with payments:write.</summary>
    public static ActionRule PaymentRecording { get; } = new([Finance, SalesSupport, Integration], "payments:write");

    /// <summary>confirmPayment: finance.</summary>
    public static ActionRule PaymentConfirmation { get; } = new([Finance]);

    /// <summary>matchPayment: finance and support.</summary>
    public static ActionRule PaymentMatching { get; } = new([Finance, SalesSupport]);

    /// <summary>recordReceipt: finance and the director, and integrations with payments:write (an ERP sending bank receipts).</summary>
    public static ActionRule ReceiptRecording { get; } = new([Finance, Director, Integration], "payments:write");

    /// <summary>applyReceipt, reverseReceiptApplication: finance and the director.</summary>
    public static ActionRule ReceiptApplication { get; } = new([Finance, Director]);

    /// <summary>importBankStatement: finance (it records and may apply receipts of every customer it matches).</summary>
    public static ActionRule BankStatementImport { get; } = new([Finance]);

    /// <summary>createDeliveryNotice, markShipped, markDelivered: support, and integrations with shipments:write.</summary>
    public static ActionRule Shipping { get; } = new([SalesSupport, Integration], "shipments:write");

    /// <summary>
    /// approveDeliveryNotice, rejectDeliveryNotice: finance, the managers and the director;
    /// <see cref="DeliveryNoticeApproval"/> decides which approval the caller gives and whether the notice needs it.
    /// </summary>
    public static ActionRule DeliveryNoticeApprovals { get; } = new([Director, RegionalManager, Finance]);

    /// <summary>cancelShipment: the desk, the manager of the customer's region, the director, and integrations with shipments:write.</summary>
    public static ActionRule ShipmentCancellation { get; } = new([Director, RegionalManager, SalesSupport, Integration], "shipments:write");

    /// <summary>
    /// requestReturn: the desk (销售内勤) records a customer's return for its region, reps for their own customers, and
    /// integrations with shipments:write (returns are goods coming back).
    /// </summary>
    public static ActionRule ReturnEntry { get; } = new([SalesRep, SalesSupport, Integration], "shipments:write");

    /// <summary>approveReturn, rejectReturn: the manager of the customer's region (the sources: the manager assesses a return), or the director.</summary>
    public static ActionRule ReturnApproval { get; } = new([Director, RegionalManager]);

    /// <summary>receiveReturn: the desk books the goods back (and so issues the credit note), and integrations with shipments:write.</summary>
    public static ActionRule ReturnReceipt { get; } = new([SalesSupport, Integration], "shipments:write");

    /// <summary>setTarget, splitTarget: the director and managers; <see cref="TargetAuthority"/> decides which targets.</summary>
    public static ActionRule Targets { get; } = new([Director, RegionalManager]);

    /// <summary>logActivity: people who work customers.</summary>
    public static ActionRule CustomerFollowUp { get; } = new([Director, RegionalManager, SalesRep, SalesSupport]);

    /// <summary>
    /// logComplaint, answerComplaint, forwardComplaint, resolveComplaint: people who work customers, each within its row
    /// scope (a rep its own customers, a manager or clerk its region, the director all). Finance reads complaints (billing
    /// ones are forwarded to it) but does not answer for sales; BI, integrations and admin have no say.
    /// </summary>
    public static ActionRule ComplaintHandling { get; } = new([Director, RegionalManager, SalesRep, SalesSupport]);

    /// <summary>
    /// createOpportunity, moveOpportunity: sales (a rep its own customers, a manager its region, the director all); the
    /// desk keeps no funnel. Winning drafts a contract, which these roles may do anyway (<see cref="ContractDraft"/>).
    /// </summary>
    public static ActionRule Opportunities { get; } = new([Director, RegionalManager, SalesRep]);

    /// <summary>writeDiaryEntry: a rep writes its own diary (销售日记); managers and the director read them (decision 027).</summary>
    public static ActionRule Diary { get; } = new([SalesRep]);
}
