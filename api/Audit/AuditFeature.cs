using SalesGraph.GraphQL;

namespace SalesGraph.Audit;

/// <summary>Registers the Audit feature: reading the audit log that every mutation writes.</summary>
public static class AuditFeature
{
    public static IServiceCollection AddAudit(this IServiceCollection services) => services.AddQueryFields<AuditQueries>();
}
