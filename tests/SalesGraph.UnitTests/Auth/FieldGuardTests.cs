using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using SalesGraph.Auth;
using SalesGraph.GraphQL;

namespace SalesGraph.UnitTests.Auth;

/// <summary>
/// The field guard fails closed: a field nobody declared is denied to every role, whatever its type is called; only
/// types the machinery built (and say so) are left alone.
/// </summary>
public sealed class FieldGuardTests
{
    [Fact]
    public async Task AnUndeclaredFieldOfATypeNamedLikeAConnectionIsDenied()
    {
        var result = await ExecuteAsync("{ customers { secret } }");

        AssertDeniedOnce(result, "customers", "secret");
    }

    [Fact]
    public async Task AnUndeclaredFieldOfABusinessTypeIsDeniedWhileItsDeclaredFieldsAnswer()
    {
        var result = await ExecuteAsync("{ customer { name undeclaredNote } }");

        Assert.Equal("ACME", Data(result, "customer", "name"));
        AssertDeniedOnce(result, "customer", "undeclaredNote");
    }

    [Fact]
    public async Task ATypeTheMachineryBuiltIsLeftToTheDataItLeadsTo()
    {
        var result = await ExecuteAsync("{ contracts { anything } }");

        Assert.Null(result.Errors);
        Assert.Equal("carried", Data(result, "contracts", "anything"));
    }

    [Fact]
    public void PlumbingIsRecognisedByWhatBuiltItNotByItsName()
    {
        Assert.False(FieldGuard.IsPlumbing(new ObjectGraphType { Name = "LeakConnection" }));
        Assert.False(FieldGuard.IsPlumbing(new ObjectGraphType { Name = "LeakEdge" }));
        Assert.True(FieldGuard.IsPlumbing(new MachineryGraphType()));
        Assert.False(FieldGuard.IsPlumbing(new FieldType { Name = "createContract" }));
        Assert.True(FieldGuard.IsPlumbing(new FieldType { Name = "createContract" }.MarkAsPlumbing()));
    }

    private static async Task<ExecutionResult> ExecuteAsync(string query)
    {
        var leak = new ObjectGraphType { Name = "LeakConnection" };
        leak.Field<StringGraphType>("secret").Resolve(_ => "s3cret");
        var customer = new ObjectGraphType { Name = "Customer" };
        customer.Field<StringGraphType>("name").Resolve(_ => "ACME");
        customer.Field<StringGraphType>("undeclaredNote").Resolve(_ => "note");
        var root = new ObjectGraphType { Name = "Query" };
        root.Field("customers", leak).Resolve(_ => new object());
        root.Field("customer", customer).Resolve(_ => new object());
        root.Field("contracts", new MachineryGraphType()).Resolve(_ => new object());
        var schema = new Schema { Query = root };
        schema.RegisterVisitor(new FieldGuard());

        await using var services = new ServiceCollection().AddScoped<DeniedFields>().BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var director = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(SalesGraphClaimTypes.Name, "director"), new Claim(SalesGraphClaimTypes.Role, "Director")], "test"));
        return await new DocumentExecuter().ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = query;
            o.User = director;
            o.RequestServices = scope.ServiceProvider;
        });
    }

    /// <summary>The field resolved to null with one AUTH_NOT_AUTHORIZED error on its path.</summary>
    private static void AssertDeniedOnce(ExecutionResult result, string field, string subfield)
    {
        Assert.Null(Data(result, field, subfield));
        var error = Assert.Single(result.Errors!);
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.Code);
        Assert.Equal([field, subfield], error.Path!);
    }

    private static object? Data(ExecutionResult result, string field, string subfield)
    {
        var data = (IDictionary<string, object?>)((global::GraphQL.Execution.ExecutionNode)result.Data!).ToValue()!;
        return ((IDictionary<string, object?>)data[field]!)[subfield];
    }

    private sealed class MachineryGraphType : ObjectGraphType, IPlumbingGraphType
    {
        public MachineryGraphType()
        {
            Name = "Plumbing";
            Field<StringGraphType>("anything").Resolve(_ => "carried");
        }
    }
}
