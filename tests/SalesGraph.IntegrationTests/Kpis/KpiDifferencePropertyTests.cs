using Microsoft.EntityFrameworkCore;
using SalesGraph.Calendar;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.Data.Seeding;
using SalesGraph.IntegrationTests.Infrastructure;
using SalesGraph.Kpis;

namespace SalesGraph.IntegrationTests.Kpis;

/// <summary>
/// The KPI summary tables kept by difference (<see cref="KpiFactsMaintenance"/>) against a full rebuild, after every step
/// of a random sequence of writes to the base tables — payments added, moved and deleted, invoices re-dated, settled and
/// voided, contracts re-signed, re-priced, reassigned and terminated, lines changed and added, customers regraded and
/// reassigned, shipments shipped and cancelled, credit notes changed, contracts copied — on a small generated company,
/// on SQLite and on PostgreSQL.
/// </summary>
public sealed class KpiDifferencePropertyTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private const int Steps = 60;

    [Fact]
    public async Task OnSqliteRandomWritesKeepTheSummaryTablesEqualToAFullRebuild()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kpi-property-{Guid.NewGuid():N}.db");
        var builder = new DbContextOptionsBuilder<SqliteSalesGraphDbContext>();
        DataFeature.ConfigureSqlite(builder, $"Data Source={path}");
        try
        {
            await RunAsync(() => new SqliteSalesGraphDbContext(builder.Options), seed: 17);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [PostgresFact]
    [Trait("Category", "Postgres")] // the SQLite pass of ./test.sh leaves it out; the PostgreSQL pass runs it
    public async Task OnPostgresRandomWritesKeepTheSummaryTablesEqualToAFullRebuild()
    {
        var connectionString = PostgresTestServer.NewDatabase();
        var builder = new DbContextOptionsBuilder<PostgresSalesGraphDbContext>();
        DataFeature.ConfigurePostgres(builder, connectionString);
        try
        {
            await RunAsync(() => new PostgresSalesGraphDbContext(builder.Options), seed: 29);
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            PostgresTestServer.DropDatabase(connectionString);
        }
    }

    private static async Task RunAsync(Func<SalesGraphDbContext> contexts, int seed)
    {
        await using (var db = contexts())
        {
            await db.Database.MigrateAsync();
            DemoDataLoader.Load(db, new DemoDataOptions { Contracts = 300 }, Today, BusinessTimeZone.Default);
        }

        var random = new Random(seed);
        var maintenance = new KpiFactsMaintenance();
        var done = new List<string>();
        for (var step = 0; step < Steps; step++)
        {
            await using (var db = contexts())
            {
                db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
                await using var transaction = await db.Database.BeginTransactionAsync();
                var writes = random.Next(1, 4);
                for (var w = 0; w < writes; w++)
                {
                    done.Add($"{step}: {await WriteAsync(db, random, step * 10 + w)}");
                }

                var refresh = await maintenance.PrepareAsync(db, CancellationToken.None);
                await db.SaveChangesAsync();
                await refresh(CancellationToken.None);
                await transaction.CommitAsync();
            }

            await using (var db = contexts())
            {
                var kept = await SnapshotAsync(db);
                await using var transaction = await db.Database.BeginTransactionAsync();
                await KpiFacts.RebuildAsync(db, CancellationToken.None);
                var rebuilt = await SnapshotAsync(db);
                await transaction.RollbackAsync();
                Assert.True(rebuilt.SequenceEqual(kept), $"after step {step} ({string.Join("; ", done.TakeLast(3))}):\n"
                    + $"rebuilt only: {string.Join("\n  ", rebuilt.Except(kept).Take(8))}\nkept only:    {string.Join("\n  ", kept.Except(rebuilt).Take(8))}");
            }
        }
    }

    /// <summary>One random change to the base tables, described.</summary>
    private static async Task<string> WriteAsync(SalesGraphDbContext db, Random random, int n)
    {
        DateOnly Day() => Today.AddDays(-random.Next(0, 500));
        async Task<T> AnyAsync<T>(IQueryable<T> rows)
            where T : class
        {
            var count = await rows.CountAsync();
            return await rows.Skip(random.Next(count)).FirstAsync();
        }

        switch (random.Next(15))
        {
            case 0:
            {
                var invoice = await AnyAsync(db.Invoices.OrderBy(i => i.Id).Where(i => i.Status != InvoiceStatus.Void));
                var amount = Math.Round(invoice.Amount * (decimal)random.NextDouble() / 2, 2);
                db.Payments.Add(new Payment
                {
                    Number = $"PP-{n}", ContractId = invoice.ContractId, InvoiceId = invoice.Id, Amount = amount, ReceivedOn = Day(),
                    Method = PaymentMethod.BankTransfer, ConfirmedAt = DateTime.UtcNow,
                });
                invoice.PaidAmount += amount;
                if (invoice.PaidAmount >= invoice.Amount || random.Next(3) == 0)
                {
                    invoice.SettledOn = Day();
                    invoice.Status = InvoiceStatus.Paid;
                }

                return $"payment {amount} on invoice {invoice.Id}";
            }

            case 1:
            {
                var payment = await AnyAsync(db.Payments.OrderBy(p => p.Id));
                payment.ReceivedOn = Day();
                return $"payment {payment.Id} re-dated";
            }

            case 2:
            {
                var payment = await AnyAsync(db.Payments.OrderBy(p => p.Id));
                db.Payments.Remove(payment);
                return $"payment {payment.Id} deleted";
            }

            case 3:
            {
                var invoice = await AnyAsync(db.Invoices.OrderBy(i => i.Id));
                invoice.DueOn = Day();
                invoice.SettledOn = random.Next(2) == 0 ? null : Day();
                return $"invoice {invoice.Id} due and settled re-dated";
            }

            case 4:
            {
                var invoice = await AnyAsync(db.Invoices.OrderBy(i => i.Id));
                invoice.Status = InvoiceStatus.Void;
                return $"invoice {invoice.Id} voided";
            }

            case 5:
            {
                var contract = await AnyAsync(db.Contracts.OrderBy(c => c.Id));
                contract.SignedOn = random.Next(5) == 0 ? null : Day();
                return $"contract {contract.Id} re-signed";
            }

            case 6:
            {
                var contract = await AnyAsync(db.Contracts.OrderBy(c => c.Id));
                var rep = await AnyAsync(db.Staff.OrderBy(s => s.Id).Where(s => s.Role == StaffRole.SalesRep));
                (contract.OwnerId, contract.RegionId, contract.AgreedTotal) = (rep.Id, rep.RegionId!.Value, contract.AgreedTotal + 1_000m);
                return $"contract {contract.Id} to rep {rep.Id}, re-priced";
            }

            case 7:
            {
                var contract = await AnyAsync(db.Contracts.OrderBy(c => c.Id).Where(c => c.SignedOn != null));
                (contract.Status, contract.StartOn, contract.UpdatedAt) = (ContractStatus.Terminated, Day(), DateTime.UtcNow);
                return $"contract {contract.Id} terminated";
            }

            case 8:
            {
                var line = await AnyAsync(db.ContractLines.OrderBy(l => l.Id));
                line.Quantity += random.Next(1, 5);
                var copy = (ContractLine)db.Entry(line).CurrentValues.ToObject();
                (copy.Id, copy.LineNo, copy.ProductId) = (0, line.LineNo + 100, (await AnyAsync(db.Products.OrderBy(p => p.Id))).Id);
                db.ContractLines.Add(copy);
                return $"line {line.Id} changed and one added to contract {line.ContractId}";
            }

            case 9:
            {
                var customer = await AnyAsync(db.Customers.OrderBy(c => c.Id));
                customer.Grade = (CustomerGrade)random.Next(3);
                return $"customer {customer.Id} regraded {customer.Grade}";
            }

            case 10:
            {
                var customer = await AnyAsync(db.Customers.OrderBy(c => c.Id));
                var rep = await AnyAsync(db.Staff.OrderBy(s => s.Id).Where(s => s.Role == StaffRole.SalesRep));
                (customer.OwnerId, customer.RegionId, customer.FirstContractOn) = (rep.Id, rep.RegionId!.Value, Day());
                return $"customer {customer.Id} to rep {rep.Id}";
            }

            case 11:
            {
                var shipment = await AnyAsync(db.Shipments.OrderBy(s => s.Id));
                if (random.Next(3) == 0)
                {
                    shipment.Status = ShipmentStatus.Cancelled;
                }
                else
                {
                    (shipment.ShippedOn, shipment.ShipDueOn) = (Day(), Day());
                }

                return $"shipment {shipment.Id} changed";
            }

            case 12 when await db.CreditNotes.AnyAsync():
            {
                var note = await AnyAsync(db.CreditNotes.OrderBy(c => c.Id));
                (note.Amount, note.IssuedOn) = (note.Amount + 10m, Day());
                return $"credit note {note.Id} changed";
            }

            case 13:
            {
                // A red-letter credit note against an open invoice: it lowers what the invoice owes, as a payment does.
                var invoice = await AnyAsync(db.Invoices.OrderBy(i => i.Id).Where(i => i.OpenAmount > 0).Include(i => i.Contract));
                var amount = Math.Round(invoice.OpenAmount * (decimal)random.NextDouble(), 2);
                var on = Day();
                db.CreditNotes.Add(new CreditNote
                {
                    Number = $"HZ-{n}", CustomerId = invoice.Contract!.CustomerId, InvoiceId = invoice.Id, Amount = amount, AppliedAmount = amount,
                    IssuedOn = on, CreatedAt = DateTime.UtcNow, Reason = "property test",
                });
                invoice.Credit(amount, on);
                return $"credit note {amount} on invoice {invoice.Id}";
            }

            default:
            {
                // A copy of a signed contract with its lines and invoices: rows whose ids the save assigns.
                var original = await AnyAsync(db.Contracts.OrderBy(c => c.Id).Where(c => c.SignedOn != null).Include(c => c.Lines));
                var copy = (Contract)db.Entry(original).CurrentValues.ToObject();
                (copy.Id, copy.Number, copy.SignedOn) = (0, $"HT-COPY-{n}", Day());
                foreach (var line in original.Lines)
                {
                    var l = (ContractLine)db.Entry(line).CurrentValues.ToObject();
                    (l.Id, l.ContractId, l.Contract) = (0, 0, copy);
                    copy.Lines.Add(l);
                }

                db.Contracts.Add(copy);
                db.Invoices.Add(new Invoice
                {
                    Number = $"FP-COPY-{n}", Contract = copy, Amount = copy.AgreedTotal, IssuedOn = Day(), DueOn = Day(), Status = InvoiceStatus.Open,
                });
                return $"contract {original.Id} copied";
            }
        }
    }

    private static async Task<List<string>> SnapshotAsync(SalesGraphDbContext db) =>
    [
        .. (await db.KpiMonthlyFacts.AsNoTracking().ToListAsync()).OrderBy(f => (f.Year, f.Month, f.RegionId, f.OwnerId, f.Grade))
            .Select(f => $"rep {f.Year}-{f.Month} r{f.RegionId} o{f.OwnerId} {f.Grade}: {Measures(f)}"),
        .. (await db.KpiRegionMonthlyFacts.AsNoTracking().ToListAsync()).OrderBy(f => (f.Year, f.Month, f.RegionId, f.Grade))
            .Select(f => $"region {f.Year}-{f.Month} r{f.RegionId} {f.Grade}: {Measures(f)}"),
        .. (await db.KpiProductLineFacts.AsNoTracking().ToListAsync()).OrderBy(f => (f.Year, f.Month, f.RegionId, f.OwnerId, f.Grade, f.ProductLine))
            .Select(f => $"line {f.Year}-{f.Month} r{f.RegionId} o{f.OwnerId} {f.Grade} {f.ProductLine}: {f.SalesAmount} {f.ListTotal} {f.CostTotal} {f.ContractCount}"),
        .. (await db.KpiDailyOverdueFacts.AsNoTracking().ToListAsync()).OrderBy(f => (f.On, f.RegionId, f.OwnerId, f.Grade))
            .Select(f => $"day {f.On} r{f.RegionId} o{f.OwnerId} {f.Grade}: {f.OverdueChange}"),
        .. (await db.KpiRegionDailyOverdueFacts.AsNoTracking().ToListAsync()).OrderBy(f => (f.On, f.RegionId, f.Grade))
            .Select(f => $"region day {f.On} r{f.RegionId} {f.Grade}: {f.OverdueChange}"),
    ];

    private static string Measures(KpiMonthlyMeasures f) =>
        $"{f.SalesAmount} {f.ListTotal} {f.CostTotal} {f.ContractCount} {f.CollectedAmount} {f.ReceivablesDue} {f.OverdueChange} "
        + $"{f.NewCustomers} {f.ShipmentCount} {f.OnTimeShipments} {f.ReturnsAmount}";
}
