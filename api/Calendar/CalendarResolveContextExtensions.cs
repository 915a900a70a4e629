using GraphQL;

namespace SalesGraph.Calendar;

/// <summary>The business calendar from a resolver.</summary>
public static class CalendarResolveContextExtensions
{
    /// <summary>Today in the business time zone, from the request's <see cref="BusinessCalendar"/>.</summary>
    public static DateOnly BusinessToday(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices!.GetRequiredService<BusinessCalendar>().Today;
    }
}
