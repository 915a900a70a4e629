using GraphQL;
using GraphQL.Types;
using SalesGraph.GraphQL.Errors;

namespace SalesGraph.GraphQL.Mutations;

/// <summary>An implementation of <c>UserError</c> for one code.</summary>
public abstract class UserErrorGraphType : ObjectGraphType<UserError>, IPlumbingGraphType
{
    /// <summary>Declares the error type <paramref name="name"/> with its description and the code it always carries.</summary>
    protected UserErrorGraphType(string name, string code, string description)
    {
        Name = name;
        Description = description;
        Interface<UserErrorInterfaceGraphType>();
        IsTypeOf = o => o is UserError e && e.Code == code;
        UserErrorFields.Add(this);
    }
}

/// <summary>VALIDATION: a value is malformed, out of range or inconsistent.</summary>
public sealed class ValidationErrorGraphType() : UserErrorGraphType(
    "ValidationError", ErrorCodes.Validation, "An input value is malformed, out of range or inconsistent with another (code VALIDATION).");

/// <summary>NOT_FOUND: an id names nothing the caller may see.</summary>
public sealed class NotFoundErrorGraphType() : UserErrorGraphType(
    "NotFoundError", ErrorCodes.NotFound, "An id in the input names nothing that exists in the caller's scope (code NOT_FOUND).");

/// <summary>INVALID_TRANSITION: the status does not allow the step.</summary>
public sealed class InvalidTransitionErrorGraphType() : UserErrorGraphType(
    "InvalidTransitionError", ErrorCodes.InvalidTransition, "The object's current status does not allow this step (code INVALID_TRANSITION).");

/// <summary>OVER_APPLIED: more money applied than is open.</summary>
public sealed class OverAppliedErrorGraphType() : UserErrorGraphType(
    "OverAppliedError", ErrorCodes.OverApplied,
    "An amount exceeds what is open: an invoice's open amount or a receipt's unapplied amount (code OVER_APPLIED); nothing was written.");

/// <summary>INVOICE_VOID: the invoice is void.</summary>
public sealed class InvoiceVoidErrorGraphType() : UserErrorGraphType(
    "InvoiceVoidError", ErrorCodes.InvoiceVoid, "The invoice is void, so nothing can be applied to it (code INVOICE_VOID).");

/// <summary>OVER_CREDITED: a credit note beyond what remains invoiced.</summary>
public sealed class OverCreditedErrorGraphType() : UserErrorGraphType(
    "OverCreditedError", ErrorCodes.OverCredited,
    "A credit note exceeds what remains invoiced: the invoice's amount less its earlier credit notes (code OVER_CREDITED); nothing was written.");

/// <summary>NOT_DELIVERED: an invoice against goods not delivered.</summary>
public sealed class NotDeliveredErrorGraphType() : UserErrorGraphType(
    "NotDeliveredError", ErrorCodes.NotDelivered, "The shipment has not been delivered, so it cannot be invoiced yet (code NOT_DELIVERED); nothing was written.");

/// <summary>OVER_INVOICED: an invoice beyond what is invoiceable.</summary>
public sealed class OverInvoicedErrorGraphType() : UserErrorGraphType(
    "OverInvoicedError", ErrorCodes.OverInvoiced,
    "An invoice exceeds what is invoiceable: the delivered value of its shipments less returns and earlier invoices (code OVER_INVOICED); nothing was written.");

/// <summary>CONFLICT: the client's version is stale.</summary>
public sealed class ConflictErrorGraphType : UserErrorGraphType
{
    /// <summary>Declares <c>ConflictError</c> and its fields.</summary>
    public ConflictErrorGraphType()
        : base("ConflictError", ErrorCodes.Conflict,
            "The object changed since the version the client sent (code CONFLICT); nothing was written. Reload, merge and retry.")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changedFields")
            .Description("The fields changed by others since the version sent.")
            .Resolve(c => c.Source.ChangedFields ?? []);
        Field<IntGraphType>("currentVersion")
            .Description("The version the object has now.")
            .Resolve(c => c.Source.CurrentVersion);
    }
}

/// <summary>Adds every <c>UserError</c> implementation to a schema: fields name only the interface, so the schema would not find them.</summary>
public static class UserErrorTypes
{
    /// <summary>Registers the implementations on <paramref name="schema"/>.</summary>
    public static void RegisterOn(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.RegisterType<ValidationErrorGraphType>();
        schema.RegisterType<NotFoundErrorGraphType>();
        schema.RegisterType<InvalidTransitionErrorGraphType>();
        schema.RegisterType<ConflictErrorGraphType>();
        schema.RegisterType<OverAppliedErrorGraphType>();
        schema.RegisterType<InvoiceVoidErrorGraphType>();
        schema.RegisterType<OverCreditedErrorGraphType>();
        schema.RegisterType<NotDeliveredErrorGraphType>();
        schema.RegisterType<OverInvoicedErrorGraphType>();
    }
}
