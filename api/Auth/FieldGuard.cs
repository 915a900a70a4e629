using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using SalesGraph.GraphQL;
using SalesGraph.GraphQL.Errors;

namespace SalesGraph.Auth;

/// <summary>
/// Enforces <see cref="AccessMatrix.Fields"/> on every field of every object type, for every operation: when the schema
/// is built, each field's resolver is wrapped by its rule (fields open to every role are left as they are, so they cost
/// nothing), and an undeclared field is denied to everyone. A denied field resolves to <c>null</c> with one
/// <c>AUTH_NOT_AUTHORIZED</c> error per field and list (not per row); a masked one resolves to its masked value. The
/// rule is also appended to the field's description, so the schema shows it.
/// </summary>
public sealed class FieldGuard : BaseSchemaNodeVisitor
{
    /// <summary>
    /// Whether <paramref name="type"/> is machinery that carries no data of its own: a type the connection, payload or
    /// user-error machinery built (it says so by implementing <see cref="IPlumbingGraphType"/>) or an introspection type.
    /// Recognised by what built it, never by its name: a business type named <c>…Connection</c> is guarded.
    /// </summary>
    public static bool IsPlumbing(IGraphType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type is IPlumbingGraphType || type.GetType().Namespace == typeof(global::GraphQL.Introspection.__Schema).Namespace;
    }

    /// <summary>
    /// Whether <paramref name="field"/> is machinery guarded elsewhere: the root mutation fields built from mutation
    /// declarations, whose runner checks who may run them (marked by <see cref="PlumbingFields.MarkAsPlumbing"/>).
    /// </summary>
    public static bool IsPlumbing(FieldType field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return PlumbingFields.IsPlumbing(field);
    }

    /// <inheritdoc />
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(type);
        if (IsPlumbing(type) || IsPlumbing(field))
        {
            return;
        }

        var rule = AccessMatrix.Fields.TryGetValue(type.Name, out var fields) && fields.TryGetValue(field.Name, out var declared)
            ? declared
            : FieldRule.Nobody;
        if (rule.IsOpenToAll)
        {
            return;
        }

        field.Description = $"{field.Description} Access: {rule.Describe()}.".TrimStart();

        // A field some callers are denied resolves to null for them, so it must be nullable in the schema.
        if (field.ResolvedType is NonNullGraphType nonNull)
        {
            field.ResolvedType = nonNull.ResolvedType;
        }

        field.Resolver = new GuardedResolver(field.Resolver ?? NameFieldResolver.Instance, rule, $"{type.Name}.{field.Name}");
    }

    private sealed class GuardedResolver(IFieldResolver inner, FieldRule rule, string coordinate) : IFieldResolver
    {
        public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            switch (rule.Decide(context.Caller(), context.Source))
            {
                case FieldAccess.Allow:
                    return await inner.ResolveAsync(context);
                case FieldAccess.Mask:
                    var value = await inner.ResolveAsync(context);
                    return value is string text ? rule.Masker!(text) : null;
                default:
                    ReportOnce(context);
                    return null;
            }
        }

        private void ReportOnce(IResolveFieldContext context)
        {
            // One error per field of the document and list, not one per row: the key drops list indices from the path.
            var denied = context.RequestServices!.GetRequiredService<DeniedFields>();
            if (denied.FirstTime(string.Join('.', context.ResponsePath.Where(p => p is string))))
            {
                context.Errors.Add(new CodedExecutionError(ErrorCodes.NotAuthorized, $"You are not allowed to read {coordinate}.")
                {
                    Path = [.. context.ResponsePath],
                });
            }
        }
    }
}
