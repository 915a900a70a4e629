using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQLParser.AST;

namespace SalesGraph.GraphQL.Querying;

/// <summary>
/// Reads only the columns a query selects: the fields selected on a connection's nodes (through <c>nodes</c> and
/// <c>edges.node</c>, fragments included) become a <c>row => new T { Id = row.Id, Name = row.Name, … }</c> projection
/// that EF Core turns into the <c>SELECT</c> list.
/// </summary>
public static class Projection
{
    /// <summary>The names of the fields selected on the object the current field returns (fragments included).</summary>
    public static IReadOnlySet<string> SelectedFields(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var selected = new HashSet<string>(StringComparer.Ordinal);
        Collect(context.FieldAst.SelectionSet, FragmentsOf(context), selected);
        return selected;
    }

    /// <summary>The names of the fields selected on the nodes of the current connection field.</summary>
    public static IReadOnlySet<string> SelectedNodeFields(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fragments = FragmentsOf(context);
        var selected = new HashSet<string>(StringComparer.Ordinal);
        if (context.SubFields is null)
        {
            return selected;
        }

        foreach (var (field, _) in context.SubFields.Values)
        {
            switch (field.Name.StringValue)
            {
                case "nodes":
                    Collect(field.SelectionSet, fragments, selected);
                    break;
                case "edges":
                    foreach (var node in Fields(field.SelectionSet, fragments).Where(f => f.Name.StringValue == "node"))
                    {
                        Collect(node.SelectionSet, fragments, selected);
                    }

                    break;
            }
        }

        return selected;
    }

    /// <summary>
    /// The projection of <typeparamref name="T"/> to the properties that <paramref name="selected"/> fields read, plus
    /// <paramref name="alwaysRead"/> (keys and foreign keys, which relations and authorization rules need) and the
    /// properties <paramref name="alsoRead"/> expressions use (sort keys, for cursors); or null when a selected field
    /// reads something unknown (a computed field without declared reads), so the whole row is read.
    /// </summary>
    /// <param name="entity">The model of <typeparamref name="T"/>.</param>
    /// <param name="selected">The selected field names.</param>
    /// <param name="alwaysRead">Properties every projection reads.</param>
    /// <param name="alsoRead">Expressions over <typeparamref name="T"/> whose properties must be read too.</param>
    /// <param name="isMapped">Whether a property is a mapped column (others cannot be projected).</param>
    public static Expression<Func<T, T>>? Build<T>(
        QueryableEntity entity,
        IEnumerable<string> selected,
        IEnumerable<PropertyInfo> alwaysRead,
        IEnumerable<LambdaExpression> alsoRead,
        Func<PropertyInfo, bool> isMapped)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(selected);
        ArgumentNullException.ThrowIfNull(alwaysRead);
        ArgumentNullException.ThrowIfNull(alsoRead);
        ArgumentNullException.ThrowIfNull(isMapped);
        var properties = new HashSet<PropertyInfo>(alwaysRead);
        foreach (var field in selected)
        {
            if (!entity.Reads.TryGetValue(field, out var reads))
            {
                continue; // __typename, or a field of another type in an inline fragment
            }

            if (reads is null)
            {
                return null;
            }

            properties.UnionWith(reads);
        }

        foreach (var expression in alsoRead)
        {
            properties.UnionWith(MembersOf(expression).Select(p => OnEntity(p, typeof(T))));
        }

        if (properties.Any(p => !isMapped(p) || p.SetMethod is not { IsPublic: true }))
        {
            return null;
        }

        var row = Expression.Parameter(typeof(T), "row");
        var init = Expression.MemberInit(
            Expression.New(typeof(T)),
            properties.OrderBy(p => p.MetadataToken).Select(p => Expression.Bind(p, Expression.Property(row, p))));
        return Expression.Lambda<Func<T, T>>(init, row);
    }

    /// <summary>A stable text of a projection (for batch names: different selections must not share a batch).</summary>
    public static string Describe(IReadOnlySet<string> selected) => string.Join(',', selected.Order(StringComparer.Ordinal));

    // A key written over an interface (e => e.Id with T : IHasId) reads the interface's property; the model and the
    // initializer need the entity's own.
    private static PropertyInfo OnEntity(PropertyInfo property, Type entity)
    {
        if (property.DeclaringType is not { IsInterface: true } contract || !contract.IsAssignableFrom(entity))
        {
            return property;
        }

        var map = entity.GetInterfaceMap(contract);
        var index = Array.IndexOf(map.InterfaceMethods, property.GetMethod);
        return index < 0
            ? property
            : entity.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).FirstOrDefault(p => p.GetMethod == map.TargetMethods[index]) ?? property;
    }

    private static Dictionary<string, GraphQLFragmentDefinition> FragmentsOf(IResolveFieldContext context) =>
        context.Document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal);

    private static HashSet<PropertyInfo> MembersOf(LambdaExpression expression)
    {
        var collector = new MemberCollector(expression.Parameters[0]);
        collector.Visit(expression.Body);
        return collector.Properties;
    }

    private static void Collect(GraphQLSelectionSet? set, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> into)
    {
        foreach (var field in Fields(set, fragments))
        {
            into.Add(field.Name.StringValue);
        }
    }

    private static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet? set, Dictionary<string, GraphQLFragmentDefinition> fragments, int depth = 0)
    {
        // Fragments may only nest finitely in a valid document; the bound guards against a malformed one.
        if (set is null || depth > 32)
        {
            yield break;
        }

        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var f in Fields(inline.SelectionSet, fragments, depth + 1))
                    {
                        yield return f;
                    }

                    break;
                case GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                    foreach (var f in Fields(fragment.SelectionSet, fragments, depth + 1))
                    {
                        yield return f;
                    }

                    break;
            }
        }
    }

    private sealed class MemberCollector(ParameterExpression row) : ExpressionVisitor
    {
        public HashSet<PropertyInfo> Properties { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == row && node.Member is PropertyInfo property)
            {
                Properties.Add(property);
            }

            return base.VisitMember(node);
        }
    }
}
