using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Entities;

namespace SalesGraph.Credit;

/// <summary>
/// How a grade's credit policy reaches a customer (decision 030): when its grade changes (the director's approval of a
/// proposal, or the director's own change) the customer takes the new grade's credit limit and payment term — unless
/// finance set its terms explicitly (<see cref="Customer.CreditOverride"/>), which stay. The policy is copied into the
/// customer's row, so every credit check (contract approval, orders, delivery notices) keeps reading one limit.
/// </summary>
public static class CreditTerms
{
    /// <summary>The policy row of <paramref name="grade"/>, or null when the director has not set one.</summary>
    public static Task<CreditPolicy?> PolicyOfAsync(SalesGraphDbContext db, CustomerGrade grade, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CreditPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.Grade == grade, cancellationToken);
    }

    /// <summary>
    /// Gives <paramref name="customer"/> (tracked) the terms of its current grade's policy unless they are finance's
    /// override; returns whether it did.
    /// </summary>
    public static async Task<bool> ApplyPolicyAsync(SalesGraphDbContext db, Customer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (customer.CreditOverride || await PolicyOfAsync(db, customer.Grade, cancellationToken) is not { } policy)
        {
            return false;
        }

        customer.CreditLimit = policy.CreditLimit;
        customer.PaymentTermDays = policy.PaymentTermDays;
        return true;
    }

    /// <summary>The credit still open to a customer: its limit less its open receivables (negative when over the limit).</summary>
    public static decimal Remaining(decimal creditLimit, decimal openReceivables) => creditLimit - openReceivables;
}
