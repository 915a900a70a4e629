using Microsoft.Extensions.Options;
using SalesGraph.GraphQL;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Complaints;

/// <summary>Registers the Complaints feature (客户投诉: the 2-hour answer timer, forwarding, resolution).</summary>
public static class ComplaintsFeature
{
    public static IServiceCollection AddComplaints(this IServiceCollection services)
    {
        services.AddOptions<ComplaintOptions>().BindConfiguration(ComplaintOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ComplaintOptions>, ComplaintOptionsValidator>();
        return services
            .AddQueryFields<ComplaintQueries>()
            .AddMutations<ComplaintMutations>();
    }
}
