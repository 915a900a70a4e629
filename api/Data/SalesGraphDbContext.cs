using Microsoft.EntityFrameworkCore;
using SalesGraph.Data.Entities;

namespace SalesGraph.Data;

/// <summary>
/// The SalesGraph model, provider-neutral. Each provider has a derived context type that owns its migrations
/// (<see cref="SqliteSalesGraphDbContext"/>); code depends on this base type only.
/// </summary>
public class SalesGraphDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Staff> Staff => Set<Staff>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<ContractLine> ContractLines => Set<ContractLine>();
    public DbSet<ContractEvent> ContractEvents => Set<ContractEvent>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<InvoiceShipment> InvoiceShipments => Set<InvoiceShipment>();
    public DbSet<Shipment> Shipments => Set<Shipment>();
    public DbSet<ShipmentLine> ShipmentLines => Set<ShipmentLine>();
    public DbSet<ShipmentApproval> ShipmentApprovals => Set<ShipmentApproval>();
    public DbSet<SalesOrder> SalesOrders => Set<SalesOrder>();
    public DbSet<SalesOrderLine> SalesOrderLines => Set<SalesOrderLine>();
    public DbSet<ReturnRequest> ReturnRequests => Set<ReturnRequest>();
    public DbSet<ReturnLine> ReturnLines => Set<ReturnLine>();
    public DbSet<CreditNote> CreditNotes => Set<CreditNote>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<IdempotencyKey> IdempotencyKeys => Set<IdempotencyKey>();
    public DbSet<KpiMonthlyFact> KpiMonthlyFacts => Set<KpiMonthlyFact>();
    public DbSet<KpiRegionMonthlyFact> KpiRegionMonthlyFacts => Set<KpiRegionMonthlyFact>();
    public DbSet<KpiProductLineFact> KpiProductLineFacts => Set<KpiProductLineFact>();
    public DbSet<KpiDailyOverdueFact> KpiDailyOverdueFacts => Set<KpiDailyOverdueFact>();
    public DbSet<KpiRegionDailyOverdueFact> KpiRegionDailyOverdueFacts => Set<KpiRegionDailyOverdueFact>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<Receipt> Receipts => Set<Receipt>();
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<StatementLine> StatementLines => Set<StatementLine>();
    public DbSet<CollectionNotice> CollectionNotices => Set<CollectionNotice>();
    public DbSet<CollectionNoticeItem> CollectionNoticeItems => Set<CollectionNoticeItem>();
    public DbSet<DiaryEntry> DiaryEntries => Set<DiaryEntry>();
    public DbSet<CreditPolicy> CreditPolicies => Set<CreditPolicy>();
    public DbSet<GradeProposal> GradeProposals => Set<GradeProposal>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SalesGraphDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Money is CNY with 2 places; rates get 4. Enums are stored by name so the database reads well for BI and ERP.
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<string>().HaveMaxLength(200);
    }
}
