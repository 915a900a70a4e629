using System.Data.Common;
using System.Net.Sockets;

namespace SalesGraph.Data;

/// <summary>
/// Tells a failure of a dependency that may succeed on retry (the database is down, unreachable, restarting or out of
/// connections) from a bug, using only the ADO.NET base types, so it works for every database provider.
/// </summary>
public static class TransientFailure
{
    /// <summary>The message a client gets for a transient failure.</summary>
    public const string Message = "The database is unavailable right now. Retry shortly.";

    /// <summary>True when <paramref name="exception"/> or one of its inner exceptions is a transient failure.</summary>
    public static bool IsTransient(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException { IsTransient: true } or TimeoutException or SocketException)
            {
                return true;
            }
        }

        return false;
    }
}
