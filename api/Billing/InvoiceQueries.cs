using SalesGraph.Data.Entities;
using SalesGraph.Resolving;

namespace SalesGraph.Billing;

/// <summary>The <c>invoices</c> and <c>invoice(id:)</c> root fields.</summary>
public sealed class InvoiceQueries() : EntityQueries<Invoice, InvoiceGraphType>(
    "Invoice", "invoices", "invoice", "Invoices of the contracts in the caller's scope.");
