using GraphQL;
using GraphQL.Types;
using SalesGraph.GraphQL.Errors;
using SalesGraph.GraphQL.Transport;

namespace SalesGraph.UnitTests.GraphQL.Testing;

/// <summary>A schema that knows nothing of sales: just enough fields to exercise the transport.</summary>
public sealed class TinySchema : Schema
{
    public TinySchema(IServiceProvider services, ConcurrencyProbe probe)
        : base(services)
    {
        Query = new TinyQuery(probe);
        Mutation = new TinyMutation(probe);
    }
}

internal sealed class TinyQuery : ObjectGraphType
{
    public TinyQuery(ConcurrencyProbe probe)
    {
        Name = "Query";
        Field<StringGraphType>("greeting")
            .Argument<StringGraphType>("name")
            .Resolve(context => $"Hello, {context.GetArgument("name", "world")}!");
        Field<NonNullGraphType<IntGraphType>>("double")
            .Argument<NonNullGraphType<IntGraphType>>("value")
            .Resolve(context => context.GetArgument<int>("value") * 2);
        Field<StringGraphType>("missingThing")
            .Resolve(_ => throw CodedExecutionError.NotFound("Thing not found."));
        Field<StringGraphType>("broken")
            .Resolve(_ => throw new InvalidOperationException("connection string Password=hunter2 leaked"));
        Field<StringGraphType>("callerName")
            .Resolve(context => context.User?.Identity?.Name);
        Field<StringGraphType>("requestPath")
            .Resolve(context => context.UserContext is GraphQLUserContext user ? user.HttpContext.Request.Path.Value : null);
        Field<BooleanGraphType>("cancellationMatchesRequest")
            .Resolve(context => context.UserContext is GraphQLUserContext user
                && context.CancellationToken.CanBeCanceled == user.HttpContext.RequestAborted.CanBeCanceled);
        Field<BooleanGraphType>("meetA").ResolveAsync(async _ => await probe.MeetAsync());
        Field<BooleanGraphType>("meetB").ResolveAsync(async _ => await probe.MeetAsync());
    }
}

internal sealed class TinyMutation : ObjectGraphType
{
    public TinyMutation(ConcurrencyProbe probe)
    {
        Name = "Mutation";
        Field<IntGraphType>("stepA").ResolveAsync(async _ => await probe.StepAsync());
        Field<IntGraphType>("stepB").ResolveAsync(async _ => await probe.StepAsync());
    }
}
