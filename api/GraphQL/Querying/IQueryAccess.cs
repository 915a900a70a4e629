using System.Linq.Expressions;

namespace SalesGraph.GraphQL.Querying;

/// <summary>
/// What the caller may use in <c>where</c> and <c>order</c>, so the translators stay free of any authorization model:
/// a field the caller cannot read in full is refused (else a filter could probe a hidden or masked value), and a
/// relation filter only sees related rows the caller may see.
/// </summary>
public interface IQueryAccess
{
    /// <summary>Whether the caller reads <paramref name="fieldName"/> of <paramref name="typeName"/> plainly on every row.</summary>
    bool MayUse(string typeName, string fieldName);

    /// <summary>
    /// The rows of <paramref name="entityType"/> the caller may see, as an <c>Expression&lt;Func&lt;TEntity, bool&gt;&gt;</c>,
    /// or null when the caller sees them all (or when only validating).
    /// </summary>
    LambdaExpression? RowsOf(Type entityType);
}
