using SalesGraph.Calendar;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data.Entities;
using SalesGraph.Data.Seeding;

namespace SalesGraph.UnitTests.Data.Seeding;

public sealed class SqliteBulkWriterTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly TemporaryDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public void GeneratedDataReadsBackThroughEfExactlyAsGenerated()
    {
        var options = new DemoDataOptions { Contracts = 800 };
        var expected = new InMemoryBulkWriter();
        new DemoDataGenerator(options).Generate(Today, BusinessTimeZone.Default, expected);
        using (var loader = database.Migrated())
        {
            DemoDataLoader.Load(loader, options, Today, BusinessTimeZone.Default);
        }

        using var context = database.NewContext();
        AssertSame(expected.Rows<Region>(), context.Regions.OrderBy(r => r.Id));
        AssertSame(expected.Rows<Staff>(), context.Staff.OrderBy(r => r.Id));
        AssertSame(expected.Rows<Product>(), context.Products.OrderBy(r => r.Id));
        AssertSame(expected.Rows<Customer>(), context.Customers.OrderBy(r => r.Id));
        AssertSame(expected.Rows<Contract>(), context.Contracts.OrderBy(r => r.Id));
        AssertSame(expected.Rows<ContractLine>(), context.ContractLines.OrderBy(r => r.Id));
        AssertSame(expected.Rows<ContractEvent>(), context.ContractEvents.OrderBy(r => r.Id));
        AssertSame(expected.Rows<Invoice>(), context.Invoices.OrderBy(r => r.Id));
        AssertSame(expected.Rows<Payment>(), context.Payments.OrderBy(r => r.Id));
        AssertSame(expected.Rows<Shipment>(), context.Shipments.OrderBy(r => r.Id));
        AssertSame(expected.Rows<ShipmentLine>(), context.ShipmentLines.OrderBy(r => r.Id));
        AssertSame(expected.Rows<Target>(), context.Targets.OrderBy(r => r.Id));
        AssertSame(expected.Rows<Activity>(), context.Activities.OrderBy(r => r.Id));
        Assert.Equal(expected.Rows<Account>().Select(a => a.Username), context.Accounts.OrderBy(a => a.Id).Select(a => a.Username));
    }

    [Fact]
    public void BulkWrittenRowsAreStoredExactlyAsEfStoresThem()
    {
        using (var context = database.Migrated())
        {
            // Foreign keys off on this connection so the rows need no parents; the interceptor sets them on open only.
            context.Database.OpenConnection();
            context.Database.ExecuteSqlRaw("PRAGMA foreign_keys=OFF;");
            context.AddRange(SampleRows(1, "EF"));
            context.SaveChanges();
            context.Database.CloseConnection();
        }

        using (var context = database.NewContext())
        {
            context.Database.OpenConnection();
            using var writer = new SqliteBulkWriter((SqliteConnection)context.Database.GetDbConnection(), context.Model);
            foreach (var row in SampleRows(2, "BULK"))
            {
                switch (row)
                {
                    case Contract c: writer.Add(c); break;
                    case ContractEvent e: writer.Add(e); break;
                    case Staff s: writer.Add(s); break;
                    case Account a: writer.Add(a); break;
                    case Activity a: writer.Add(a); break;
                    case Product p: writer.Add(p); break;
                }
            }

            writer.Complete();
        }

        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        foreach (var table in new[] { "Contracts", "ContractEvents", "Staff", "Accounts", "Activities", "Products" })
        {
            var efRow = RawRow(connection, table, 1);
            var bulkRow = RawRow(connection, table, 2);
            Assert.Equal(efRow.Keys, bulkRow.Keys);
            foreach (var column in efRow.Keys.Where(c => c is not ("Id" or "Number" or "EmployeeNumber" or "Email" or "Username" or "Sku")))
            {
                Assert.True(efRow[column] == bulkRow[column], $"{table}.{column}: EF wrote {efRow[column]}, the bulk writer {bulkRow[column]}");
            }
        }

        // The forms the brief promises, spelled out once.
        var contract = RawRow(connection, "Contracts", 2);
        Assert.Equal("text:'2026-11-23 01:02:03.1234567'", contract["CreatedAt"]);
        Assert.Equal("text:'2026-11-23 09:00:00'", contract["UpdatedAt"]);
        Assert.Equal("text:'2026-11-30'", contract["StartOn"]);
        Assert.Equal("null:NULL", contract["SignedOn"]);
        Assert.Equal("integer:12345678", contract["AgreedTotal"]);
        Assert.Equal("integer:1235", contract["DiscountRate"]);
        Assert.Equal("text:'PendingApproval'", contract["Status"]);
    }

    [Fact]
    public void ALoadLeavesForeignKeysWholeIndexesInPlaceAndTheConnectionAsItWas()
    {
        using var context = database.Migrated();
        context.Database.OpenConnection();
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        var indexesBefore = Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'index'");

        DemoDataLoader.Load(context, new DemoDataOptions { Contracts = 300 }, Today, BusinessTimeZone.Default);

        context.Database.OpenConnection();
        Assert.Equal(indexesBefore, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"));
        Assert.Equal("0", Scalar(connection, "SELECT count(*) FROM pragma_foreign_key_check"));
        Assert.Equal("1", Scalar(connection, "PRAGMA foreign_keys"));
        Assert.Equal("1", Scalar(connection, "PRAGMA synchronous"));
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal("300", Scalar(connection, "SELECT count(*) FROM Contracts"));
    }

    [Fact]
    public void ALoadThatIsNotCompletedLeavesNoRows()
    {
        using var context = database.Migrated();
        context.Database.OpenConnection();
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        var indexesBefore = Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'index'");
        using (var writer = new SqliteBulkWriter(connection, context.Model))
        {
            writer.Add(new Product { Id = 1, Sku = "X-1", Name = "x", ProductLine = "x", ListPrice = 1m, UnitCost = 0.5m });
        }

        Assert.Equal("0", Scalar(connection, "SELECT count(*) FROM Products"));
        Assert.Equal(indexesBefore, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"));
        Assert.Equal("1", Scalar(connection, "PRAGMA foreign_keys"));
    }

    [Fact]
    public void AnInsertThatFailsOnTheWorkerSurfacesToTheCallerAndTheLoadLeavesNoRows()
    {
        using var context = database.Migrated();
        context.Database.OpenConnection();
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        var error = Assert.Throws<SqliteException>(() =>
        {
            using var writer = new SqliteBulkWriter(connection, context.Model);
            writer.Add(new Product { Id = 1, Sku = "X-1", Name = "x", ProductLine = "x", ListPrice = 1m, UnitCost = 0.5m });
            writer.Add(new Product { Id = 1, Sku = "X-2", Name = "x", ProductLine = "x", ListPrice = 1m, UnitCost = 0.5m });
            // Far more rows than the queue holds: the caller must not wait on a worker that has stopped inserting.
            for (var id = 2; id < 200_000; id++)
            {
                writer.Add(new Product { Id = id, Sku = $"X-{id + 1}", Name = "x", ProductLine = "x", ListPrice = 1m, UnitCost = 0.5m });
            }

            writer.Complete();
        });

        Assert.Contains("UNIQUE constraint failed: Products.Id", error.Message, StringComparison.Ordinal);
        Assert.Equal("0", Scalar(connection, "SELECT count(*) FROM Products"));
        Assert.Equal("1", Scalar(connection, "PRAGMA foreign_keys"));
    }

    private static object[] SampleRows(int id, string tag)
    {
        var created = new DateTime(2026, 11, 23, 1, 2, 3, DateTimeKind.Utc).AddTicks(1234567);
        return
        [
            new Contract
            {
                Id = id, Number = $"HT-{tag}", CustomerId = 7, OwnerId = 8, RegionId = 9, StartOn = new DateOnly(2026, 11, 30),
                EndOn = new DateOnly(2027, 11, 30), ListTotal = 130_000.10m, AgreedTotal = 123_456.78m, CostTotal = 80_000.05m,
                DiscountAmount = 6_543.32m, DiscountRate = 0.1235m, PaymentTermDays = 60, Status = ContractStatus.PendingApproval,
                Version = 3, CreatedAt = created, UpdatedAt = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc),
            },
            new ContractEvent
            {
                Id = id, ContractId = 1, Kind = ContractEventKind.Approved, FromStatus = null, ToStatus = ContractStatus.Approved,
                ActorId = 3, ApprovalLevel = ApprovalLevel.Manager, At = created,
            },
            new Staff
            {
                Id = id, EmployeeNumber = $"E-{tag}", Name = "王伟", Role = StaffRole.SalesRep, RegionId = 5, ReportsToId = 2,
                Email = $"{tag}@salesgraph.cn", Mobile = "13812345678", HireDate = new DateOnly(2019, 3, 4), BaseSalary = 12_500m,
                CommissionRate = 0.0155m,
            },
            new Account { Id = id, Username = tag, SecretHash = "pbkdf2-sha256$1$AA==$AA==", Role = StaffRole.Integration, IsService = true },
            new Activity
            {
                Id = id, CustomerId = 1, StaffId = 1, Kind = ActivityKind.Complaint, OccurredAt = created, Subject = "交货延迟",
                Notes = "客户反映交货延迟", AnsweredAt = created.AddMinutes(90),
            },
            new Product
            {
                Id = id, Sku = $"SKU-{tag}", Name = "伺服电机", ProductLine = "伺服系统", ListPrice = 9_800m, UnitCost = 6_123.45m,
                WeightKg = 12.5m, VolumeM3 = 0.0125m, IsActive = false,
            },
        ];
    }

    /// <summary>Each column of a row as <c>storage class:SQL literal</c>, as SQLite holds it.</summary>
    private static Dictionary<string, string> RawRow(SqliteConnection connection, string table, int id)
    {
        using var columns = connection.CreateCommand();
        columns.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
        var names = new List<string>();
        using (var reader = columns.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        var row = new Dictionary<string, string>();
        foreach (var name in names)
        {
            row[name] = Scalar(connection, $"SELECT typeof(\"{name}\") || ':' || quote(\"{name}\") FROM \"{table}\" WHERE Id = {id}");
        }

        return row;
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }

    private static void AssertSame<T>(IReadOnlyList<T> expected, IQueryable<T> actual)
    {
        var read = actual.ToList();
        Assert.Equal(expected.Count, read.Count);
        Assert.Equal(expected.Select(Json), read.Select(Json));
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new DecimalValue(), new DateTimeValue() } };

    private static string Json<T>(T row) => JsonSerializer.Serialize(row, JsonOptions);

    /// <summary>12800 and 12800.00 are the same amount; EF reads scaled integers back with the scale of the division.</summary>
    private sealed class DecimalValue : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("0.##########", CultureInfo.InvariantCulture));
    }

    /// <summary>SQLite keeps no DateTimeKind: compare the instant's ticks.</summary>
    private sealed class DateTimeValue : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetInt64());

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Ticks);
    }
}
