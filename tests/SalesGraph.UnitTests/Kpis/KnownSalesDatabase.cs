using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.Kpis;

namespace SalesGraph.UnitTests.Kpis;

/// <summary>
/// A small sales company on a temporary SQLite file, with figures worked out by hand in the comments, so KPI queries can
/// be checked against docs/domain.md's definitions. Today is 2026-06-15; the period is 2026. The KPI summary tables are built
/// from it once filled.
/// </summary>
public sealed class KnownSalesDatabase : IDbContextFactory<SalesGraphDbContext>, IDisposable
{
    public static readonly DateOnly Today = new(2026, 6, 15);

    public static readonly Caller Director = Person(StaffRole.Director, 1, null);
    public static readonly Caller ManagerEast = Person(StaffRole.RegionalManager, 2, 1);
    public static readonly Caller RepEast = Person(StaffRole.SalesRep, 3, 3);
    public static readonly Caller RepNorth = Person(StaffRole.SalesRep, 4, 4);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"kpis-{Guid.NewGuid():N}.db");
    private readonly DbContextOptions<SqliteSalesGraphDbContext> _options;

    public KnownSalesDatabase()
    {
        var builder = new DbContextOptionsBuilder<SqliteSalesGraphDbContext>();
        DataFeature.ConfigureSqlite(builder, $"Data Source={_path}");
        _options = builder.Options;
        using var db = new SqliteSalesGraphDbContext(_options);
        db.Database.EnsureCreated();
        Fill(db);
        KpiFacts.RebuildAsync(db, CancellationToken.None).GetAwaiter().GetResult();
    }

    public SalesGraphDbContext CreateDbContext() => new SqliteSalesGraphDbContext(_options);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static Caller Person(StaffRole role, int staffId, int? regionId) =>
        new(staffId, $"user{staffId}", role, staffId, regionId, false, new HashSet<string>(), ClientKind.Spa);

    private static DateOnly D(int month, int day, int year = 2026) => new(year, month, day);

    private static void Fill(SalesGraphDbContext db)
    {
        db.Regions.AddRange(
            new Region { Id = 1, Code = "EAST", Name = "华东大区", Path = "/1/", Level = 1 },
            new Region { Id = 2, Code = "NORTH", Name = "华北大区", Path = "/2/", Level = 1 },
            new Region { Id = 3, Code = "EAST-SH", Name = "上海片区", ParentId = 1, Path = "/1/3/", Level = 2 },
            new Region { Id = 4, Code = "NORTH-BJ", Name = "北京片区", ParentId = 2, Path = "/2/4/", Level = 2 });
        db.Staff.AddRange(
            Member(1, StaffRole.Director, null), Member(2, StaffRole.RegionalManager, 1), Member(3, StaffRole.SalesRep, 3),
            Member(4, StaffRole.SalesRep, 4), Member(5, StaffRole.RegionalManager, 2));
        db.Products.AddRange(
            new Product { Id = 1, Sku = "P-1", Name = "泵", ProductLine = "Pumps", ListPrice = 100, UnitCost = 60 },
            new Product { Id = 2, Sku = "V-1", Name = "阀", ProductLine = "Valves", ListPrice = 100, UnitCost = 75 });

        // Customers at the start of 2026: C1, C4. New in 2026: C2 (February), C3 (March). C5 is a prospect.
        db.Customers.AddRange(
            Customer(1, 3, 3, CustomerGrade.A, D(5, 1, 2025)),
            Customer(2, 3, 3, CustomerGrade.B, D(2, 10)),
            Customer(3, 4, 4, CustomerGrade.C, D(3, 5)),
            Customer(4, 4, 4, CustomerGrade.A, D(1, 1, 2024)),
            Customer(5, 3, 3, CustomerGrade.C, null));

        // Counted in 2026 sales: K1, K2, K3, K6 = 900 + 2000 + 400 + 300 = 3,600 (list 3,800, cost 2,500).
        // East (K1, K2) 2,900; north (K3, K6) 700. Not counted: K4 rejected, K5 terminated before its start, K7 signed in 2025.
        db.Contracts.AddRange(
            Contract(1, 1, 3, 3, D(1, 15), ContractStatus.Active, (1, 10, 100, 90, 60)),
            Contract(2, 2, 3, 3, D(2, 10), ContractStatus.Completed, (2, 20, 100, 100, 75)),
            Contract(3, 3, 4, 4, D(3, 5), ContractStatus.Active, (1, 5, 100, 80, 60)),
            Contract(4, 1, 3, 3, D(3, 20), ContractStatus.Rejected, (1, 100, 100, 100, 60)),
            Contract(5, 4, 4, 4, D(4, 1), ContractStatus.Terminated, (2, 70, 100, 100, 75), startOn: D(4, 10), updatedOn: D(4, 5)),
            Contract(6, 4, 4, 4, D(4, 2), ContractStatus.Terminated, (2, 3, 100, 100, 100.0m / 3), startOn: D(4, 3), updatedOn: D(5, 1)),
            Contract(7, 1, 3, 3, D(12, 20, 2025), ContractStatus.Completed, (1, 50, 100, 100, 60)));

        // Falling due in 2026: 900 (Feb) + 2,000 (Mar) + 400 (Apr) + 5,000 (Jan) + 300 (Jul) = 8,600.
        // Received in 2026: 900 + 500 + 5,000 = 6,400, all east.
        db.Invoices.AddRange(
            Invoice(1, 1, 900, D(1, 20), D(2, 19), D(2, 1)),
            Invoice(2, 2, 2000, D(2, 15), D(3, 17), null, paid: 500),
            Invoice(3, 3, 400, D(3, 10), D(4, 9), null),
            Invoice(4, 7, 5000, D(12, 25, 2025), D(1, 24), D(5, 10)),
            Invoice(5, 6, 300, D(6, 1), D(7, 1), null));
        db.Payments.AddRange(
            Payment(1, 1, 1, 900, D(2, 1)),
            Payment(2, 2, 2, 500, D(3, 1)),
            Payment(3, 7, 4, 5000, D(5, 10)));

        // Shipped in 2026: S1 on time (2 days after its payment released it), S2 late (9 days), S3 without payment and
        // never released (no due day: not on time); S4 cancelled.
        db.Shipments.AddRange(
            Shipment(1, 1, 1, D(2, 3), ShipmentStatus.Delivered, released: D(2, 1)),
            Shipment(2, 2, 2, D(3, 10), ShipmentStatus.Delivered, released: D(3, 1)),
            Shipment(3, 3, 3, D(3, 12), ShipmentStatus.Shipped, released: null),
            Shipment(4, 1, 1, D(2, 4), ShipmentStatus.Cancelled, released: D(2, 1)));

        // Targets: company 7,200 → east 6,000 → rep 3 (500 a month); north 1,200 → rep 4 (100 a month).
        var id = 0;
        db.Targets.Add(new Target { Id = ++id, Year = 2026, Scope = TargetScope.Company, SalesAmount = 7200 });
        db.Targets.Add(new Target { Id = ++id, Year = 2026, Scope = TargetScope.Region, RegionId = 1, ParentId = 1, SalesAmount = 6000 });
        db.Targets.Add(new Target { Id = ++id, Year = 2026, Scope = TargetScope.Region, RegionId = 2, ParentId = 1, SalesAmount = 1200 });
        foreach (var (staffId, regionId, parentId, monthly) in new[] { (3, 3, 2, 500m), (4, 4, 3, 100m) })
        {
            var yearly = ++id;
            db.Targets.Add(new Target { Id = yearly, Year = 2026, Scope = TargetScope.Staff, RegionId = regionId, StaffId = staffId, ParentId = parentId, SalesAmount = monthly * 12 });
            for (var month = 1; month <= 12; month++)
            {
                db.Targets.Add(new Target
                {
                    Id = ++id, Year = 2026, Quarter = (month + 2) / 3, Month = month, Scope = TargetScope.Staff, RegionId = regionId,
                    StaffId = staffId, ParentId = yearly, SalesAmount = monthly,
                });
            }
        }

        db.SaveChanges();
    }

    private static Staff Member(int id, StaffRole role, int? regionId) => new()
    {
        Id = id, EmployeeNumber = $"S{id}", Name = $"员工{id}", Role = role, RegionId = regionId, Email = $"s{id}@x.cn", Mobile = "13800000000",
    };

    private static Customer Customer(int id, int ownerId, int regionId, CustomerGrade grade, DateOnly? firstContract) => new()
    {
        Id = id, Code = $"C{id}", Name = $"客户{id}", Industry = "制造", RegionId = regionId, OwnerId = ownerId, Grade = grade,
        Status = firstContract is null ? CustomerStatus.Prospect : CustomerStatus.Active, ContactPerson = "张三", Mobile = "13800000000",
        Address = "上海", FirstContractOn = firstContract, CreditLimit = 100_000, PaymentTermDays = 30,
    };

    private static Contract Contract(
        int id, int customerId, int ownerId, int regionId, DateOnly signedOn, ContractStatus status,
        (int Product, int Quantity, decimal List, decimal Agreed, decimal Cost) line, DateOnly? startOn = null, DateOnly? updatedOn = null)
    {
        var contract = new Contract
        {
            Id = id, Number = $"K{id}", CustomerId = customerId, OwnerId = ownerId, RegionId = regionId, SignedOn = signedOn,
            StartOn = startOn ?? signedOn, Status = status, ListTotal = line.Quantity * line.List, AgreedTotal = line.Quantity * line.Agreed,
            CostTotal = Math.Round(line.Quantity * line.Cost, 2), CreatedAt = signedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            UpdatedAt = (updatedOn ?? signedOn).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
        };
        contract.DiscountAmount = contract.ListTotal - contract.AgreedTotal;
        contract.Lines.Add(new ContractLine
        {
            Id = id, LineNo = 1, ProductId = line.Product, Quantity = line.Quantity, ListUnitPrice = line.List, AgreedUnitPrice = line.Agreed,
            UnitCost = Math.Round(line.Cost, 2),
        });
        return contract;
    }

    private static Invoice Invoice(int id, int contractId, decimal amount, DateOnly issued, DateOnly due, DateOnly? settled, decimal paid = 0) => new()
    {
        Id = id, Number = $"I{id}", ContractId = contractId, Amount = amount, PaidAmount = settled is null ? paid : amount, IssuedOn = issued,
        DueOn = due, SettledOn = settled,
    };

    private static Payment Payment(int id, int contractId, int invoiceId, decimal amount, DateOnly received) => new()
    {
        Id = id, Number = $"P{id}", ContractId = contractId, InvoiceId = invoiceId, Amount = amount, ReceivedOn = received,
    };

    private static Shipment Shipment(int id, int contractId, int customerId, DateOnly shipped, ShipmentStatus status, DateOnly? released) => new()
    {
        Id = id, NoticeNumber = $"S{id}", ContractId = contractId, CustomerId = customerId, Carrier = "顺丰", PlannedOn = shipped, ShippedOn = shipped,
        Status = status, ReleasedOn = released, ShipDueOn = released?.AddDays(3),
    };
}
