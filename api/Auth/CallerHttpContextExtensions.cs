namespace SalesGraph.Auth;

/// <summary>Gives endpoints and the GraphQL transport the <see cref="Caller"/> of the current request.</summary>
public static class CallerHttpContextExtensions
{
    private static readonly object CallerKey = new();

    /// <summary>The caller of this request, read from <see cref="HttpContext.User"/> once and cached for the request.</summary>
    public static Caller GetCaller(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(CallerKey, out var cached) && cached is Caller caller)
        {
            return caller;
        }

        caller = Caller.FromPrincipal(context.User);
        context.Items[CallerKey] = caller;
        return caller;
    }
}
