using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Auth;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Auth;

[Collection(SharedApp.Name)]
public sealed class AccessDeclarationTests(SalesGraphApp app)
{
    /// <summary>A new field is denied until declared; this test names the fields someone forgot to declare.</summary>
    [Fact]
    public void EveryFieldOfEveryObjectTypeIsDeclaredInTheAccessMatrix()
    {
        var undeclared = SchemaFields().Where(f => !AccessMatrix.Fields.TryGetValue(f.Type, out var fields) || !fields.ContainsKey(f.Field))
            .Select(f => $"{f.Type}.{f.Field}").ToList();
        Assert.True(undeclared.Count == 0, "Declare these in api/Auth/AccessMatrix.cs: " + string.Join(", ", undeclared));
    }

    [Fact]
    public void TheAccessMatrixDeclaresNoFieldTheSchemaDoesNotHave()
    {
        var existing = SchemaFields().Select(f => $"{f.Type}.{f.Field}").ToHashSet(StringComparer.Ordinal);
        var stale = AccessMatrix.Fields.SelectMany(t => t.Value.Keys.Select(f => $"{t.Key}.{f}")).Where(c => !existing.Contains(c)).ToList();
        Assert.True(stale.Count == 0, "Declared but not in the schema: " + string.Join(", ", stale));
    }

    [Fact]
    public void EveryMutationFieldComesFromADeclarationAndTheMatrixListsNoMachinery()
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var undeclared = schema.Mutation!.Fields.Where(f => !FieldGuard.IsPlumbing(f)).Select(f => f.Name).ToList();
        Assert.True(undeclared.Count == 0, "Mutation fields not built from a declaration: " + string.Join(", ", undeclared));
        Assert.DoesNotContain("Mutation", AccessMatrix.Fields.Keys);
        Assert.DoesNotContain(AccessMatrix.Fields.Keys, t => t.EndsWith("Payload", StringComparison.Ordinal) || t.EndsWith("Error", StringComparison.Ordinal));
        Assert.Contains(schema.AllTypes, t => t.Name == "CreateContractPayload" && FieldGuard.IsPlumbing(t));
        Assert.Contains(schema.AllTypes, t => t.Name == "ConflictError" && FieldGuard.IsPlumbing(t));
        Assert.Contains(schema.AllTypes, t => t.Name == "CustomerConnection" && FieldGuard.IsPlumbing(t));
    }

    [Fact]
    public void ProtectedFieldsShowTheirRuleInTheSchema()
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var mobile = ((IObjectGraphType)schema.AllTypes["Customer"]!).GetField("mobile")!;
        Assert.Contains("Access:", mobile.Description, StringComparison.Ordinal);
        Assert.Contains("masked for FINANCE", mobile.Description, StringComparison.Ordinal);
        Assert.IsNotType<NonNullGraphType>(mobile.ResolvedType);
    }

    private List<(string Type, string Field)> SchemaFields()
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return [.. schema.AllTypes.OfType<IObjectGraphType>()
            .Where(t => !FieldGuard.IsPlumbing(t))
            .SelectMany(t => t.Fields.Where(f => !FieldGuard.IsPlumbing(f)).Select(f => (t.Name, f.Name)))];
    }
}
