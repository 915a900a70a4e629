using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace SalesGraph.GraphQL.Caching;

/// <summary>
/// Parsed documents by query text, kept once they passed validation: a client that sends the same document again (every
/// screen of the SPA, every BI refresh) skips parsing and the document-wide validation rules. Whatever depends on the
/// request is still checked on every execution: the shape limits and the cost with this request's variables
/// (<see cref="Limits.GraphQLLimitsGate"/>, which runs after this and adds its rules to an empty rule list), the
/// coercion of the variables, and authorization, which the field guard applies while fields resolve for the caller at
/// hand. A document that fails validation is never kept, so it is parsed and refused again every time. Bounded by the
/// total length of the kept query texts; the least recently used leave first.
/// </summary>
public sealed class ValidatedDocumentCache : IConfigureExecution, IDisposable
{
    /// <summary>The most query text kept, in characters (a document's syntax tree takes roughly ten times as many bytes).</summary>
    public const long MaxTotalQueryLength = 2_000_000;

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = MaxTotalQueryLength });

    // Before the limits gate (150), which appends the cost rule to whatever rules this leaves.
    /// <inheritdoc />
    public float SortOrder => 140;

    /// <summary>The validated document of <paramref name="query"/> when one is kept, else a newly parsed one.</summary>
    public GraphQLDocument Parse(string query, IDocumentBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(builder);
        return Kept(query) ?? builder.Build(query);
    }

    /// <inheritdoc />
    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Query is not { } query)
        {
            return await next(options);
        }

        var kept = Kept(query);
        options.Document ??= kept;
        var validated = kept is not null && ReferenceEquals(kept, options.Document);
        if (validated)
        {
            // Valid then, valid now: none of the document-wide rules reads the request.
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        }

        var result = await next(options);
        if (!validated && result.Executed && options.Document is { } document)
        {
            _documents.Set(query, document, new MemoryCacheEntryOptions { Size = Math.Max(1, query.Length) });
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose() => _documents.Dispose();

    private GraphQLDocument? Kept(string query) => _documents.TryGetValue(query, out GraphQLDocument? document) ? document : null;
}
