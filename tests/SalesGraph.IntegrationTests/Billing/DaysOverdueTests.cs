using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Billing;

/// <summary>
/// <c>daysOverdue</c> in <c>where</c> and <c>order</c>: translated to SQL against the business clock the field resolves
/// with, so the filter keeps exactly the rows whose resolved value matches, the sort follows the resolved values, and
/// keyset pages continue without gaps.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class DaysOverdueTests(SalesGraphApp app)
{
    private const string Page = "totalCount pageInfo { hasNextPage endCursor } nodes { id status dueOn daysOverdue }";

    [Fact]
    public async Task FilteringByDaysOverdueKeepsExactlyTheOpenInvoicesThatManyDaysPastDueOnTheBusinessClock()
    {
        var token = await app.TokenAsync("finance");
        var cutoff = app.Today.AddDays(-31);

        // The same rows two ways: by the computed field, and by status and due day.
        var computed = await ConnectionAsync(token, "where: { daysOverdue: { gt: 30 } }, first: 5");
        var byColumns = await ConnectionAsync(token,
            $"where: {{ status: {{ in: [OPEN, PARTLY_PAID] }}, dueOn: {{ lte: \"{cutoff:yyyy-MM-dd}\" }} }}, first: 5");
        Assert.True(computed["totalCount"]!.GetValue<int>() > 0, "the demo data has invoices more than 30 days overdue");
        Assert.Equal(byColumns["totalCount"]!.GetValue<int>(), computed["totalCount"]!.GetValue<int>());
        Assert.All(Nodes(computed), n => Assert.True(n["daysOverdue"]!.GetValue<int>() > 30));

        // eq / lte / neq agree with the resolved values on a page of invoices of every kind.
        var sample = Nodes(await ConnectionAsync(token, "order: [{ dueOn: ASC }], first: 40"));
        var some = sample.First(n => n["daysOverdue"]!.GetValue<int>() > 0)["daysOverdue"]!.GetValue<int>();
        var exact = await ConnectionAsync(token, $"where: {{ daysOverdue: {{ eq: {some} }} }}, first: 50");
        Assert.NotEmpty(Nodes(exact));
        Assert.All(Nodes(exact), n => Assert.Equal(some, n["daysOverdue"]!.GetValue<int>()));
        var notDue = await ConnectionAsync(token, "where: { daysOverdue: { lte: 0 }, status: { eq: PAID } }, first: 1");
        var paid = await ConnectionAsync(token, "where: { status: { eq: PAID } }, first: 1");
        Assert.Equal(paid["totalCount"]!.GetValue<int>(), notDue["totalCount"]!.GetValue<int>());
        var none = await ConnectionAsync(token, "where: { daysOverdue: { lt: 0 } }, first: 1");
        Assert.Equal(0, none["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task SortingByDaysOverdueFollowsTheResolvedValuesAcrossPagesAndInTheRepsScope()
    {
        foreach (var who in new[] { "finance", "rep.east.1" })
        {
            var token = await app.TokenAsync(who);
            var seen = new List<JsonNode>();
            string? after = null;
            for (var page = 0; page < 3; page++)
            {
                var connection = await ConnectionAsync(token,
                    "where: { daysOverdue: { gte: 1 } }, order: [{ daysOverdue: DESC }], first: 7" + (after is null ? "" : $", after: \"{after}\""));
                seen.AddRange(Nodes(connection));
                if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
                {
                    break;
                }

                after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
            }

            Assert.NotEmpty(seen);
            var days = seen.Select(n => n["daysOverdue"]!.GetValue<int>()).ToList();
            Assert.All(days, d => Assert.True(d >= 1));
            Assert.Equal(days.OrderByDescending(d => d), days);
            Assert.Equal(seen.Count, seen.Select(n => n["id"]!.GetValue<string>()).Distinct().Count());

            // Ascending is the exact reverse order of the values.
            var ascending = Nodes(await ConnectionAsync(token, "where: { daysOverdue: { gte: 1 } }, order: [{ daysOverdue: ASC }], first: 7"))
                .Select(n => n["daysOverdue"]!.GetValue<int>()).ToList();
            Assert.Equal(ascending.OrderBy(d => d), ascending);
        }
    }

    private async Task<JsonNode> ConnectionAsync(string token, string arguments) =>
        (await app.PostAsync($"{{ invoices({arguments}) {{ {Page} }} }}", null, token)).EnsureNoErrors().Data!["invoices"]!;

    private static List<JsonNode> Nodes(JsonNode connection) => [.. connection["nodes"]!.AsArray().Select(n => n!)];
}
