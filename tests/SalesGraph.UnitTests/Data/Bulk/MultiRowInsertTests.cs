using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.Data.Bulk;

namespace SalesGraph.UnitTests.Data.Bulk;

/// <summary>
/// <see cref="MultiRowInsert"/> stores rows exactly as <c>SaveChanges</c> does (scaled-integer decimals, enum names,
/// dates), across statement boundaries, inside the caller's transaction.
/// </summary>
public sealed class MultiRowInsertTests
{
    private static readonly KpiMonthlyFact[] Monthly =
    [
        new() { Year = 2026, Month = 3, RegionId = 1, OwnerId = 7, Grade = CustomerGrade.A, SalesAmount = 1234.56m, ListTotal = 2000m, CostTotal = 0.01m, ContractCount = 3, OverdueChange = -99.99m },
        new() { Year = 2026, Month = 4, RegionId = 1, OwnerId = 8, Grade = CustomerGrade.C, CollectedAmount = 12_345_678.9m, NewCustomers = 2, ShipmentCount = 5, OnTimeShipments = 4 },
    ];

    [Fact]
    public async Task StoresRowsAsSaveChangesDoes()
    {
        using var byInsert = new TemporaryDatabase();
        using var bySaveChanges = new TemporaryDatabase();
        await using (var db = Prepared(byInsert))
        {
            await MultiRowInsert.InsertAsync(db, Copies(), CancellationToken.None);
        }

        await using (var db = Prepared(bySaveChanges))
        {
            db.AddRange(Copies());
            await db.SaveChangesAsync();
        }

        Assert.Equal(RawRows(bySaveChanges), RawRows(byInsert));
        Assert.Contains("|3|1|7|A|123456|200000|1|3|", RawRows(byInsert)[0], StringComparison.Ordinal); // cents, enum by name
    }

    [Fact]
    public async Task InsertsMoreRowsThanOneStatementHoldsAndRollsBackWithTheTransaction()
    {
        using var database = new TemporaryDatabase();
        var days = Enumerable.Range(0, 4_000).Select(i => new KpiDailyOverdueFact
        {
            On = new DateOnly(2020, 1, 1).AddDays(i), RegionId = 1, OwnerId = 7, Grade = CustomerGrade.B, OverdueChange = i - 0.5m,
        }).ToList();
        await using (var db = Prepared(database))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await MultiRowInsert.InsertAsync(db, days, CancellationToken.None);
            Assert.Equal(4_000, await db.KpiDailyOverdueFacts.CountAsync());
            await transaction.RollbackAsync();
            Assert.Equal(0, await db.KpiDailyOverdueFacts.CountAsync());
            await MultiRowInsert.InsertAsync(db, days, CancellationToken.None);
        }

        await using var read = database.NewContext();
        var stored = await read.KpiDailyOverdueFacts.OrderBy(f => f.On).Select(f => new { f.On, f.OverdueChange }).ToListAsync();
        Assert.Equal(days.Select(d => new { d.On, d.OverdueChange }), stored);
    }

    [Fact]
    public async Task RefusesRowsWhoseKeyTheStoreGenerates()
    {
        using var database = new TemporaryDatabase();
        await using var db = database.Migrated();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            MultiRowInsert.InsertAsync(db, [new Region { Code = "X", Name = "X", Path = "/x/" }], CancellationToken.None));
        Assert.Contains("Region.Id", error.Message, StringComparison.Ordinal);
    }

    private static List<KpiMonthlyFact> Copies() => [.. Monthly.Select(f => new KpiMonthlyFact
    {
        Year = f.Year, Month = f.Month, RegionId = f.RegionId, OwnerId = f.OwnerId, Grade = f.Grade, SalesAmount = f.SalesAmount,
        ListTotal = f.ListTotal, CostTotal = f.CostTotal, ContractCount = f.ContractCount, CollectedAmount = f.CollectedAmount,
        ReceivablesDue = f.ReceivablesDue, OverdueChange = f.OverdueChange, NewCustomers = f.NewCustomers, ShipmentCount = f.ShipmentCount,
        OnTimeShipments = f.OnTimeShipments,
    })];

    private static SqliteSalesGraphDbContext Prepared(TemporaryDatabase database)
    {
        var db = database.Migrated();
        db.Regions.Add(new Region { Id = 1, Code = "E", Name = "华东", Path = "/1/" });
        db.SaveChanges();
        db.ChangeTracker.Clear();
        return db;
    }

    /// <summary>Every stored value as SQLite holds it, typed (quote() shows 1 and '1' apart).</summary>
    private static List<string> RawRows(TemporaryDatabase database)
    {
        using var db = database.NewContext();
        var connection = db.Database.GetDbConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT quote(Year) || '|' || quote(Month) || '|' || quote(RegionId) || '|' || quote(OwnerId) || '|' || Grade || '|'
                || quote(SalesAmount) || '|' || quote(ListTotal) || '|' || quote(CostTotal) || '|' || quote(ContractCount) || '|'
                || quote(CollectedAmount) || '|' || quote(ReceivablesDue) || '|' || quote(OverdueChange) || '|' || quote(NewCustomers) || '|'
                || quote(ShipmentCount) || '|' || quote(OnTimeShipments) || '|' || typeof(Grade)
            FROM KpiMonthlyFacts ORDER BY Year, Month
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
