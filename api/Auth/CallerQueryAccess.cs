using System.Linq.Expressions;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Querying;

namespace SalesGraph.Auth;

/// <summary>
/// What <paramref name="caller"/> may use in <c>where</c> and <c>order</c>, from <see cref="AccessMatrix"/>: only fields
/// it reads plainly on every row (masked, own-rows-only and denied fields are refused, so a filter cannot probe their
/// values), and, through relations, only the rows its row rule shows.
/// </summary>
/// <param name="caller">Who asks.</param>
/// <param name="regions">The regions table of the query's context (row rules need it); null to check fields only.</param>
public sealed class CallerQueryAccess(Caller caller, IQueryable<Region>? regions) : IQueryAccess
{
    private static readonly System.Reflection.MethodInfo RowRule = typeof(AccessMatrix).GetMethod(nameof(AccessMatrix.RowRule))!;

    /// <inheritdoc />
    public bool MayUse(string typeName, string fieldName) =>
        AccessMatrix.Fields.TryGetValue(typeName, out var fields)
        && fields.TryGetValue(fieldName, out var rule)
        && rule.For(caller) == FieldAccess.Allow;

    /// <inheritdoc />
    public LambdaExpression? RowsOf(Type entityType) =>
        regions is null ? null : (LambdaExpression)RowRule.MakeGenericMethod(entityType).Invoke(null, [caller, regions])!;
}
