using GraphQL.Types;

namespace SalesGraph.GraphQL.Querying;

/// <summary>
/// The operations on one kind of value in <c>where</c>, e.g. <c>DateOperationFilterInput { eq neq in nin gt gte lt lte }</c>
/// (see <see cref="FilterOperations"/>). Several operations in one input must all hold.
/// </summary>
/// <typeparam name="TValueGraphType">The scalar or enum graph type of the value.</typeparam>
public sealed class OperationFilterInputGraphType<TValueGraphType> : InputObjectGraphType
    where TValueGraphType : ScalarGraphType, new()
{
    /// <summary>Declares the operations for the value type.</summary>
    public OperationFilterInputGraphType()
    {
        var valueName = new TValueGraphType().Name;
        Name = FilterOperations.InputName(valueName);
        Description = $"Conditions on a `{valueName}` value; all given conditions must hold.";
        foreach (var operation in FilterOperations.For(typeof(TValueGraphType)))
        {
            var type = operation is FilterOperations.In or FilterOperations.Nin
                ? typeof(ListGraphType<NonNullGraphType<TValueGraphType>>)
                : typeof(TValueGraphType);
            Field(operation, type).Description(FilterOperations.Describe(operation));
        }
    }
}
