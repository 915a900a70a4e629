using System.Linq.Expressions;

namespace SalesGraph.GraphQL.Querying;

/// <summary>Replaces a lambda parameter by another expression, to compose lambdas without <c>Invoke</c> (which EF Core cannot translate).</summary>
internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    public static Expression Replace(LambdaExpression lambda, Expression with) =>
        new ParameterReplacer(lambda.Parameters[0], with).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}
