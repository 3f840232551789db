using System.Reflection;

namespace ClauseLens.Server.Batches;

/// <summary>
/// <c>/batches</c>: a small self-contained page to drop files or a folder, watch progress live and
/// open the report. Plain HTML from the server plus one script and one stylesheet embedded in this
/// assembly, so it needs no build step and works without the task pane.
/// </summary>
public static class BatchPage
{
    // Only this page's own script and stylesheet, and calls back to this server.
    private const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private const string Html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>ClauseLens – check a batch of contracts</title>
        <link rel="stylesheet" href="/batches/batches.css">
        <script src="/batches/batches.js" defer></script>
        </head>
        <body>
        <main>
        <h1>Check a batch of contracts</h1>
        <p>Drop .docx, .pdf, .html or .txt files, a folder, or a .zip of them. Files are kept only until they are analysed.</p>
        <div id="drop" class="drop" tabindex="0" aria-describedby="drop-help">
          <p id="drop-help">Drop files or a folder here, or
            <label class="pick">choose files<input id="files" type="file" multiple accept=".docx,.pdf,.html,.htm,.txt,.zip"></label>
            <label class="pick">choose a folder<input id="folder" type="file" webkitdirectory></label></p>
        </div>
        <p><label>Playbook <select id="playbook"><option value="">default</option></select></label>
           <button id="start" type="button" disabled>Check <span id="count">0</span> files</button></p>
        <section id="batch" hidden>
          <h2>Progress</h2>
          <p><progress id="overall" max="1" value="0"></progress> <span id="summary" role="status" aria-live="polite"></span></p>
          <p id="links" hidden><a id="report" target="_blank" rel="noopener">Open the report</a> ·
             <a id="csv">CSV</a> · <a id="json" target="_blank" rel="noopener">JSON</a> ·
             <button id="delete" type="button">Delete this batch</button></p>
          <table><thead><tr><th>#</th><th>Document</th><th>Status</th></tr></thead><tbody id="documents"></tbody></table>
        </section>
        <p id="error" class="error" role="alert" hidden></p>
        </main>
        </body>
        </html>
        """;

    /// <summary>Maps <c>/batches</c> and its two assets.</summary>
    public static WebApplication MapBatchPage(this WebApplication app)
    {
        var group = app.MapGroup("/batches").WithTags("Batch page").ExcludeFromDescription();
        group.MapGet("/", (HttpContext context) => Page(context, Html, "text/html; charset=utf-8")).WithName("BatchPage");
        group.MapGet("/batches.js", (HttpContext context) => Page(context, Asset("batches.js"), "text/javascript; charset=utf-8"));
        group.MapGet("/batches.css", (HttpContext context) => Page(context, Asset("batches.css"), "text/css; charset=utf-8"));
        return app;
    }

    private static IResult Page(HttpContext context, string content, string contentType)
    {
        context.Response.Headers.ContentSecurityPolicy = Policy;
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Text(content, contentType);
    }

    private static string Asset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"batches/{name}")
            ?? throw new InvalidOperationException($"The batch page asset '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
