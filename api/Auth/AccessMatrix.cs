using System.Linq.Expressions;
using SalesGraph.Data.Entities;
using static SalesGraph.Data.Entities.StaffRole;

namespace SalesGraph.Auth;

/// <summary>
/// The authorization matrix of docs/domain.md, declared once. <see cref="Fields"/>: for every field of every type, which
/// roles read it plainly, masked, on their own rows only, or not at all — a field missing here is denied to everyone
/// (and a test fails). <see cref="RowRule{T}"/>: for every entity, which rows a role sees, as SQL-translatable
/// expressions. <see cref="Actions"/>: who may do what beyond the mutations, whose rules are <see cref="WriteRules"/>.
/// The engine (<see cref="FieldGuard"/>, <see cref="RowScopes"/>, the mutation runner) only applies what is written here.
/// </summary>
public static class AccessMatrix
{
    private static readonly StaffRole[] Everyone = Enum.GetValues<StaffRole>();
    private static readonly StaffRole[] People = [Director, RegionalManager, SalesRep, SalesSupport, Finance];

    // ── field rules ────────────────────────────────────────────────────────────────────────────────────────────
    private static readonly FieldRule Open = FieldRule.Nobody.Allow(Everyone);

    /// <summary>Customer contact data: owner rep, region manager and support, director; masked for finance and
    /// integrations (they see the row); never for BI (no personal data, masked or not) nor admin.</summary>
    private static readonly FieldRule ContactPhone = FieldRule.Nobody.Allow(Director, RegionalManager, SalesRep, SalesSupport).Mask(Masks.Phone, Finance, Integration);
    private static readonly FieldRule ContactAddress = FieldRule.Nobody.Allow(Director, RegionalManager, SalesRep, SalesSupport).Mask(Masks.Address, Finance, Integration);
    private static readonly FieldRule ContactName = FieldRule.Nobody.Allow(Director, RegionalManager, SalesRep, SalesSupport).Mask(Masks.PersonName, Finance, Integration);

    /// <summary>Credit limit and payment term: director, finance, manager.</summary>
    private static readonly FieldRule CreditTerms = FieldRule.Nobody.Allow(Director, Finance, RegionalManager);

    /// <summary>
    /// A customer's payment term and remaining credit (limit − open receivables): credit roles, the region's clerk (its
    /// delivery notices weigh credit) and the owner rep on its own customers (decision 030); the raw limit stays
    /// <see cref="CreditTerms"/>.
    /// </summary>
    private static readonly FieldRule CreditHeadroom = FieldRule.Nobody.Allow(Director, Finance, RegionalManager, SalesSupport)
        .AllowOwn((caller, row) => row is Customer c && caller.StaffId is { } me && c.OwnerId == me, SalesRep);

    /// <summary>Unit cost, cost totals and gross margin: director and finance.</summary>
    private static readonly FieldRule CostData = FieldRule.Nobody.Allow(Director, Finance);

    /// <summary>Salary and commission: the director, the person, their manager.</summary>
    private static readonly FieldRule Compensation = FieldRule.Nobody.Allow(Director)
        .AllowOwn((caller, row) => row is Staff s && caller.StaffId is { } me && (s.Id == me || s.ReportsToId == me), RegionalManager, SalesRep, SalesSupport, Finance);

    /// <summary>Staff contact data: colleagues and admin; never BI or integrations.</summary>
    private static readonly FieldRule StaffContact = FieldRule.Nobody.Allow([.. People, Admin]);

    /// <summary>Free text that may name people (notes, comments): people only.</summary>
    private static readonly FieldRule FreeText = FieldRule.Nobody.Allow(People);

    /// <summary>
    /// The production stocking plan (生产备货计划): the desk, sales management and the director, and integrations
    /// (production planning) holding production:read.
    /// </summary>
    private static readonly FieldRule ProductionPlan = FieldRule.Nobody.Allow(Director, RegionalManager, SalesSupport).AllowWithGrant(ProductionReadGrant, Integration);

    /// <summary>The grant a production-planning integration needs to read the stocking plan.</summary>
    public const string ProductionReadGrant = "production:read";

    /// <summary>The sales diary: the rep writes and reads its own, the manager its region's team, the director all (decision 027).</summary>
    private static readonly FieldRule DiaryReaders = FieldRule.Nobody.Allow(Director, RegionalManager, SalesRep);

