using System.Text.Json.Nodes;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Auth;

/// <summary>
/// Every role × every protected field × every way of reaching it (directly, through an alias, a fragment, a nested
/// path). The expected outcomes are written out here from docs/domain.md, independently of api/Auth/AccessMatrix.cs, so a
/// wrong declaration fails: A = the plain value, M = masked, D = null with one AUTH_NOT_AUTHORIZED error, - = the role
/// sees no such rows at all.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class FieldAuthorizationMatrixTests(SalesGraphApp app)
{
    private static readonly string[] Accounts = ["director", "finance", "manager.east", "rep.east.1", "support.east", "bi", "erp", "admin"];

    //                                      director finance manager rep support bi erp admin
    private const string Matrix = """
        Customer.mobile                      A       M       A       A   A       D  M   -
        Customer.address                     A       M       A       A   A       D  M   -
        Customer.contactPerson               A       M       A       A   A       D  M   -
        Customer.creditLimit                 A       A       A       D   D       D  D   -
        Customer.paymentTermDays             A       A       A       A   A       D  D   -
        Customer.creditRemaining             A       A       A       A   A       D  D   -
        Customer.creditOverride              A       A       A       D   D       D  D   -
        Product.unitCost                     A       A       D       D   D       D  D   -
        Contract.costTotal                   A       A       D       D   D       D  D   -
        Contract.grossMargin                 A       A       D       D   D       D  D   -
        ContractLine.unitCost                A       A       D       D   D       D  D   -
        Staff.email                          A       A       A       A   A       D  D   A
        Staff.mobile                         A       A       A       A   A       D  D   A
        Activity.subject                     A       A       A       A   A       D  D   -
        """;

    /// <summary>How to reach a field of each type: root list, and a nested path through another type.</summary>
    private static readonly Dictionary<string, (string Root, string Nested)> Paths = new(StringComparer.Ordinal)
    {
        ["Customer"] = ("customers(first: 5) { nodes { $ } }", "contracts(first: 5) { nodes { customer { $ } } }"),
        ["Product"] = ("products(first: 5) { nodes { $ } }", "contracts(first: 3) { nodes { lines { nodes { product { $ } } } } }"),
        ["Contract"] = ("contracts(first: 5) { nodes { $ } }", "customers(first: 5) { nodes { contracts(first: 2) { nodes { $ } } } }"),
        ["ContractLine"] = ("contracts(first: 5) { nodes { lines { nodes { $ } } } }", "customers(first: 3) { nodes { contracts(first: 2) { nodes { lines { nodes { $ } } } } } }"),
        ["Staff"] = ("staff(first: 5) { nodes { $ } }", "regions(first: 3) { nodes { manager { $ } } }"),
        ["Activity"] = ("activities(first: 5) { nodes { $ } }", "customers(first: 5) { nodes { activities(first: 2) { nodes { $ } } } }"),
    };

    public static TheoryData<string, string, char> Cases()
    {
        var data = new TheoryData<string, string, char>();
        foreach (var line in Matrix.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < Accounts.Length; i++)
            {
                data.Add(Accounts[i], cells[0], cells[i + 1][0]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachRoleGetsWhatDomainSaysOfEachProtectedFieldOnEveryPath(string account, string coordinate, char expected)
    {
        var token = await app.TokenAsync(account);
        var (type, field) = (coordinate.Split('.')[0], coordinate.Split('.')[1]);
        var (root, nested) = Paths[type];
        var documents = new (string How, string Query)[]
        {
            ("direct", "{ " + root.Replace("$", field, StringComparison.Ordinal) + " }"),
            ("alias", "{ " + root.Replace("$", "renamed: " + field, StringComparison.Ordinal) + " }"),
            ("fragment", "{ " + root.Replace("$", "...F", StringComparison.Ordinal) + " } fragment F on " + type + " { " + field + " }"),
            ("nested", "{ " + nested.Replace("$", field, StringComparison.Ordinal) + " }"),
        };

        foreach (var (how, query) in documents)
        {
            var response = await app.PostAsync(query, null, token);
            Assert.Equal(200, response.Status);
            var values = Leaves(response.Data!).ToList();
            var label = $"{account} {coordinate} ({how}): {response.Text[..Math.Min(600, response.Text.Length)]}";
            var denials = response.Errors.Where(e => e?["extensions"]?["code"]?.GetValue<string>() == "AUTH_NOT_AUTHORIZED").ToList();
            switch (expected)
            {
                case '-':
                    Assert.True(values.Count == 0, $"expected no visible rows: {label}");
                    break;
                case 'A':
                    Assert.True(values.Count > 0, $"expected rows: {label}");
                    Assert.True(denials.Count == 0 && response.Errors.Count == 0, $"expected no error: {label}");
                    Assert.True(values.Any(v => v is not null), $"expected values: {label}");
                    Assert.True(values.All(v => v is null || !v.ToString().Contains("**", StringComparison.Ordinal)), $"expected plain values: {label}");
                    break;
                case 'M':
                    Assert.True(values.Count > 0 && response.Errors.Count == 0, $"expected masked rows: {label}");
                    Assert.True(values.All(v => v is not null && v.ToString().Contains('*', StringComparison.Ordinal)), $"expected masked values: {label}");
                    break;
                case 'D':
                    Assert.True(values.Count > 0, $"expected rows: {label}");
                    Assert.True(values.All(v => v is null), $"expected nulls: {label}");
                    Assert.True(denials.Count == 1, $"expected one AUTH_NOT_AUTHORIZED error for the field, not one per row: {label}");
                    Assert.Equal(how == "alias" ? "renamed" : field, denials[0]!["path"]!.AsArray().Last()!.GetValue<string>());
                    Assert.NotNull(response.Data);
                    break;
                default:
                    throw new InvalidOperationException($"unknown outcome {expected}");
            }
        }
    }

    [Fact]
    public async Task SalaryIsReadByTheDirectorThePersonAndTheirManagerOnly()
    {
        const string Query = "query($id: ID!) { staffMember(id: $id) { name baseSalary commissionRate reportsTo { id } } }";
        var rep = await MeAsync("rep.east.1");
        var repId = rep["staff"]!["id"]!.GetValue<string>();

        foreach (var (account, allowed) in new[] { ("director", true), ("rep.east.1", true), ("rep.east.2", false), ("finance", false), ("manager.north", false), ("bi", false) })
        {
            var response = await app.PostAsync(Query, new { id = repId }, await app.TokenAsync(account));
            var salary = response.Data?["staffMember"]?["baseSalary"];
            Assert.True(allowed ? salary is not null : salary is null, $"{account}: {response.Text}");
            Assert.Equal(allowed ? 0 : 2, response.ErrorCodes.Count(c => c == "AUTH_NOT_AUTHORIZED")); // baseSalary and commissionRate
        }

        // The rep's own manager (the staff member the rep reports to) reads it too.
        var managerStaffId = (await app.PostAsync(Query, new { id = repId }, await app.TokenAsync("director"))).Data!["staffMember"]!["reportsTo"]!["id"]!.GetValue<string>();
        var managerAccount = (await app.PostAsync("{ me { staff { id } } }", null, await app.TokenAsync("manager.east"))).Data!["me"]!["staff"]!["id"]!.GetValue<string>();
        if (managerStaffId == managerAccount)
        {
            var byManager = await app.PostAsync(Query, new { id = repId }, await app.TokenAsync("manager.east"));
            Assert.NotNull(byManager.Data!["staffMember"]!["baseSalary"]);
        }
    }

    [Fact]
    public async Task BiNeverReceivesPersonalDataMaskedOrNot()
    {
        var token = await app.TokenAsync("bi");
        var response = await app.PostAsync(
            "{ customers(first: 50) { nodes { name mobile address contactPerson owner { name email mobile } } } }", null, token);
        Assert.DoesNotMatch(@"1[3-9]\d{9}|1[3-9]\d\*{4}", response.Data!.ToJsonString());
        Assert.All(response.Data!["customers"]!["nodes"]!.AsArray(), n =>
        {
            Assert.Null(n!["mobile"]);
            Assert.Null(n["address"]);
            Assert.Null(n["contactPerson"]);
            Assert.Null(n["owner"]!["email"]);
            Assert.Null(n["owner"]!["mobile"]);
        });
    }

    private async Task<JsonNode> MeAsync(string account) =>
        (await app.PostAsync("{ me { username role scope staff { id } } }", null, await app.TokenAsync(account))).EnsureNoErrors().Data!["me"]!;

    /// <summary>The values of the innermost selected field in every row of the response (null included).</summary>
    private static IEnumerable<JsonNode?> Leaves(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj when obj.Count == 1 && obj.First().Value is not JsonObject and not JsonArray:
                yield return obj.First().Value;
                break;
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        foreach (var leaf in Leaves(child))
                        {
                            yield return leaf;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        foreach (var leaf in Leaves(item))
                        {
                            yield return leaf;
                        }
                    }
                }

                break;
        }
    }
}
