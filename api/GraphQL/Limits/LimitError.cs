using GraphQL.Validation;

namespace SalesGraph.GraphQL.Limits;

/// <summary>
/// A document refused by a limit: a validation error (so <c>extensions.code</c> is <c>VALIDATION</c>) that also carries
/// <c>extensions.reason</c>, one of <see cref="LimitReasons"/>.
/// </summary>
public sealed class LimitError : ValidationError
{
    /// <summary>Creates the error for <paramref name="reason"/> with a client-facing message.</summary>
    public LimitError(string reason, string message)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Reason = reason;
        Extensions = new() { [ReasonExtension] = reason };
    }

    /// <summary>The <c>extensions</c> key of the reason.</summary>
    public const string ReasonExtension = "reason";

    /// <summary>Which limit refused the document.</summary>
    public string Reason { get; }

    /// <summary>
    /// The error for a document nested deeper than the parser descends (GraphQL-Parser stops at 128 syntax levels, far
    /// beyond <see cref="GraphQLLimitsOptions.MaxDepth"/>).
    /// </summary>
    public static LimitError TooDeepToParse() =>
        new(LimitReasons.MaxDepth, "The document is nested too deeply to be parsed.");
}
