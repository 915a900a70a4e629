using System.Linq.Expressions;
using SalesGraph.Data;

namespace SalesGraph.Auth;

/// <summary>
/// Applies the row rules of <see cref="AccessMatrix"/>: every read starts from <see cref="Scoped{T}"/>, so the scope is
/// part of the SQL and a row outside it reads exactly as a row that does not exist.
/// </summary>
public static class RowScopes
{
    /// <summary>The rows of <typeparamref name="T"/> that <paramref name="caller"/> may see.</summary>
    public static IQueryable<T> Scoped<T>(this SalesGraphDbContext db, Caller caller)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<T>().Where(AccessMatrix.RowRule<T>(caller, db.Regions));
    }

    /// <summary>Applies a parent's rule through a navigation: <c>child => rule(child.Parent)</c>.</summary>
    public static Expression<Func<TChild, bool>> Via<TChild, TParent>(
        Expression<Func<TChild, TParent>> navigation, Expression<Func<TParent, bool>> rule)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        ArgumentNullException.ThrowIfNull(rule);
        var body = new Substitute(rule.Parameters[0], navigation.Body).Visit(rule.Body);
        return Expression.Lambda<Func<TChild, bool>>(body, navigation.Parameters);
    }

    /// <summary>Replaces one parameter with an expression.</summary>
    internal sealed class Substitute(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
