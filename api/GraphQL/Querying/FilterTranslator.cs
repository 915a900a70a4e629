using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using SalesGraph.GraphQL.Errors;

namespace SalesGraph.GraphQL.Querying;

/// <summary>
/// Translates a parsed <c>where</c> argument (see <see cref="FilterInputGraphType{TGraphType}"/>) into an
/// <see cref="Expression{TDelegate}"/> EF Core turns into SQL; nothing is filtered in memory. Every field used is first
/// checked with <see cref="IQueryAccess.MayUse"/>: one the caller cannot read plainly refuses the whole argument with
/// <c>AUTH_NOT_AUTHORIZED</c>, before any SQL runs. Relation filters are at most <see cref="MaxRelationDepth"/> deep
/// and only match related rows the caller may see.
/// </summary>
public static class FilterTranslator
{
    /// <summary>How many relations deep a filter may reach (<c>contract → customer → owner → region</c> is 3).</summary>
    public const int MaxRelationDepth = 3;

    /// <summary>How deep <c>and</c>/<c>or</c> may nest.</summary>
    public const int MaxLogicalDepth = 8;

    /// <summary>The predicate of <paramref name="where"/> over <typeparamref name="T"/>, or null when it sets no condition.</summary>
    /// <param name="where">The parsed argument: a dictionary of field names to operation inputs, as GraphQL.NET parses input objects.</param>
    /// <param name="entity">The model of <typeparamref name="T"/>.</param>
    /// <param name="access">What the caller may use.</param>
    /// <param name="services">The request's services, which computed fields (<see cref="ComputedQueryField"/>) bind their keys with.</param>
    public static Expression<Func<T, bool>>? Translate<T>(object? where, QueryableEntity entity, IQueryAccess access, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(access);
        if (entity.EntityType != typeof(T))
        {
            throw new ArgumentException($"The model is of {entity.EntityType.Name}, not {typeof(T).Name}.", nameof(entity));
        }

        var row = Expression.Parameter(typeof(T), "row");
        var body = Conditions(where, entity, row, access, 0, 0, services);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, row);
    }

    private static Expression? Conditions(object? value, QueryableEntity entity, Expression row, IQueryAccess access, int relationDepth, int logicalDepth, IServiceProvider? services)
    {
        if (logicalDepth > MaxLogicalDepth)
        {
            throw new CodedExecutionError(ErrorCodes.Validation, $"'where' nests 'and'/'or' more than {MaxLogicalDepth} deep.");
        }

        Expression? all = null;
        foreach (var (name, argument) in AsObject(value))
        {
            var term = name switch
            {
                FilterOperations.And => Combine(argument, entity, row, access, relationDepth, logicalDepth, Expression.AndAlso, true, services),
                FilterOperations.Or => Combine(argument, entity, row, access, relationDepth, logicalDepth, Expression.OrElse, false, services),
                _ => Field(name, argument, entity, row, access, relationDepth, logicalDepth, services),
            };
            if (term is not null)
            {
                all = all is null ? term : Expression.AndAlso(all, term);
            }
        }

        return all;
    }

    private static Expression? Combine(
        object? list, QueryableEntity entity, Expression row, IQueryAccess access, int relationDepth, int logicalDepth,
        Func<Expression, Expression, BinaryExpression> combine, bool whenEmpty, IServiceProvider? services)
    {
        if (list is null)
        {
            return null;
        }

        Expression? result = null;
        foreach (var item in AsList(list))
        {
            // A filter without conditions holds for every row.
            var term = Conditions(item, entity, row, access, relationDepth, logicalDepth + 1, services) ?? Expression.Constant(true);
            result = result is null ? term : combine(result, term);
        }

        return result ?? Expression.Constant(whenEmpty);
    }

    private static Expression? Field(
        string name, object? argument, QueryableEntity entity, Expression row, IQueryAccess access, int relationDepth, int logicalDepth, IServiceProvider? services)
    {
        if (!entity.Members.TryGetValue(name, out var member))
        {
            throw new CodedExecutionError(ErrorCodes.Validation, $"{entity.TypeName}.{name} cannot be filtered on.");
        }

        if (!access.MayUse(entity.TypeName, name))
        {
            throw NotAuthorized(entity.TypeName, name, "filter");
        }

        if (argument is null)
        {
            return null;
        }

        if (member.Computed is { } computed)
        {
            return Computed(argument, row, member, computed.Bind(services), entity.TypeName);
        }

        var value = Expression.Property(row, member.Property!);
        if (member.IsRelation)
        {
            if (relationDepth + 1 > MaxRelationDepth)
            {
                throw new CodedExecutionError(ErrorCodes.Validation, $"'where' reaches more than {MaxRelationDepth} relations deep.");
            }

            var related = QueryableEntity.For(member.RelatedGraphType!);
            var inner = Conditions(argument, related, value, access, relationDepth + 1, logicalDepth, services);
            Expression result = Expression.NotEqual(value, Expression.Constant(null, member.PropertyType));
            if (access.RowsOf(related.EntityType) is { } visible)
            {
                result = Expression.AndAlso(result, ParameterReplacer.Replace(visible, value));
            }

            return inner is null ? result : Expression.AndAlso(result, inner);
        }

        Expression? all = null;
        foreach (var (operation, operand) in AsObject(argument))
        {
            var term = Operation(operation, operand, value, member, entity.TypeName);
            all = all is null ? term : Expression.AndAlso(all, term);
        }

        return all;
    }

    private static Expression Operation(string operation, object? operand, Expression value, QueryableMember member, string typeName)
    {
        switch (operation)
        {
            case FilterOperations.Eq:
                return Equal(value, operand, member);
            case FilterOperations.Neq:
                return Expression.Not(Equal(value, operand, member));
            case FilterOperations.In:
            case FilterOperations.Nin:
                var items = AsList(Required(operand, operation, member, typeName)).ToList();
                if (items.Count > FilterOperations.MaxListLength)
                {
                    throw new CodedExecutionError(ErrorCodes.Validation, $"'{operation}' on {typeName}.{member.Name} takes at most {FilterOperations.MaxListLength} values.");
                }

                // Equalities rather than Contains over an array: each value goes through the column's value converter
                // (enums stored by name, money as scaled integers) on every provider.
                var any = items.Aggregate<object?, Expression>(Expression.Constant(false), (acc, item) => Expression.OrElse(acc, Equal(value, item, member)));
                return operation == FilterOperations.In ? any : Expression.Not(any);
            case FilterOperations.Gt:
                return Expression.GreaterThan(value, Parameter(Required(operand, operation, member, typeName), member));
            case FilterOperations.Gte:
                return Expression.GreaterThanOrEqual(value, Parameter(Required(operand, operation, member, typeName), member));
            case FilterOperations.Lt:
                return Expression.LessThan(value, Parameter(Required(operand, operation, member, typeName), member));
            case FilterOperations.Lte:
                return Expression.LessThanOrEqual(value, Parameter(Required(operand, operation, member, typeName), member));
            case FilterOperations.Contains:
            case FilterOperations.StartsWith:
                var text = Parameter(Required(operand, operation, member, typeName), member);
                var method = typeof(string).GetMethod(operation == FilterOperations.Contains ? nameof(string.Contains) : nameof(string.StartsWith), [typeof(string)])!;
                return Expression.AndAlso(Expression.NotEqual(value, Expression.Constant(null, typeof(string))), Expression.Call(value, method, text));
            default:
                throw new CodedExecutionError(ErrorCodes.Validation, $"'{operation}' does not apply to {typeName}.{member.Name}.");
        }
    }

    /// <summary>
    /// The conditions on a computed field as conditions on its key: <c>f op v</c> ⇔ <c>key op' keyOf(v)</c>, with
    /// <c>op'</c> the mirrored comparison when the field falls as the key rises. The key is never null.
    /// </summary>
    private static Expression? Computed(object? argument, Expression row, QueryableMember member, ComputedQueryField.Binding binding, string typeName)
    {
        var key = ParameterReplacer.Replace(binding.Key, row);
        Expression KeyOf(object operand) => QueryParameter.Of(binding.KeyOf(Coerce(operand, member.ValueType)), key.Type);
        Expression Eq(object? operand) => operand is null ? Expression.Constant(false) : Expression.Equal(key, KeyOf(operand));
        Expression? all = null;
        foreach (var (operation, operand) in AsObject(argument))
        {
            Expression term;
            switch (operation)
            {
                case FilterOperations.Eq:
                    term = Eq(operand);
                    break;
                case FilterOperations.Neq:
                    term = Expression.Not(Eq(operand));
                    break;
                case FilterOperations.In:
                case FilterOperations.Nin:
                    var items = AsList(Required(operand, operation, member, typeName)).ToList();
                    if (items.Count > FilterOperations.MaxListLength)
                    {
                        throw new CodedExecutionError(ErrorCodes.Validation, $"'{operation}' on {typeName}.{member.Name} takes at most {FilterOperations.MaxListLength} values.");
                    }

                    var any = items.Aggregate<object?, Expression>(Expression.Constant(false), (acc, item) => Expression.OrElse(acc, Eq(item)));
                    term = operation == FilterOperations.In ? any : Expression.Not(any);
                    break;
                case FilterOperations.Gt or FilterOperations.Gte or FilterOperations.Lt or FilterOperations.Lte:
                    var mirrored = !binding.Decreasing ? operation : operation switch
                    {
                        FilterOperations.Gt => FilterOperations.Lt,
                        FilterOperations.Gte => FilterOperations.Lte,
                        FilterOperations.Lt => FilterOperations.Gt,
                        _ => FilterOperations.Gte,
                    };
                    var bound = KeyOf(Required(operand, operation, member, typeName));
                    term = mirrored switch
                    {
                        FilterOperations.Gt => Expression.GreaterThan(key, bound),
                        FilterOperations.Gte => Expression.GreaterThanOrEqual(key, bound),
                        FilterOperations.Lt => Expression.LessThan(key, bound),
                        _ => Expression.LessThanOrEqual(key, bound),
                    };
                    break;
                default:
                    throw new CodedExecutionError(ErrorCodes.Validation, $"'{operation}' does not apply to {typeName}.{member.Name}.");
            }

            all = all is null ? term : Expression.AndAlso(all, term);
        }

        return all;
    }

    private static Expression Equal(Expression value, object? operand, QueryableMember member)
    {
        if (operand is null)
        {
            return member.PropertyType.IsValueType && Nullable.GetUnderlyingType(member.PropertyType) is null
                ? Expression.Constant(false)
                : Expression.Equal(value, Expression.Constant(null, member.PropertyType));
        }

        return Expression.Equal(value, Parameter(operand, member));
    }

    private static Expression Parameter(object operand, QueryableMember member) =>
        QueryParameter.Of(Coerce(operand, member.ValueType), member.PropertyType);

    private static object Coerce(object operand, Type type) =>
        type.IsInstanceOfType(operand) ? operand
        : type.IsEnum ? Enum.ToObject(type, operand)
        : Convert.ChangeType(operand, type, CultureInfo.InvariantCulture);

    private static object Required(object? operand, string operation, QueryableMember member, string typeName) =>
        operand ?? throw new CodedExecutionError(ErrorCodes.Validation, $"'{operation}' on {typeName}.{member.Name} needs a value.");

    internal static CodedExecutionError NotAuthorized(string typeName, string fieldName, string verb) =>
        new(ErrorCodes.NotAuthorized, $"You are not allowed to {verb} on {typeName}.{fieldName}, because you cannot read it in full.");

    internal static IEnumerable<KeyValuePair<string, object?>> AsObject(object? value) => value switch
    {
        null => [],
        IEnumerable<KeyValuePair<string, object?>> pairs => pairs,
        _ => throw new CodedExecutionError(ErrorCodes.Validation, "Expected an input object."),
    };

    internal static IEnumerable<object?> AsList(object? value) => value switch
    {
        null => [],
        IEnumerable<KeyValuePair<string, object?>> single => [single],
        IEnumerable list and not string => list.Cast<object?>(),
        _ => [value],
    };
}
