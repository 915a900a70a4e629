using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.GraphQL;

/// <summary>Timestamps are UTC and say so, on both databases, so a browser in 中国 does not read them as its local time.</summary>
[Collection(SharedApp.Name)]
public sealed class TimestampTests(SalesGraphApp app)
{
    [Fact]
    public async Task EveryTimestampComesBackWithItsUtcZone()
    {
        var data = (await app.PostAsync(
                "{ contracts(first: 3) { nodes { createdAt updatedAt } } activities(first: 3) { nodes { occurredAt } } customers(first: 3, where: { grade: { eq: A } }) { nodes { createdAt lastContactAt } } }",
                null, await app.TokenAsync("director")))
            .EnsureNoErrors().Data!;
        var stamps = new[] { data["contracts"]!["nodes"]!, data["activities"]!["nodes"]!, data["customers"]!["nodes"]! }
            .SelectMany(nodes => nodes.AsArray())
            .SelectMany(n => n!.AsObject().Select(p => p.Value?.GetValue<string>()))
            .Where(v => v is not null)
            .ToList();

        Assert.True(stamps.Count >= 12, $"only {stamps.Count} timestamps read");
        Assert.All(stamps, s => Assert.EndsWith("Z", s!, StringComparison.Ordinal));
    }
}
