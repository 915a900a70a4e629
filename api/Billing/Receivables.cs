using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;

namespace SalesGraph.Billing;

/// <summary>
/// A customer's open receivables (应收账款: invoiced − paid), the one definition the credit checks use: contract approval
/// (rule 2), orders without contract (<c>isOverCredit</c>) and delivery notices (finance's approval of goods beyond credit).
/// Read unscoped: a credit check weighs everything the customer owes, not what the caller sees.
/// </summary>
public static class Receivables
{
    /// <summary>The customer's open receivables, in CNY.</summary>
    public static async Task<decimal> OpenAsync(SalesGraphDbContext db, int customerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var invoices = db.Invoices.AsNoTracking().Where(i => i.Contract!.CustomerId == customerId);
        return await invoices.SumAsync(i => i.Amount, cancellationToken) - await invoices.SumAsync(i => i.PaidAmount, cancellationToken);
    }
}
