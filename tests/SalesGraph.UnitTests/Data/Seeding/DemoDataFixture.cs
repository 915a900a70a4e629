using SalesGraph.Calendar;
using SalesGraph.Data.Seeding;

namespace SalesGraph.UnitTests.Data.Seeding;

/// <summary>The demo data set, generated once in memory for the tests of one class.</summary>
public sealed class DemoDataFixture
{
    public static readonly DateOnly Today = new(2026, 11, 24);

    public DemoDataFixture()
    {
        new DemoDataGenerator(DemoDataOptions.Demo).Generate(Today, BusinessTimeZone.Default, Data);
        Data.Complete();
    }

    public InMemoryBulkWriter Data { get; } = new();
}
