using SalesGraph.GraphQL;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Billing;

/// <summary>Registers the Billing feature: invoices, payments and receipts applied to invoices.</summary>
public static class BillingFeature
{
    public static IServiceCollection AddBilling(this IServiceCollection services) =>
        services.AddQueryFields<InvoiceQueries>().AddQueryFields<PaymentQueries>().AddMutations<BillingMutations>()
            .AddQueryFields<ReceiptQueries>().AddMutations<ReceiptMutations>()
            .AddMutations<CreditNoteMutations>()
            .AddMutations<BankStatementMutations>();
}
