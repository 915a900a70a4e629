using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Calendar;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Dunning;

/// <summary>
/// DEVELOPMENT ONLY (docs/decisions/031): <c>POST /development/collection-notices/{number}/backdate?days=N</c> moves one
/// collection notice's issue day and the day it reached its level N days back (1–365), as if finance had issued it N
/// days earlier, so a browser test can watch the escalation run without a movable clock. It is mapped only when the
/// host environment is Development (the same environment whose published signing key is refused anywhere else), only
/// finance may call it, it changes nothing but that notice, and the change is audited like any write. No production
/// host has the route: outside Development it answers 404 like any unknown path.
/// </summary>
public static class DevelopmentBackdating
{
    /// <summary>The route, under <c>/development/</c> so a reader of a request log sees at once it is not the product.</summary>
    public const string Route = "/development/collection-notices/{number}/backdate";

    /// <summary>Maps the route in the Development environment only.</summary>
    public static WebApplication MapDunningDevelopmentTools(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            return app;
        }

        app.MapPost(Route, async (string number, int days, HttpContext http, IDbContextFactory<SalesGraphDbContext> factory, BusinessCalendar calendar, CancellationToken ct) =>
        {
            var caller = http.GetCaller();
            if (!caller.IsAuthenticated)
            {
                return Results.Unauthorized();
            }

            if (caller.Role != StaffRole.Finance)
            {
                return Results.Json(new { code = "AUTH_NOT_AUTHORIZED", message = "Only finance backdates a collection notice." }, statusCode: StatusCodes.Status403Forbidden);
            }

            if (days is < 1 or > 365)
            {
                return Results.BadRequest(new { code = "VALIDATION", message = "days is 1 to 365." });
            }

            await using var db = await factory.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var notice = await db.Scoped<CollectionNotice>(caller).AsTracking().SingleOrDefaultAsync(n => n.Number == number, ct);
            if (notice is null)
            {
                return Results.NotFound(new { code = "NOT_FOUND", message = $"No collection notice {number}." });
            }

            notice.IssuedOn = notice.IssuedOn.AddDays(-days);
            notice.LevelSince = notice.LevelSince.AddDays(-days);
            notice.Version++;
            var pending = AuditLog.Capture(db);
            await db.SaveChangesAsync(ct);
            AuditLog.Write(db, pending, caller, "developmentBackdateCollectionNotice", calendar.UtcNow);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Results.Ok(new { notice.Number, notice.IssuedOn, notice.LevelSince, notice.Version });
        });
        return app;
    }
}
