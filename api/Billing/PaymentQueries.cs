using SalesGraph.Data.Entities;
using SalesGraph.Resolving;

namespace SalesGraph.Billing;

/// <summary>The <c>payments</c> and <c>payment(id:)</c> root fields.</summary>
public sealed class PaymentQueries() : EntityQueries<Payment, PaymentGraphType>(
    "Payment", "payments", "payment", "Payments of the contracts in the caller's scope.");
