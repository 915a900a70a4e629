using Microsoft.EntityFrameworkCore;

namespace SalesGraph.Data;

/// <summary><c>GET /healthz</c>: 200 when the database answers and every migration is applied, 503 otherwise.</summary>
public static class DatabaseHealth
{
    public static IEndpointRouteBuilder MapDatabaseHealth(this IEndpointRouteBuilder endpoints, string pattern = "/healthz")
    {
        endpoints.MapGet(pattern, async (IDbContextFactory<SalesGraphDbContext> factory, ILoggerFactory logs, CancellationToken ct) =>
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(TimeSpan.FromSeconds(2));
                await using var db = await factory.CreateDbContextAsync(timeout.Token);
                var pending = (await db.Database.GetPendingMigrationsAsync(timeout.Token)).ToList();
                return pending.Count == 0
                    ? Results.Ok(new { status = "ok" })
                    : Results.Json(new { status = "migrating", pendingMigrations = pending }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                logs.CreateLogger(typeof(DatabaseHealth)).LogWarning(ex, "Health check: the database is unreachable");
                return Results.Json(new { status = "unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