    /// <summary>The diary's team view (who has not written): the manager and the director.</summary>
    private static readonly FieldRule DiaryReviewers = FieldRule.Nobody.Allow(Director, RegionalManager);

    /// <summary>The audit log: director and admin.</summary>
    private static readonly FieldRule AuditReaders = FieldRule.Nobody.Allow(Director, Admin);

    /// <summary>Field rules by GraphQL type and field name.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, FieldRule>> Fields { get; } = Declare(
        ("Query", Open, "node regions region staff staffMember products product customers customer contracts contract invoices invoice payments payment shipments shipment shipmentByExternalId dueToShipToday lateShipments shippedUnpaid paidAwaitingShipment salesOrders salesOrder salesOrderByExternalId lateConfirmations contactsDue contactCompliance targets target targetTree activities activity me auditEntries kpis receivablesAging returnRequests returnRequest returnableLines creditNotes creditNote complaints complaint receipts receipt opportunities opportunity funnelConversion pipelineReview statements statement collectionNotices collectionNotice collectionsToChase"),
        ("Query", ProductionPlan, "stockingPlan"),
        ("Query", DiaryReaders, "diaryEntries diaryEntry diaryDraft"),
        ("Query", DiaryReviewers, "missingDiaries"),
        ("Query", CreditTerms, "creditPolicy"),
        ("Query", Open, "gradeProposals gradeProposal"),
        ("StockingPlanWeek", Open, "week isoYear isoWeek weekStartsOn productSku productName productLine product orderedQuantity shippedQuantity openQuantity lines"),
        ("StockingPlanLine", Open, "orderNumber orderStatus confirmedAt customerCode customerName requestedOn orderedQuantity shippedQuantity openQuantity"),
        ("Region", Open, "id code name level isActive parent children manager customers staff"),
        ("Staff", Open, "id employeeNumber name role hireDate isActive region reportsTo customers"),
        ("Staff", StaffContact, "email mobile"),
        ("Staff", Compensation, "baseSalary commissionRate"),
        ("Product", Open, "id sku name productLine listPrice weightKg volumeM3 isActive"),
        ("Product", CostData, "unitCost"),
        ("Customer", Open, "id code name kind industry grade status source designatedCarrier createdAt firstContractOn externalId version lastContactAt nextContactDueOn isContactOverdue region owner contracts receivables activities salesOrders openReceivables creditNotes complaints receipts unappliedReceipts opportunities statements"),
        ("Customer", ContactName, "contactPerson"),
        ("Customer", ContactPhone, "mobile"),
        ("Customer", ContactAddress, "address"),
        ("Customer", CreditTerms, "creditLimit creditOverride"),
        ("Customer", CreditHeadroom, "paymentTermDays creditRemaining"),
        ("Customer", Open, "gradeProposals"),
        ("CreditPolicy", Open, "id grade creditLimit paymentTermDays version updatedAt updatedBy"),
        ("GradeProposal", Open, "id fromGrade toGrade status proposedAt decidedAt version isStale customer proposedBy decidedBy"),
        ("GradeProposal", FreeText, "reason decisionNote"),
        ("Contract", Open, "id number status signedOn startOn endOn listTotal agreedTotal discountAmount discountRate currency paymentTermDays terminationReason version createdAt updatedAt externalId customer owner region lines history invoices payments shipments salesOrders"),
        ("Contract", CostData, "costTotal grossMargin"),
        ("Contract", Open, "approvalState"),
        ("ContractApprovalState", Open, "level rules needsFinance given waitingFor approverRoles approvers"),
        ("ContractLine", Open, "lineNo quantity listUnitPrice agreedUnitPrice listAmount agreedAmount product"),
        ("ContractLine", CostData, "unitCost"),
        ("ContractEvent", Open, "kind fromStatus toStatus approvalLevel at actor"),
        ("ContractEvent", FreeText, "comment"),
        ("Invoice", Open, "id number amount paidAmount openAmount status version buyerTaxNumber taxRate netAmount taxAmount voidedAt voidReason issuedOn dueOn settledOn daysOverdue contract payments creditedAmount creditNotes shipments"),
        ("InvoicedShipment", Open, "amount shipment"),
        ("Payment", Open, "id number amount receivedOn method confirmedAt externalId contract invoice confirmedBy receipt"),
        ("Receipt", Open, "id number amount appliedAmount unappliedAmount receivedOn method bankReference createdAt version customer recordedBy applications payerName"),
        ("Receipt", FreeText, "payerAccount memo"),
        ("BankStatementImport", Open, "dryRun imported duplicates unmatched invalid rows"),
        ("BankStatementRowResult", Open, "index status bankReference amount customer receipt appliedAmount errors"),
        ("Shipment", Open, "id noticeNumber status carrier waybillNumber plannedOn shippedOn deliveredOn amount unpaidAmount invoicedAmount invoiceableAmount isOverCredit needsApproval needsDirectorApproval pendingApprovals releasedOn shipDueOn cancelledAt version createdAt updatedAt externalId customer salesOrder contract lines approvals"),
        ("Shipment", FreeText, "cancellationReason"),
        ("ShipmentLine", Open, "id quantity unitPrice amount salesOrderLineId product"),
        ("ShipmentApproval", Open, "signOff at approvedBy"),
        ("ShipmentApproval", FreeText, "comment"),
        ("SalesOrder", Open, "id number status amount isOverCredit submittedAt confirmDueAt confirmedAt isConfirmationLate closedAt cancelledAt version createdAt updatedAt externalId customer contract confirmedBy lines shipments"),
        ("SalesOrder", FreeText, "cancellationReason"),
        ("SalesOrderLine", Open, "id lineNo quantity unitPrice amount requestedOn noticedQuantity shippedQuantity openQuantity product"),
        ("ReturnRequest", Open, "id number status amount requestedAt decidedAt receivedOn receivedAt version createdAt updatedAt customer shipment requestedBy decidedBy receivedBy lines creditNote"),
        ("ReturnRequest", FreeText, "reason rejectionReason carrierNote"),
        ("ReturnLine", Open, "id lineNo quantity receivedQuantity unitPrice amount creditedAmount product"),
        ("ReturnableLine", Open, "shipmentLineId product delivered returned returnable unitPrice"),
        ("CreditNote", Open, "id number amount taxRate netAmount taxAmount appliedAmount unappliedAmount issuedOn createdAt customer returnRequest invoice issuedBy"),
        ("CreditNote", FreeText, "reason"),
        ("Statement", Open, "id number year month periodStart periodEnd openingBalance invoicedAmount creditedAmount receivedAmount closingBalance status generatedAt respondedAt version customer owner generatedBy respondedBy lines"),
        ("Statement", FreeText, "responseNote"),
        ("StatementLine", Open, "id lineNo kind documentNumber on amount balance"),
        ("StatementRun", Open, "year month generated alreadyThere"),
        ("CollectionNotice", Open, "id number level status overdueAmount issuedOn levelSince promisedOn promisedAmount closedOn version customer owner promisedBy items"),
        ("CollectionNotice", FreeText, "promiseNote"),
        ("CollectionNoticeItem", Open, "id invoiceNumber dueOn daysOverdue openAmount invoice"),
        ("DunningRun", Open, "issued escalated closed unchanged"),
        ("Target", Open, "id year quarter month scope salesAmount collectionAmount newCustomers version region staff parent children"),
        ("TargetTreeNode", Open, "target level salesActual salesGap achievementRate collectedActual collectionGap collectionAchievementRate newCustomersActual newCustomersGap childCount childrenSalesAmount unallocatedSalesAmount unallocatedCollectionAmount unallocatedNewCustomers children"),
        ("Activity", Open, "id kind occurredAt answeredAt customer staff"),
        ("ContactComplianceRow", Open, "staff customers onTime rate"),
        ("Activity", FreeText, "subject notes"),
        ("Complaint", Open, "id number status category severity receivedAt receivedOn answerDueAt isAnswerOverdue answerMinutesLeft minutesToAnswer answeredAt forwardedAt resolvedAt version createdAt updatedAt customer owner loggedBy answeredBy forwardedTo resolvedBy"),
        ("Complaint", FreeText, "description answer forwardNote resolution"),
        ("Opportunity", Open, "id title stage furthestStage expectedAmount expectedCloseOn source createdOn closedOn stageChangedAt version createdAt updatedAt customer owner contract"),
        ("Opportunity", FreeText, "lostReason"),
        ("DiaryEntry", Open, "id day visitsMade callsMade dealsMoved contractsDrafted contractsSubmitted complaintsAnswered summary tomorrowPlan version createdAt updatedAt staff"),
        ("DiaryDraft", Open, "day isWritable visitCount callCount dealsMovedCount contractsDraftedCount contractsSubmittedCount complaintsAnsweredCount visits calls dealsMoved contractsDrafted contractsSubmitted complaintsAnswered staff entry"),
        ("FunnelConversionRow", Open, "source created reachedIntention reachedQuote won lost open wonAmount leadToIntentionRate intentionToQuoteRate quoteToWonRate conversionRate winRate"),
        ("PipelineReviewRow", Open, "owner stage month count expectedAmount weightedAmount slipped"),
        ("KpiRow", Open, "region staff quarter month productLine customerGrade salesAmount contractCount listTotal target achievementRate collectedAmount receivablesDue collectionRate overdueReceivables newCustomers customersAtStart newCustomerRate averageDiscountRate shipmentCount onTimeShipments onTimeShipmentRate returnsAmount netSalesAmount complaintCount complaintsAnswered complaintsAnsweredInTime complaintResponseRate medianMinutesToAnswer opportunitiesCreated opportunitiesWon wonOpportunityAmount opportunitiesLost funnelWinRate openOpportunities pipelineAmount cadenceCustomers contactedOnTime visitCompliance"),
        ("KpiRow", CostData, "grossMargin"),
        ("KpiRow", Open, "subRegion"),
        ("KpiRow", Open, "invoicedAmount receivablesOutstanding daysInPeriod daysSalesOutstanding"),
        ("ReceivablesAgingRow", Open, "region staff customerGrade notDue days0To30 days31To60 days61To90 over90Days overdue open"),
        ("ReceivablesAgingRow", Open, "subRegion customer"),
        ("Me", Open, "username role client scope staff region grants fields actions approvalPolicy"),
        ("ApprovalPolicy", Open, "repDiscountLimit managerDiscountLimit majorContractAmount levels callerAuthority creditApproverRoles requiredLevel needsFinance"),
        ("ApprovalPolicyLevel", Open, "level approverRoles"),
        ("FieldPermission", Open, "type field access"),
        ("AuditEntry", AuditReaders, "id at actorName client entityType entityId action changes"));


    // ── row rules ──────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>
    /// The rows of <typeparamref name="T"/> that <paramref name="caller"/> sees. rep → own customers and contracts (and
    /// what hangs off them); manager and support → their region's subtree; director, finance → all; BI → all rows
    /// (field rules strip personal data); integration → all rows of the kinds its grants name; admin → organization
    /// (regions, staff) and the audit log only.
    /// </summary>
    /// <param name="caller">Who asks.</param>
    /// <param name="regions">The regions table, to resolve the caller's region subtree inside the same SQL.</param>
    public static Expression<Func<T, bool>> RowRule<T>(Caller caller, IQueryable<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(caller);
        object rule = typeof(T).Name switch
        {
            nameof(Region) or nameof(Staff) => caller.Role is null ? None<T>() : All<T>(),
            nameof(Product) => caller.Role is null or Admin ? None<T>() : All<T>(),
            nameof(Customer) => CustomerRows(caller, regions),
            nameof(Contract) => ContractRows(caller, regions),
            nameof(ContractLine) => RowScopes.Via((ContractLine l) => l.Contract!, ContractRows(caller, regions)),
            nameof(ContractEvent) => RowScopes.Via((ContractEvent e) => e.Contract!, ContractRows(caller, regions)),
            nameof(Invoice) => RowScopes.Via((Invoice i) => i.Contract!, ContractRows(caller, regions)),
            nameof(Payment) => RowScopes.Via((Payment p) => p.Contract!, ContractRows(caller, regions)),
            nameof(Receipt) => RowScopes.Via((Receipt r) => r.Customer!, CustomerRows(caller, regions)),
            nameof(Shipment) => RowScopes.Via((Shipment s) => s.Customer!, CustomerRows(caller, regions)),
            nameof(ShipmentLine) => RowScopes.Via((ShipmentLine l) => l.Shipment!.Customer!, CustomerRows(caller, regions)),
            nameof(ShipmentApproval) => RowScopes.Via((ShipmentApproval a) => a.Shipment!.Customer!, CustomerRows(caller, regions)),
            nameof(SalesOrder) => RowScopes.Via((SalesOrder o) => o.Customer!, CustomerRows(caller, regions)),
            nameof(SalesOrderLine) => RowScopes.Via((SalesOrderLine l) => l.SalesOrder!.Customer!, CustomerRows(caller, regions)),
            nameof(Activity) => RowScopes.Via((Activity a) => a.Customer!, CustomerRows(caller, regions)),
            nameof(ReturnRequest) => RowScopes.Via((ReturnRequest r) => r.Customer!, CustomerRows(caller, regions)),
            nameof(ReturnLine) => RowScopes.Via((ReturnLine l) => l.ReturnRequest!.Customer!, CustomerRows(caller, regions)),
            nameof(CreditNote) => RowScopes.Via((CreditNote n) => n.Customer!, CustomerRows(caller, regions)),
            nameof(Complaint) => caller.Role is Integration ? None<T>() : RowScopes.Via((Complaint c) => c.Customer!, CustomerRows(caller, regions)),
            nameof(Opportunity) => caller.Role is Integration ? None<T>() : RowScopes.Via((Opportunity o) => o.Customer!, CustomerRows(caller, regions)),
            // Statements: finance and the director all, a manager or clerk the region's customers, a rep its own; BI the
            // rows without the free text; no integration reads them.
            nameof(Statement) => caller.Role is Integration ? None<T>() : RowScopes.Via((Statement s) => s.Customer!, CustomerRows(caller, regions)),
            nameof(StatementLine) => caller.Role is Integration ? None<T>() : RowScopes.Via((StatementLine l) => l.Statement!.Customer!, CustomerRows(caller, regions)),
            // Collection notices: finance and the director all, a manager or clerk the region's, a rep its own customers'; no integration.
            nameof(CollectionNotice) => caller.Role is Integration ? None<T>() : RowScopes.Via((CollectionNotice n) => n.Customer!, CustomerRows(caller, regions)),
            nameof(CollectionNoticeItem) => caller.Role is Integration ? None<T>() : RowScopes.Via((CollectionNoticeItem i) => i.CollectionNotice!.Customer!, CustomerRows(caller, regions)),
            nameof(DiaryEntry) => DiaryRows(caller, regions),
            // Credit (decision 030): the policy for the roles that read credit terms; proposals through their customer, no integration.
            nameof(CreditPolicy) => caller.Role is Director or Finance or RegionalManager ? All<T>() : None<T>(),
            nameof(GradeProposal) => caller.Role is Integration ? None<T>() : RowScopes.Via((GradeProposal p) => p.Customer!, CustomerRows(caller, regions)),
            nameof(Target) => TargetRows(caller, regions),
            nameof(KpiMonthlyFact) => OwnedRows<KpiMonthlyFact>(caller, regions),
            nameof(KpiProductLineFact) => OwnedRows<KpiProductLineFact>(caller, regions),
            nameof(KpiRegionMonthlyFact) => RegionRows<KpiRegionMonthlyFact>(caller, regions),
            nameof(KpiDailyOverdueFact) => OwnedRows<KpiDailyOverdueFact>(caller, regions),
            nameof(KpiRegionDailyOverdueFact) => RegionRows<KpiRegionDailyOverdueFact>(caller, regions),
            nameof(AuditEntry) => caller.Role is Director or Admin ? All<T>() : None<T>(),
            _ => None<T>(),
        };
        return (Expression<Func<T, bool>>)rule;
    }

    private static Expression<Func<Customer, bool>> CustomerRows(Caller caller, IQueryable<Region> regions) => OwnedRows<Customer>(caller, regions);

    private static Expression<Func<Contract, bool>> ContractRows(Caller caller, IQueryable<Region> regions) => OwnedRows<Contract>(caller, regions);

    /// <summary>Customers and contracts alike: all for head office, the region subtree for its manager and support, own for a rep.</summary>
    private static Expression<Func<T, bool>> OwnedRows<T>(Caller caller, IQueryable<Region> regions)
        where T : IOwnedInRegion
    {
        var staffId = caller.StaffId;
        var regionId = caller.RegionId;
        return OwnedRowScope(caller) switch
        {
            RowScope.All => _ => true,
            RowScope.Region => InSubtree<T>(regions, regionId),
            RowScope.Own => c => c.OwnerId == staffId,
            _ => _ => false,
        };
    }

    /// <summary>
    /// Which customers and contracts (and so invoices, payments, shipments and KPIs) a caller sees: all for head office
    /// and the service accounts, its region's subtree for a manager or support clerk, its own for a rep.
    /// </summary>
    public static RowScope OwnedRowScope(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role switch
        {
            Director or Finance or BiAnalyst or Integration => RowScope.All,
            RegionalManager or SalesSupport when caller.RegionId is not null => RowScope.Region,
            SalesRep when caller.StaffId is not null => RowScope.Own,
            _ => RowScope.None,
        };
    }

    /// <summary>
    /// KPI sums per region (no rep): all for head office, the region subtree for its manager and support; a rep reads its
    /// own rows of <see cref="KpiMonthlyFact"/> instead.
    /// </summary>
    private static Expression<Func<T, bool>> RegionRows<T>(Caller caller, IQueryable<Region> regions)
        where T : IInRegion
    {
        return OwnedRowScope(caller) switch
        {
            RowScope.All => _ => true,
            RowScope.Region => InSubtree<T>(regions, caller.RegionId),
            _ => _ => false,
        };
    }

    /// <summary>Rows booked in region <paramref name="regionId"/> or below it, decided in SQL by the regions' paths.</summary>
    /// <param name="regions">The regions table of the query's context.</param>
    /// <param name="regionId">The subtree's root.</param>
    public static Expression<Func<T, bool>> InSubtree<T>(IQueryable<Region> regions, int? regionId)
        where T : IInRegion => row => regions.Any(r => r.Id == regionId && row.Region!.Path.StartsWith(r.Path));

    /// <summary>Diary entries: the rep's own, the manager's region's team (by the rep's region now), the director's all; nobody else's.</summary>
    private static Expression<Func<DiaryEntry, bool>> DiaryRows(Caller caller, IQueryable<Region> regions)
    {
        var staffId = caller.StaffId;
        var regionId = caller.RegionId;
        return caller.Role switch
        {
            Director => _ => true,
            RegionalManager when regionId is not null =>
                d => regions.Any(r => r.Id == regionId && d.Staff!.Region != null && d.Staff.Region.Path.StartsWith(r.Path)),
            SalesRep when staffId is not null => d => d.StaffId == staffId,
            _ => _ => false,
        };
    }

    private static Expression<Func<Target, bool>> TargetRows(Caller caller, IQueryable<Region> regions)
    {
        var staffId = caller.StaffId;
        var regionId = caller.RegionId;
        return caller.Role switch
        {
            Director or Finance or BiAnalyst => _ => true,
            RegionalManager or SalesSupport when regionId is not null =>
                t => regions.Any(r => r.Id == regionId && (
                    (t.Region != null && t.Region.Path.StartsWith(r.Path)) ||
                    (t.Staff != null && t.Staff.Region != null && t.Staff.Region.Path.StartsWith(r.Path)))),
            SalesRep when staffId is not null => t => t.StaffId == staffId,
            _ => _ => false,
        };
    }

    // ── actions ────────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>
    /// Who may do what is not a mutation: reading the audit log, managing accounts. Who may run each mutation is its
    /// declaration's <see cref="WriteRules"/> entry.
    /// </summary>
    public static IReadOnlyDictionary<string, ActionRule> Actions { get; } = new Dictionary<string, ActionRule>(StringComparer.Ordinal)
    {
        ["readAuditLog"] = new([Director, Admin]),
        ["manageAccounts"] = new([Admin]),
    };

    /// <summary>Whether <paramref name="caller"/> may attempt <paramref name="action"/>, one of <see cref="Actions"/>.</summary>
    public static bool May(Caller caller, string action)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return Actions.TryGetValue(action, out var rule) && rule.Permits(caller);
    }

    /// <summary>
    /// Whether a region path lies in the subtree rooted at <paramref name="rootPath"/>: the in-memory form of
    /// <see cref="InSubtree{T}"/>, for write rules that hold the paths already.
    /// </summary>
    public static bool IsInSubtree(string path, string rootPath)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(rootPath);
        return path.StartsWith(rootPath, StringComparison.Ordinal);
    }

    private static Expression<Func<T, bool>> All<T>() => _ => true;

    private static Expression<Func<T, bool>> None<T>() => _ => false;

    private static Dictionary<string, IReadOnlyDictionary<string, FieldRule>> Declare(params (string Type, FieldRule Rule, string Fields)[] rows)
    {
        var result = new Dictionary<string, Dictionary<string, FieldRule>>(StringComparer.Ordinal);
        foreach (var (type, rule, fields) in rows)
        {
            if (!result.TryGetValue(type, out var byField))
            {
                result[type] = byField = new Dictionary<string, FieldRule>(StringComparer.Ordinal);
            }

            foreach (var field in fields.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                byField.Add(field, rule); // throws on a field declared twice
            }
        }

        return result.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, FieldRule>)p.Value, StringComparer.Ordinal);
    }
}
