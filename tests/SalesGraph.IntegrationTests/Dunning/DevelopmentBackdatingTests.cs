using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Data;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Dunning;

/// <summary>
/// The Development-only backdating of a collection notice (decision 031) that the browser test of an escalation uses:
/// only finance, only one notice, audited; the escalation run then treats that notice as issued days ago.
/// </summary>
public sealed class DevelopmentBackdatingTests : IDisposable
{
    private readonly SalesGraphApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AFinanceBackdatedNoticeEscalatesToTheManagerAndNoOtherDoes()
    {
        var w = new WriteChecks(_app);
        Assert.Empty((await w.PayloadAsync("finance", "issueCollectionNotices", "DunningRunInput", "run { issued }", new { }))["errors"]!.AsArray());
        var chased = (await _app.PostAsync("{ collectionsToChase(first: 100) { nodes { id number level } } }", null, await _app.TokenAsync("rep.east.1")))
            .EnsureNoErrors().Data!["collectionsToChase"]!["nodes"]!.AsArray().Select(n => n!).ToList();

        // Two notices whose customers paid nothing in the last 8 days: a receipt would restart the level's days.
        var since = _app.Today.AddDays(-8);
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<SalesGraphDbContext>>().CreateDbContextAsync();
        var numbers = chased.Select(n => n["number"]!.GetValue<string>()).ToList();
        var quiet = await db.CollectionNotices.AsNoTracking()
            .Where(n => numbers.Contains(n.Number) && !db.Receipts.Any(r => r.CustomerId == n.CustomerId && r.ReceivedOn >= since))
            .Select(n => n.Number).ToListAsync();
        var notices = chased.Where(n => quiet.Contains(n["number"]!.GetValue<string>())).Take(2).ToList();
        Assert.Equal(2, notices.Count);
        var (mine, other) = (notices[0], notices[1]);
        var number = mine["number"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.Forbidden, await BackdateAsync("rep.east.1", number, 8));
        Assert.Equal(HttpStatusCode.BadRequest, await BackdateAsync("finance", number, 0));
        Assert.Equal(HttpStatusCode.NotFound, await BackdateAsync("finance", "CS-1999-000001", 8));
        Assert.Equal(HttpStatusCode.OK, await BackdateAsync("finance", number, 8));

        Assert.Empty((await w.PayloadAsync("finance", "escalateCollectionNotices", "DunningRunInput", "run { escalated }", new { }))["errors"]!.AsArray());
        Assert.Equal("MANAGER", await LevelAsync(mine["id"]!.GetValue<string>()));
        Assert.Equal("REP", await LevelAsync(other["id"]!.GetValue<string>()));
        var managers = (await _app.PostAsync("query($n: String!) { collectionsToChase(first: 1, where: { number: { eq: $n } }) { totalCount } }", new { n = number }, await _app.TokenAsync("manager.east")))
            .EnsureNoErrors().Data!["collectionsToChase"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(1, managers);
        Assert.Contains("developmentBackdateCollectionNotice:update", (await w.AuditAsync("CollectionNotice", mine["id"]!.GetValue<string>())).Select(a => a.Action));
    }

    private async Task<HttpStatusCode> BackdateAsync(string who, string number, int days)
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await _app.TokenAsync(who));
        using var response = await client.PostAsync($"/development/collection-notices/{Uri.EscapeDataString(number)}/backdate?days={days}", null);
        return response.StatusCode;
    }

    private async Task<string> LevelAsync(string id) =>
        (await _app.PostAsync("query($id: ID!) { collectionNotice(id: $id) { level } }", new { id }, await _app.TokenAsync("finance")))
            .EnsureNoErrors().Data!["collectionNotice"]!["level"]!.GetValue<string>();
}
