using Microsoft.Extensions.FileProviders;

namespace ClauseLens.Server.Addin;

/// <summary>Serves the task pane's build output (addin/dist) under <c>/addin/</c>.</summary>
public static class AddinFiles
{
    /// <summary>Maps <c>/addin/*</c> to the add-in files, wherever the build put them.</summary>
    public static WebApplication MapAddinFiles(this WebApplication app)
    {
        var folder = Locate(app.Configuration["ClauseLens:AddinPath"], app.Environment.ContentRootPath);
        if (folder is null)
        {
            app.Logger.LogWarning("The add-in files were not found; /addin/ will answer 404. Build them with 'npm ci && npm run build' in addin/.");
            return app;
        }

        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = "/addin", DefaultFileNames = ["taskpane.html"] });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = "/addin" });
        app.MapGet("/", () => TypedResults.Redirect("/addin/taskpane.html")).ExcludeFromDescription();
        return app;
    }

    // The publish output carries the files in wwwroot/addin; a source checkout has them in addin/dist.
    private static string? Locate(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, "addin");
        if (File.Exists(Path.Combine(shipped, "taskpane.html")))
        {
            return shipped;
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var dist = Path.Combine(dir.FullName, "addin", "dist");
            if (File.Exists(Path.Combine(dist, "taskpane.html")))
            {
                return dist;
            }
        }

        return null;
    }
}
