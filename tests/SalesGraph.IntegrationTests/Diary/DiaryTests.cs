using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Calendar;
using SalesGraph.IntegrationTests.Contracts;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Diary;

/// <summary>
/// The sales diary (销售日记) on a business clock fixed at Monday 6 April 2026, 09:00 in Shanghai: the draft counts what
/// the rep logged that day and the written entry stores the same; only today or the previous business day (Friday 3
/// April) may be written; a rep reads its own entries, a manager its region's team, and sees who has not written.
/// </summary>
public sealed class DiaryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 4, 6, 1, 0, 0, TimeSpan.Zero);

    private const string DraftFields =
        "day isWritable visitCount callCount dealsMovedCount contractsDraftedCount contractsSubmittedCount complaintsAnsweredCount " +
        "visits { id } calls { id } dealsMoved { id stage } contractsDrafted { id } contractsSubmitted { id } complaintsAnswered { id } entry { id version }";

    private const string EntryFields =
        "entry { id day visitsMade callsMade dealsMoved contractsDrafted contractsSubmitted complaintsAnswered summary tomorrowPlan version staff { id } }";

    private readonly SalesGraphApp _app;
    private readonly WriteChecks _w;

    public DiaryTests()
    {
        _app = new SalesGraphApp(
            PostgresTestServer.IsConfigured ? PostgresTestServer.NewDatabase() : null, ownsDatabase: true,
            services: s => s.AddSingleton(new BusinessCalendar(new FixedClock(Monday), BusinessTimeZone.Default)));
        _w = new WriteChecks(_app);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TheDraftCountsWhatTheRepLoggedTodayAndTheEntryStoresTheSameAudited()
    {
        var scenario = new ContractScenario(_app);
        var (rep, _) = await _w.MeAsync("rep.east.1");
        var customerId = await scenario.CustomerOfAsync("rep.east.1");
        var before = await DraftAsync("rep.east.1", "2026-04-06");
        Assert.True(before["isWritable"]!.GetValue<bool>());

        var visit = await Logged("rep.east.1", "logActivity", "LogActivityInput", "activity { id }", new { customerId, kind = "VISIT", subject = "季度回访" }, "activity");
        var call = await Logged("rep.east.1", "logActivity", "LogActivityInput", "activity { id }", new { customerId, kind = "CALL", subject = "确认到货" }, "activity");
        // A colleague's visit on the same day is not this rep's.
        await Logged("rep.east.2", "logActivity", "LogActivityInput", "activity { id }",
            new { customerId = await scenario.CustomerOfAsync("rep.east.2"), kind = "VISIT", subject = "拜访" }, "activity");
        var opportunity = await Logged("rep.east.1", "createOpportunity", "CreateOpportunityInput", "opportunity { id }",
            new { customerId, title = "二期扩产", expectedAmount = 80_000m, expectedCloseOn = "2026-05-30" }, "opportunity");
        await Logged("rep.east.1", "moveOpportunity", "MoveOpportunityInput", "opportunity { id }", new { opportunityId = opportunity, stage = "INTENTION" }, "opportunity");
        var drafted = (await scenario.DraftAsync("rep.east.1", 0m))["id"]!.GetValue<string>();
        var submitted = (await scenario.DraftAsync("rep.east.1", 0m))["id"]!.GetValue<string>();
        (await scenario.StepAsync("rep.east.1", "submitContract", new { contractId = submitted })).EnsureNoErrors();
        var complaint = await Logged("rep.east.1", "logComplaint", "LogComplaintInput", "complaint { id }",
            new { customerId, category = "DELIVERY", severity = "MEDIUM", description = "到货延迟" }, "complaint");
        await Logged("rep.east.1", "answerComplaint", "AnswerComplaintInput", "complaint { id }", new { complaintId = complaint, answer = "已催物流" }, "complaint");

        var draft = await DraftAsync("rep.east.1", "2026-04-06");
        Assert.Equal((Count(before, "visitCount") + 1, Count(before, "callCount") + 1, Count(before, "dealsMovedCount") + 1,
                Count(before, "contractsDraftedCount") + 2, Count(before, "contractsSubmittedCount") + 1, Count(before, "complaintsAnsweredCount") + 1),
            Counts(draft));
        Assert.Contains(visit, Ids(draft, "visits"));
        Assert.DoesNotContain(visit, Ids(draft, "calls"));
        Assert.Contains(call, Ids(draft, "calls"));
        Assert.Contains(opportunity, Ids(draft, "dealsMoved"));
        Assert.Contains(drafted, Ids(draft, "contractsDrafted"));
        Assert.Contains(submitted, Ids(draft, "contractsSubmitted"));
        Assert.DoesNotContain(drafted, Ids(draft, "contractsSubmitted"));
        Assert.Contains(complaint, Ids(draft, "complaintsAnswered"));
        Assert.Null(draft["entry"]);

        var written = await _w.PayloadAsync("rep.east.1", "writeDiaryEntry", "WriteDiaryEntryInput", EntryFields,
            new { summary = "  拜访一家，签一份合同草稿  ", tomorrowPlan = "跟进二期扩产报价" });
        Assert.Empty(written["errors"]!.AsArray());
        var entry = written["entry"]!;
        Assert.Equal(("2026-04-06", rep, "拜访一家，签一份合同草稿", 1), (entry["day"]!.GetValue<string>(), entry["staff"]!["id"]!.GetValue<string>(),
            entry["summary"]!.GetValue<string>(), entry["version"]!.GetValue<int>()));
        Assert.Equal(Counts(draft), (Count(entry, "visitsMade"), Count(entry, "callsMade"), Count(entry, "dealsMoved"),
            Count(entry, "contractsDrafted"), Count(entry, "contractsSubmitted"), Count(entry, "complaintsAnswered")));
        var id = entry["id"]!.GetValue<string>();

        // Writing again without the version, or with a stale one, is a CONFLICT; with it, an update that counts again.
        var blind = await _w.PayloadAsync("rep.east.1", "writeDiaryEntry", "WriteDiaryEntryInput", EntryFields, new { summary = "x", tomorrowPlan = "y" });
        Assert.Equal([("CONFLICT", "[\"input\",\"version\"]")], WriteChecks.CodesAndPaths(blind));
        await Logged("rep.east.1", "logActivity", "LogActivityInput", "activity { id }", new { customerId, kind = "VISIT", subject = "下午补访" }, "activity");
        var updated = await _w.PayloadAsync("rep.east.1", "writeDiaryEntry", "WriteDiaryEntryInput", EntryFields,
            new { version = 1, summary = "拜访两家", tomorrowPlan = "报价" });
        Assert.Empty(updated["errors"]!.AsArray());
        Assert.Equal((id, 2, Count(entry, "visitsMade") + 1), (updated["entry"]!["id"]!.GetValue<string>(), updated["entry"]!["version"]!.GetValue<int>(), Count(updated["entry"]!, "visitsMade")));
        Assert.Equal(2, (await DraftAsync("rep.east.1", "2026-04-06"))["entry"]!["version"]!.GetValue<int>());
        var stale = await _w.PayloadAsync("rep.east.1", "writeDiaryEntry", "WriteDiaryEntryInput", EntryFields, new { version = 1, summary = "x", tomorrowPlan = "y" });
        Assert.Equal([("CONFLICT", "[\"input\",\"version\"]")], WriteChecks.CodesAndPaths(stale));

        var audit = await _w.AuditAsync("DiaryEntry", id);
        Assert.Equal([("rep.east.1", "writeDiaryEntry:update"), ("rep.east.1", "writeDiaryEntry:create")], audit.Select(a => (a.Actor, a.Action)));
        Assert.Contains("Summary", audit[0].Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTodayOrThePreviousBusinessDayIsWritten()
    {
        foreach (var day in new[] { "2026-04-05", "2026-04-04", "2026-04-02", "2026-04-07" })
        {
            var refused = await _w.PayloadAsync("rep.east.1", "writeDiaryEntry", "WriteDiaryEntryInput", EntryFields, new { day, summary = "s", tomorrowPlan = "p" });
            Assert.Equal([("VALIDATION", "[\"input\",\"day\"]")], WriteChecks.CodesAndPaths(refused));
        }

        // Friday is Monday's previous business day; the demo may already hold Friday's entry, so its version is sent.
        var friday = await DraftAsync("rep.east.1", "2026-04-03");
        Assert.True(friday["isWritable"]!.GetValue<bool>());
        Assert.False((await DraftAsync("rep.east.1", "2026-04-02"))["isWritable"]!.GetValue<bool>());
        var version = friday["entry"]?["version"]?.GetValue<int>();
        var written = await _w.PayloadAsync("rep.east.1", "writeDiaryEntry", "WriteDiaryEntryInput", EntryFields,
            new { day = "2026-04-03", version, summary = "周五补写", tomorrowPlan = "周一拜访" });
        Assert.Empty(written["errors"]!.AsArray());
        Assert.Equal(("2026-04-03", "周五补写"), (written["entry"]!["day"]!.GetValue<string>(), written["entry"]!["summary"]!.GetValue<string>()));
        Assert.Equal(Counts(friday), (Count(written["entry"]!, "visitsMade"), Count(written["entry"]!, "callsMade"), Count(written["entry"]!, "dealsMoved"),
            Count(written["entry"]!, "contractsDrafted"), Count(written["entry"]!, "contractsSubmitted"), Count(written["entry"]!, "complaintsAnswered")));

        var empty = await _w.PayloadAsync("rep.east.1", "writeDiaryEntry", "WriteDiaryEntryInput", EntryFields, new { summary = " ", tomorrowPlan = "p" });
        Assert.Equal([("VALIDATION", "[\"input\",\"summary\"]")], WriteChecks.CodesAndPaths(empty));
        var manager = await _w.PostAsync("manager.east", "writeDiaryEntry", "WriteDiaryEntryInput", EntryFields, new { summary = "s", tomorrowPlan = "p" });
        Assert.Contains("AUTH_NOT_AUTHORIZED", manager.ErrorCodes);
        Assert.Equal(["VALIDATION"], (await _app.PostAsync("{ diaryDraft(day: \"2026-04-07\") { day } }", null, await _app.TokenAsync("rep.east.1"))).ErrorCodes);
    }

    [Fact]
    public async Task ARepReadsOnlyOwnEntriesAManagerItsRegionsTeamAndWhoHasNotWritten()
    {
        var (rep1, _) = await _w.MeAsync("rep.east.1");
        var (rep2, _) = await _w.MeAsync("rep.east.2");
        var written = await _w.PayloadAsync("rep.east.1", "writeDiaryEntry", "WriteDiaryEntryInput", EntryFields, new { summary = "今日拜访", tomorrowPlan = "明日电话" });
        var id = written["entry"]!["id"]!.GetValue<string>();
        const string Today = "where: { day: { eq: \"2026-04-06\" } }";

        Assert.Equal([rep1], await EntryStaffAsync("manager.east", Today));
        Assert.Equal([rep1], await EntryStaffAsync("director", Today));
        Assert.Equal([rep1], await EntryStaffAsync("rep.east.1", Today));
        Assert.Empty(await EntryStaffAsync("rep.east.2", Today));
        Assert.Empty(await EntryStaffAsync("manager.north", Today));
        Assert.All(await EntryStaffAsync("rep.east.2", ""), s => Assert.Equal(rep2, s));
        var other = await _app.PostAsync($"{{ diaryEntry(id: \"{id}\") {{ summary }} }}", null, await _app.TokenAsync("rep.east.2"));
        Assert.Equal(["NOT_FOUND"], other.ErrorCodes);
        Assert.Equal("今日拜访", (await _app.PostAsync($"{{ diaryEntry(id: \"{id}\") {{ summary }} }}", null, await _app.TokenAsync("manager.east")))
            .EnsureNoErrors().Data!["diaryEntry"]!["summary"]!.GetValue<string>());
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await _app.PostAsync("{ diaryEntries(first: 5) { nodes { id } } }", null, await _app.TokenAsync("finance"))).ErrorCodes);
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await _app.PostAsync("{ missingDiaries { nodes { id } } }", null, await _app.TokenAsync("rep.east.1"))).ErrorCodes);

        var missingEast = await MissingAsync("manager.east", "2026-04-06");
        Assert.DoesNotContain(rep1, missingEast);
        Assert.Contains(rep2, missingEast);
        var missingAll = await MissingAsync("director", "2026-04-06");
        Assert.Contains(rep2, missingAll);
        Assert.DoesNotContain(rep1, missingAll);
        Assert.True(missingAll.Count > missingEast.Count);
        var missingNorth = await MissingAsync("manager.north", "2026-04-06");
        Assert.DoesNotContain(rep2, missingNorth);
        Assert.NotEmpty(missingNorth);

        // Paged on the server: two at a time walks the same list.
        var paged = new List<string>();
        string? after = null;
        do
        {
            var page = (await _app.PostAsync($"{{ missingDiaries(day: \"2026-04-06\", first: 2{(after is null ? "" : $", after: \"{after}\"")}) {{ nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}",
                null, await _app.TokenAsync("manager.east"))).EnsureNoErrors().Data!["missingDiaries"]!;
            paged.AddRange(page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        Assert.Equal(missingEast, paged);
    }

    private async Task<List<string>> EntryStaffAsync(string who, string where) =>
        [.. (await _app.PostAsync($"{{ diaryEntries(first: 100 {where}) {{ nodes {{ staff {{ id }} }} }} }}", null, await _app.TokenAsync(who)))
            .EnsureNoErrors().Data!["diaryEntries"]!["nodes"]!.AsArray().Select(n => n!["staff"]!["id"]!.GetValue<string>()).Distinct()];

    private async Task<List<string>> MissingAsync(string who, string day) =>
        [.. (await _app.PostAsync($"{{ missingDiaries(day: \"{day}\", first: 100) {{ nodes {{ id }} }} }}", null, await _app.TokenAsync(who)))
            .EnsureNoErrors().Data!["missingDiaries"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];

    private async Task<JsonNode> DraftAsync(string who, string day) =>
        (await _app.PostAsync($"{{ diaryDraft(day: \"{day}\") {{ {DraftFields} }} }}", null, await _app.TokenAsync(who))).EnsureNoErrors().Data!["diaryDraft"]!;

    private async Task<string> Logged(string who, string mutation, string inputType, string selection, object input, string field)
    {
        var payload = await _w.PayloadAsync(who, mutation, inputType, selection, input);
        Assert.Empty(payload["errors"]!.AsArray());
        return payload[field]!["id"]!.GetValue<string>();
    }

    private static int Count(JsonNode node, string field) => node[field]!.GetValue<int>();

    private static (int, int, int, int, int, int) Counts(JsonNode draft) =>
        (Count(draft, "visitCount"), Count(draft, "callCount"), Count(draft, "dealsMovedCount"), Count(draft, "contractsDraftedCount"),
            Count(draft, "contractsSubmittedCount"), Count(draft, "complaintsAnsweredCount"));

    private static List<string> Ids(JsonNode draft, string list) => [.. draft[list]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
