using System.Collections.Concurrent;
using System.Reflection;
using GraphQL.Types;

namespace SalesGraph.GraphQL.Querying;

/// <summary>
/// What <c>where</c>, <c>order</c> and projection may use of one entity, derived once from its object graph type: a
/// field is filterable and sortable when its camelCase name is a settable public property of the entity (the
/// convention EF Core maps), and filterable through when it is a to-one field whose type is another entity's object
/// graph type. Fields computed by their resolvers (e.g. a margin) are not filterable unless they declare how
/// (<see cref="ComputedQueryField"/>), and a projection that selects them reads the whole row unless the field declares
/// what it reads (<see cref="ReadsMetadataKey"/>).
/// </summary>
public sealed class QueryableEntity
{
    /// <summary>
    /// Field metadata: the names of the entity properties a computed field's resolver reads (a <c>string[]</c>), so a
    /// projection that selects the field reads just those columns.
    /// </summary>
    public const string ReadsMetadataKey = "querying:reads";

    private static readonly ConcurrentDictionary<Type, QueryableEntity> Cache = new();

    private QueryableEntity(string typeName, Type entityType, Type graphType, IReadOnlyDictionary<string, QueryableMember> members, IReadOnlyDictionary<string, PropertyInfo[]?> reads)
    {
        TypeName = typeName;
        EntityType = entityType;
        GraphType = graphType;
        Members = members;
        Reads = reads;
    }

    /// <summary>The GraphQL name of the object type, e.g. <c>Contract</c>.</summary>
    public string TypeName { get; }

    /// <summary>The entity CLR type.</summary>
    public Type EntityType { get; }

    /// <summary>The object graph type.</summary>
    public Type GraphType { get; }

    /// <summary>The fields <c>where</c> and <c>order</c> may use, by GraphQL name, in the order the type declares them.</summary>
    public IReadOnlyDictionary<string, QueryableMember> Members { get; }

    /// <summary>
    /// For every field of the object type, the entity properties its resolver reads: one property for a mapped field,
    /// none for relations and connections (they need only keys, which every projection reads), null when unknown.
    /// </summary>
    public IReadOnlyDictionary<string, PropertyInfo[]?> Reads { get; }

    /// <summary>The model of the object graph type <typeparamref name="TGraphType"/>.</summary>
    public static QueryableEntity For<TGraphType>()
        where TGraphType : IComplexGraphType => For(typeof(TGraphType));

    /// <summary>The model of an object graph type deriving from <see cref="ObjectGraphType{TSourceType}"/>.</summary>
    public static QueryableEntity For(Type graphType) => Cache.GetOrAdd(graphType, Build);

    /// <summary>
    /// The model of the object type a field returns (lists and non-null unwrapped), or null when that type is not an
    /// <see cref="ObjectGraphType{TSourceType}"/> of an entity that can be built without services.
    /// </summary>
    public static QueryableEntity? OfFieldType(IGraphType? fieldType)
    {
        while (fieldType is NonNullGraphType or ListGraphType)
        {
            fieldType = fieldType is NonNullGraphType nonNull ? nonNull.ResolvedType : ((ListGraphType)fieldType).ResolvedType;
        }

        var graphType = fieldType?.GetType();
        return graphType is not null && EntityTypeOf(graphType) is not null && graphType.GetConstructor(Type.EmptyTypes) is not null
            ? For(graphType)
            : null;
    }

