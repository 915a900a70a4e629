using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Accounts;

/// <summary>
/// <c>me.approvalPolicy</c> tells clients the approval rules this server was configured with, so the SPA never keeps
/// its own copy. The app runs with thresholds other than the defaults (50,000 / 200,000 / 1,000,000).
/// </summary>
public sealed class ApprovalPolicyTests(ApprovalPolicyTests.ConfiguredApp configured) : IClassFixture<ApprovalPolicyTests.ConfiguredApp>
{
    private const string PolicyQuery = """
        {
          me {
            approvalPolicy {
              repDiscountLimit managerDiscountLimit majorContractAmount callerAuthority creditApproverRoles
              levels { level approverRoles }
              belowRep: requiredLevel(discountAmount: 29999.99, agreedTotal: 100000)
              atRep: requiredLevel(discountAmount: 30000, agreedTotal: 100000)
              aboveManager: requiredLevel(discountAmount: 120000.01, agreedTotal: 100000)
              major: requiredLevel(discountAmount: 0, agreedTotal: 800000)
              overCredit: needsFinance(openReceivables: 60000, agreedTotal: 50000, creditLimit: 100000)
              withinCredit: needsFinance(openReceivables: 50000, agreedTotal: 50000, creditLimit: 100000)
            }
          }
        }
        """;

    [Theory]
    [InlineData("rep.east.1", "REP")]
    [InlineData("director", "DIRECTOR")]
    public async Task PolicyReportsTheConfiguredThresholdsAndTheCallersAuthority(string username, string authority)
    {
        var app = configured.App;
        var policy = (await app.PostAsync(PolicyQuery, token: await app.TokenAsync(username))).EnsureNoErrors().Data!["me"]!["approvalPolicy"]!;

        Assert.Equal(30_000m, policy["repDiscountLimit"]!.GetValue<decimal>());
        Assert.Equal(120_000m, policy["managerDiscountLimit"]!.GetValue<decimal>());
        Assert.Equal(800_000m, policy["majorContractAmount"]!.GetValue<decimal>());
        Assert.Equal(authority, policy["callerAuthority"]!.GetValue<string>());

        Assert.Equal("REP", policy["belowRep"]!.GetValue<string>());
        Assert.Equal("MANAGER", policy["atRep"]!.GetValue<string>());
        Assert.Equal("DIRECTOR", policy["aboveManager"]!.GetValue<string>());
        Assert.Equal("DIRECTOR", policy["major"]!.GetValue<string>());
        Assert.True(policy["overCredit"]!.GetValue<bool>());
        Assert.False(policy["withinCredit"]!.GetValue<bool>());
    }

    [Fact]
    public async Task LevelsNameWhoApprovesEachRungAndFinanceApprovesCredit()
    {
        var app = configured.App;
        var policy = (await app.PostAsync(PolicyQuery, token: await app.TokenAsync("director"))).EnsureNoErrors().Data!["me"]!["approvalPolicy"]!;

        var levels = policy["levels"]!.AsArray().ToDictionary(l => l!["level"]!.GetValue<string>(), l => Roles(l!["approverRoles"]));
        Assert.Equal(["REP", "MANAGER", "DIRECTOR"], levels.Keys);
        Assert.Equal(["SALES_REP", "REGIONAL_MANAGER", "DIRECTOR"], levels["REP"]);
        Assert.Equal(["REGIONAL_MANAGER", "DIRECTOR"], levels["MANAGER"]);
        Assert.Equal(["DIRECTOR"], levels["DIRECTOR"]);
        Assert.Equal(["FINANCE"], Roles(policy["creditApproverRoles"]));
    }

    [Fact]
    public async Task FinanceIsOutsideTheDiscountLadder()
    {
        var app = configured.App;
        var policy = (await app.PostAsync(PolicyQuery, token: await app.TokenAsync("finance"))).EnsureNoErrors().Data!["me"]!["approvalPolicy"]!;

        Assert.Null(policy["callerAuthority"]);
        Assert.Equal(30_000m, policy["repDiscountLimit"]!.GetValue<decimal>());
    }

    private static List<string> Roles(JsonNode? roles) => [.. roles!.AsArray().Select(r => r!.GetValue<string>())];

    /// <summary>The app with approval thresholds that differ from every default, on its own fresh database.</summary>
    public sealed class ConfiguredApp : IDisposable
    {
        public SalesGraphApp App { get; } = new(
            PostgresTestServer.IsConfigured ? PostgresTestServer.NewDatabase() : null,
            ownsDatabase: true,
            new Dictionary<string, string?>
            {
                ["Approval:RepDiscountLimit"] = "30000",
                ["Approval:ManagerDiscountLimit"] = "120000",
                ["Approval:MajorContractAmount"] = "800000",
            });

        public void Dispose() => App.Dispose();
    }
}
