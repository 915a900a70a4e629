using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.GraphQL;

[Collection(SharedApp.Name)]
public sealed class SchemaFileTests(SalesGraphApp app)
{
    /// <summary>
    /// schema/schema.graphql is what clients (the SPA's code generator, BI tools) build against, so it must be exactly
    /// the server's schema. Refresh it with <c>SALESGRAPH_UPDATE_SCHEMA=1 dotnet test --filter SchemaFile</c>.
    /// </summary>
    [Fact]
    public void CheckedInSchemaFileEqualsTheServersSchema()
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var printed = schema.Print(new PrintOptions { StringComparison = StringComparison.Ordinal }).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = RepoFiles.PathOf("schema", "schema.graphql");
        if (Environment.GetEnvironmentVariable("SALESGRAPH_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, printed);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run with SALESGRAPH_UPDATE_SCHEMA=1 to create it.");
        var checkedIn = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(
            checkedIn == printed,
            "schema/schema.graphql differs from the server's schema: run `SALESGRAPH_UPDATE_SCHEMA=1 dotnet test --filter SchemaFile` and commit the file.");
    }

    [Fact]
    public void EveryObjectTypeAndFieldOfTheSchemaHasADescription()
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is IObjectGraphType or IInterfaceGraphType or IInputObjectGraphType))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                missing.AddRange(complex.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{type.Name}.{f.Name}"));
            }
        }

        Assert.True(missing.Count == 0, "Without description: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryEnumTypeAndValueOfTheSchemaHasADescription()
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.OfType<EnumerationGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            missing.AddRange(type.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
        }

        Assert.True(missing.Count == 0, "Without description: " + string.Join(", ", missing));
    }
}
