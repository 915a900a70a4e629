using Microsoft.Extensions.FileProviders;

namespace SalesGraph.Web;

/// <summary>
/// Serves the built admin SPA (<c>web/dist</c>) at <c>/</c>, with <c>index.html</c> for client-side routes such as
/// <c>/contracts</c>. The SPA is a separate app that only talks GraphQL; the API merely hosts its files.
/// </summary>
public static class SpaHosting
{
    /// <summary>Where the built SPA is, relative to the API's content root unless absolute (<c>Web:DistPath</c>).</summary>
    public const string DefaultDistPath = "../web/dist";

    public static WebApplication MapSpa(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var configured = app.Configuration["Web:DistPath"] ?? DefaultDistPath;
        var dist = Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, configured));
        if (!File.Exists(Path.Combine(dist, "index.html")))
        {
            app.Logger.LogWarning("The SPA is not built ({Dist} has no index.html): `npm --prefix web run build` builds it", dist);
            return app;
        }

        var files = new PhysicalFileProvider(dist);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = c =>
            {
                // Hashed assets never change; index.html must be revalidated so a new build is picked up.
                c.Context.Response.Headers.CacheControl = c.File.Name == "index.html" ? "no-cache" : "public, max-age=31536000, immutable";
            },
        });
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files });
        return app;
    }
}
