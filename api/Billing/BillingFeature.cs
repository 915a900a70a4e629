using SalesGraph.GraphQL;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Billing;

/// <summary>Registers the Billing feature: invoices and payments.</summary>
public static class BillingFeature
{
    public static IServiceCollection AddBilling(this IServiceCollection services) =>
        services.AddQueryFields<InvoiceQueries>().AddQueryFields<PaymentQueries>().AddMutations<BillingMutations>();
}