    /// <summary>The entity type behind an <see cref="ObjectGraphType{TSourceType}"/>, or null.</summary>
    public static Type? EntityTypeOf(Type graphType)
    {
        for (var type = graphType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ObjectGraphType<>))
            {
                var source = type.GetGenericArguments()[0];
                return source == typeof(object) ? null : source;
            }
        }

        return null;
    }

    private static QueryableEntity Build(Type graphType)
    {
        var entityType = EntityTypeOf(graphType)
            ?? throw new InvalidOperationException($"{graphType.Name} is not an ObjectGraphType<T> of an entity.");

        // The graph type's constructor only declares fields (connections refer to other types by CLR type), so an
        // instance made here is cheap and never recurses.
        var instance = (IComplexGraphType)Activator.CreateInstance(graphType)!;
        var nullability = new NullabilityInfoContext(); // not thread-safe: one per build
        var members = new Dictionary<string, QueryableMember>(StringComparer.Ordinal);
        var reads = new Dictionary<string, PropertyInfo[]?>(StringComparer.Ordinal);
        foreach (var field in instance.Fields)
        {
            // Field(x => x.Name) names the field "Name" until the schema's name converter camel-cases it.
            var name = Camel(field.Name);
            var fieldType = Unwrap(field.Type);
            var property = entityType.GetProperty(Pascal(name), BindingFlags.Public | BindingFlags.Instance);
            var mapped = property is { CanRead: true, SetMethod.IsPublic: true };
            if (field.GetMetadata<string[]?>(ReadsMetadataKey) is { } declared)
            {
                reads[name] = [.. declared.Select(p => entityType.GetProperty(p)
                    ?? throw new InvalidOperationException($"{graphType.Name}.{name} declares it reads {p}, which {entityType.Name} lacks."))];
            }
            else if (fieldType is not null && IsConnection(fieldType))
            {
                reads[name] = [];
            }
            else if (fieldType is not null && EntityTypeOf(fieldType) is not null)
            {
                reads[name] = [];
            }
            else
            {
                reads[name] = mapped ? [property!] : (name == "id" ? [] : null);
            }

            if (field.GetMetadata<ComputedQueryField?>(ComputedQueryField.MetadataKey) is { } computed && fieldType is not null && IsValueGraphType(fieldType))
            {
                members[name] = new QueryableMember(name, null, fieldType, null, false, computed);
                continue;
            }

            if (!mapped || name == "id" || fieldType is null)
            {
                continue;
            }

            if (IsValueGraphType(fieldType) && IsValueType(property!.PropertyType))
            {
                members[name] = new QueryableMember(name, property, fieldType, null, IsNullable(property, nullability));
            }
            else if (EntityTypeOf(fieldType) is { } related && related == property!.PropertyType && !IsConnection(fieldType))
            {
                members[name] = new QueryableMember(name, property, null, fieldType, true);
            }
        }

        return new QueryableEntity(instance.Name, entityType, graphType, members, reads);
    }

    private static Type? Unwrap(Type? type)
    {
        while (type is { IsGenericType: true } && (type.GetGenericTypeDefinition() == typeof(NonNullGraphType<>) || type.GetGenericTypeDefinition() == typeof(ListGraphType<>)))
        {
            type = type.GetGenericArguments()[0];
        }

        // Field(x => x.Name) declares a reference to the CLR type that the schema resolves later; resolve the built-in ones here.
        if (type is { IsGenericType: true } && type.GetGenericTypeDefinition() == typeof(GraphQLClrOutputTypeReference<>))
        {
            var clr = type.GetGenericArguments()[0];
            clr = Nullable.GetUnderlyingType(clr) ?? clr;
            return clr.IsEnum ? typeof(EnumerationGraphType<>).MakeGenericType(clr) : BuiltInScalars.GetValueOrDefault(clr);
        }

        return type;
    }

    private static readonly Dictionary<Type, Type> BuiltInScalars = new()
    {
        [typeof(string)] = typeof(StringGraphType),
        [typeof(bool)] = typeof(BooleanGraphType),
        [typeof(int)] = typeof(IntGraphType),
        [typeof(long)] = typeof(LongGraphType),
        [typeof(short)] = typeof(ShortGraphType),
        [typeof(decimal)] = typeof(DecimalGraphType),
        [typeof(double)] = typeof(FloatGraphType),
        [typeof(float)] = typeof(FloatGraphType),
        [typeof(DateOnly)] = typeof(DateOnlyGraphType),
        [typeof(TimeOnly)] = typeof(TimeOnlyGraphType),
        [typeof(DateTime)] = typeof(DateTimeGraphType),
        [typeof(DateTimeOffset)] = typeof(DateTimeOffsetGraphType),
        [typeof(Guid)] = typeof(GuidGraphType),
    };

    private static bool IsConnection(Type graphType) =>
        graphType.IsGenericType && graphType.GetGenericTypeDefinition() == typeof(ConnectionGraphType<>);

    private static bool IsValueGraphType(Type graphType) =>
        typeof(ScalarGraphType).IsAssignableFrom(graphType) && graphType != typeof(IdGraphType);

    private static bool IsValueType(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsEnum || t == typeof(string) || t == typeof(bool) || t == typeof(int) || t == typeof(long) || t == typeof(short)
            || t == typeof(decimal) || t == typeof(double) || t == typeof(float) || t == typeof(DateOnly) || t == typeof(DateTime)
            || t == typeof(DateTimeOffset) || t == typeof(TimeOnly) || t == typeof(Guid);
    }

    private static bool IsNullable(PropertyInfo property, NullabilityInfoContext nullability) =>
        property.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(property.PropertyType) is not null
            : nullability.Create(property).ReadState != NullabilityState.NotNull;

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
