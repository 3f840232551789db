namespace ClauseLens.Server.Batches;

/// <summary>
/// <c>/batches</c>: the page to drop files or a folder, watch progress live and open the report. It is
/// built with the task pane (addin/src/batches) so it shares the pane's sign-in and API client, and is
/// served from the add-in's files as <c>/addin/batches.html</c> under the same security headers.
/// </summary>
public static class BatchPage
{
    /// <summary>Maps <c>/batches</c> to the page.</summary>
    public static WebApplication MapBatchPage(this WebApplication app)
    {
        app.MapGet("/batches", () => TypedResults.Redirect("/addin/batches.html"))
            .WithName("BatchPage").ExcludeFromDescription();
        return app;
    }
}
