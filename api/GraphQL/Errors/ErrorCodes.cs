namespace SalesGraph.GraphQL.Errors;

/// <summary>
/// The stable values of <c>errors[].extensions.code</c> that clients may branch on. GraphQL.NET's own codes (for example
/// <c>FIELDS_ON_CORRECT_TYPE</c>) change with its versions and name its internals, so every error leaves the API with one
/// of these instead.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The request could not be understood: unparsable JSON, a wrong request shape, a GraphQL syntax error, an
    /// unknown or ambiguous operation name.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The document does not validate against the schema, or variables or arguments have wrong values.</summary>
    public const string Validation = "VALIDATION";

    /// <summary>A requested object does not exist (or is not visible to the caller).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The operation took longer than the configured execution timeout.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>An unexpected exception; the message hides the details, <c>extensions.traceId</c> finds them in the log.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>A service the API depends on (the database) is unreachable or overloaded right now; retry shortly.
    /// Reported at once (a connection attempt gives up after a few seconds), never after a long wait.</summary>
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";

    /// <summary>The write was based on a stale version of the object; reload and retry.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>The requested status change is not allowed from the object's current status.</summary>
    public const string InvalidTransition = "INVALID_TRANSITION";

    /// <summary>Money applied beyond what is open: more than an invoice's open amount or a receipt's unapplied amount.</summary>
    public const string OverApplied = "OVER_APPLIED";

    /// <summary>The invoice is void: nothing can be applied to it.</summary>
    public const string InvoiceVoid = "INVOICE_VOID";

    /// <summary>A credit note beyond what remains invoiced: credit notes against an invoice never exceed its amount.</summary>
    public const string OverCredited = "OVER_CREDITED";

    /// <summary>An invoice against a shipment whose goods have not been delivered.</summary>
    public const string NotDelivered = "NOT_DELIVERED";

    /// <summary>An invoice beyond what is invoiceable: the delivered value of its shipments less returns and earlier invoices.</summary>
    public const string OverInvoiced = "OVER_INVOICED";

    /// <summary>No valid credentials were presented.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The caller may not read or do this.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
}
