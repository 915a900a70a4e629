using System.Reflection;
using System.Reflection.Emit;
using SalesGraph.Data;

namespace SalesGraph.UnitTests.Data;

/// <summary>
/// <c>api/Data/</c> is the EF Core model, its migrations and the database's set-up; resolvers read it, it knows no
/// resolver. The check reads the compiled types rather than the source, so neither a fully qualified name nor a global
/// using slips past it: base types, interfaces, attributes, fields, properties, signatures, locals and every type and
/// member a method body's IL names (lambdas and async state machines are nested types of the namespace, so they count).
/// </summary>
public sealed class DataKnowsNoGraphQLTests
{
    private static readonly string[] ForbiddenAssemblies = ["GraphQL", "GraphQLParser"];

    // The layers above the model: the engine plumbing and the resolver glue.
    private static readonly string[] ForbiddenNamespaces = ["SalesGraph.GraphQL", "SalesGraph.Resolving"];

    [Fact]
    public void NoTypeOfTheDataNamespaceReferencesGraphQLOrTheResolvers()
    {
        var offenders = typeof(SalesGraphDbContext).Assembly.GetTypes()
            .Where(t => IsIn(t.Namespace, "SalesGraph.Data"))
            .SelectMany(t => ForbiddenReferences(t).Select(r => $"{t.FullName} → {r}"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(offenders.Count == 0, "Data references the layers above it:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void TheCheckFindsAGraphQLTypeThatOnlyAMethodBodyNames()
    {
        Assert.Contains(ForbiddenReferences(typeof(BodyOnlyReference)), r => r.Contains("GraphQL.ExecutionError", StringComparison.Ordinal));
        Assert.Contains(ForbiddenReferences(typeof(BodyOnlyReference)), r => r.Contains("SalesGraph.GraphQL.Relay.GlobalId", StringComparison.Ordinal));
        Assert.Empty(ForbiddenReferences(typeof(TransientFailure)));
    }

    private static bool IsIn(string? ns, string root) =>
        ns is not null && (ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal));

    private static bool IsForbidden(Type type) =>
        ForbiddenAssemblies.Contains(type.Assembly.GetName().Name, StringComparer.Ordinal)
        || ForbiddenNamespaces.Any(n => IsIn(type.Namespace, n));

    private static IEnumerable<string> ForbiddenReferences(Type type)
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var named = new List<Type?> { type.BaseType };
        named.AddRange(type.GetInterfaces());
        named.AddRange(type.IsGenericTypeDefinition ? type.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints()) : []);
        named.AddRange(Attributes(type.CustomAttributes));
        foreach (var field in type.GetFields(Declared))
        {
            named.Add(field.FieldType);
            named.AddRange(Attributes(field.CustomAttributes));
        }

        foreach (var property in type.GetProperties(Declared))
        {
            named.Add(property.PropertyType);
            named.AddRange(Attributes(property.CustomAttributes));
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            named.AddRange(Signature(method));
            named.AddRange(Attributes(method.CustomAttributes));
            named.AddRange(method.GetParameters().SelectMany(p => Attributes(p.CustomAttributes)));
            if (method.GetMethodBody() is { } body)
            {
                named.AddRange(body.LocalVariables.Select(l => l.LocalType));
                named.AddRange(body.ExceptionHandlingClauses.Where(c => c.Flags == ExceptionHandlingClauseOptions.Clause).Select(c => c.CatchType));
                named.AddRange(OperandTypes(method, body.GetILAsByteArray() ?? []));
            }
        }

        return named.SelectMany(Expand).Where(IsForbidden).Select(t => t.FullName ?? t.Name).Distinct();
    }

    private static IEnumerable<Type> Attributes(IEnumerable<CustomAttributeData> attributes) => attributes.Select(a => a.AttributeType);

    private static List<Type> Signature(MethodBase method)
    {
        var types = method.GetParameters().Select(p => p.ParameterType).ToList();
        if (method is MethodInfo info)
        {
            types.Add(info.ReturnType);
        }

        if (method.IsGenericMethod)
        {
            types.AddRange(method.GetGenericArguments());
            if (method.IsGenericMethodDefinition)
            {
                types.AddRange(method.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints()));
            }
        }

        if (method.DeclaringType is { } declaring)
        {
            types.Add(declaring);
        }

        return types;
    }

    /// <summary>A type with its element type and generic arguments, all the way down.</summary>
    private static IEnumerable<Type> Expand(Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            yield break;
        }

        yield return type;
        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()))
            {
                yield return inner;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return inner;
            }
        }
    }

    /// <summary>The types and members an IL body names: calls, object creations, field accesses, casts, <c>ldtoken</c>.</summary>
    private static IEnumerable<Type> OperandTypes(MethodBase method, byte[] il)
    {
        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var opCode = il[at] == 0xFE ? TwoByte[il[at + 1]] : OneByte[il[at]];
            at += opCode.Size;
            var operand = at;
            at += opCode.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, operand)),
                _ => 4,
            };
            if (opCode.OperandType is not (OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType))
            {
                continue;
            }

            switch (method.Module.ResolveMember(BitConverter.ToInt32(il, operand), typeArguments, methodArguments))
            {
                case Type named:
                    yield return named;
                    break;
                case FieldInfo field:
                    yield return field.FieldType;
                    if (field.DeclaringType is { } owner)
                    {
                        yield return owner;
                    }

                    break;
                case MethodBase called:
                    foreach (var named in Signature(called))
                    {
                        yield return named;
                    }

                    break;
            }
        }
    }

    private static readonly OpCode[] OneByte = new OpCode[0x100];
    private static readonly OpCode[] TwoByte = new OpCode[0x100];

#pragma warning disable CA1810 // the two tables are filled together from one pass over OpCodes' fields
    static DataKnowsNoGraphQLTests()
#pragma warning restore CA1810
    {
        foreach (var code in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!))
        {
            var value = (ushort)code.Value;
            if (code.Size == 1)
            {
                OneByte[value] = code;
            }
            else
            {
                TwoByte[value & 0xFF] = code;
            }
        }
    }

    // Names GraphQL only inside a method body: no field, signature or base type shows it.
    private static class BodyOnlyReference
    {
        public static string Describe() => new global::GraphQL.ExecutionError("x").Message + SalesGraph.GraphQL.Relay.GlobalId.Encode("Customer", 1);
    }
}
