using Microsoft.Extensions.Options;
using SalesGraph.GraphQL;

namespace SalesGraph.FieldWork;

/// <summary>Registers the FieldWork feature (the contact cadence, its due list and compliance).</summary>
public static class FieldWorkFeature
{
    public static IServiceCollection AddFieldWork(this IServiceCollection services)
    {
        services.AddOptions<ContactCadenceOptions>().BindConfiguration(ContactCadenceOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ContactCadenceOptions>, ContactCadenceOptionsValidator>();
        return services.AddQueryFields<FieldWorkQueries>();
    }
}
