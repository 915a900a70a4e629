using SalesGraph.GraphQL.Errors;

namespace SalesGraph.GraphQL.Mutations;

/// <summary>
/// A problem with a mutation's input, returned in the payload's <c>errors</c> list (never thrown): the client can show
/// it next to the input field that <see cref="Path"/> names, e.g. <c>["input", "lines", 0, "quantity"]</c>.
/// </summary>
/// <param name="Code">One of <see cref="ErrorCodes"/>: VALIDATION, NOT_FOUND, CONFLICT or INVALID_TRANSITION.</param>
/// <param name="Message">A sentence for people.</param>
/// <param name="Path">The input field the error is about: field names and list indices, starting at the argument.</param>
/// <param name="ChangedFields">For CONFLICT: the fields changed since the version the client sent.</param>
/// <param name="CurrentVersion">For CONFLICT: the version the object has now.</param>
public sealed record UserError(
    string Code,
    string Message,
    IReadOnlyList<object> Path,
    IReadOnlyList<string>? ChangedFields = null,
    int? CurrentVersion = null)
{
    /// <summary>A VALIDATION error on <paramref name="path"/>.</summary>
    public static UserError Validation(string message, params object[] path) => new(ErrorCodes.Validation, message, path);

    /// <summary>A NOT_FOUND error: the id on <paramref name="path"/> names nothing the caller may see.</summary>
    public static UserError NotFound(string message, params object[] path) => new(ErrorCodes.NotFound, message, path);

    /// <summary>An INVALID_TRANSITION error: the object's status does not allow this step.</summary>
    public static UserError InvalidTransition(string message, params object[] path) => new(ErrorCodes.InvalidTransition, message, path);

    /// <summary>An OVER_APPLIED error: the amount on <paramref name="path"/> exceeds what is open.</summary>
    public static UserError OverApplied(string message, params object[] path) => new(ErrorCodes.OverApplied, message, path);

    /// <summary>An INVOICE_VOID error: the invoice on <paramref name="path"/> is void.</summary>
    public static UserError InvoiceVoid(string message, params object[] path) => new(ErrorCodes.InvoiceVoid, message, path);

    /// <summary>An OVER_CREDITED error: the credit on <paramref name="path"/> exceeds what remains invoiced.</summary>
    public static UserError OverCredited(string message, params object[] path) => new(ErrorCodes.OverCredited, message, path);

    /// <summary>A NOT_DELIVERED error: the shipment on <paramref name="path"/> has not been delivered.</summary>
    public static UserError NotDelivered(string message, params object[] path) => new(ErrorCodes.NotDelivered, message, path);

    /// <summary>An OVER_INVOICED error: the amount on <paramref name="path"/> exceeds what is invoiceable.</summary>
    public static UserError OverInvoiced(string message, params object[] path) => new(ErrorCodes.OverInvoiced, message, path);

    /// <summary>A CONFLICT error: the version on <paramref name="path"/> is stale.</summary>
    public static UserError Conflict(string message, IReadOnlyList<string> changedFields, int currentVersion, params object[] path) =>
        new(ErrorCodes.Conflict, message, path, changedFields, currentVersion);
}
