using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Billing;
using SalesGraph.Data.Entities;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Contracts;

/// <summary>The facts an approval step is decided on: what the contract needs (<see cref="DiscountApproval"/>) and what it was given since submission.</summary>
internal static class ContractApprovals
{
    public static async Task<ApprovalNeeds> NeededAsync(WriteUnit w, Contract contract, ApprovalOptions options)
    {
        var customer = await w.Db.Customers.AsNoTracking().FirstAsync(c => c.Id == contract.CustomerId, w.CancellationToken);
        var open = await Receivables.OpenAsync(w.Db, contract.CustomerId, w.CancellationToken);
        return new ApprovalNeeds(DiscountApproval.RequiredLevel(contract.DiscountAmount, contract.AgreedTotal, options),
            DiscountApproval.NeedsFinance(open, contract.AgreedTotal, customer.CreditLimit));
    }

    public static async Task<List<ApprovalLevel>> GivenSinceSubmissionAsync(WriteUnit w, Contract contract)
    {
        var events = w.Db.ContractEvents.AsNoTracking().Where(e => e.ContractId == contract.Id);
        var submittedAt = await events.Where(e => e.Kind == ContractEventKind.Submitted).MaxAsync(e => (int?)e.Id, w.CancellationToken) ?? 0;
        return await events.Where(e => e.Id > submittedAt && e.Kind == ContractEventKind.Approved && e.ApprovalLevel != null)
            .Select(e => e.ApprovalLevel!.Value).ToListAsync(w.CancellationToken);
    }
}
