using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SalesGraph.Calendar;

/// <summary>Registers the business calendar.</summary>
public static class CalendarFeature
{
    /// <summary>Adds <see cref="BusinessCalendar"/> (singleton) over the app's <see cref="TimeProvider"/>, with the <c>Business</c> options validated at start-up.</summary>
    public static IServiceCollection AddBusinessCalendar(this IServiceCollection services)
    {
        services.AddOptions<BusinessOptions>().BindConfiguration(BusinessOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BusinessOptions>, BusinessOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new BusinessCalendar(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<BusinessOptions>>()));
        return services;
    }
}
