using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Reports;
using ClauseLens.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClauseLens.Server.Issues;

/// <summary>Body of <c>POST /api/issues/export</c>: the rows of the reviewer's issue list, as the task pane built them.</summary>
public sealed record IssueExportRequest(IReadOnlyList<IssueRow?>? Rows, string? Language = null);

/// <summary>
/// <c>/api/issues/export</c>: the pane's issue list in, an .xlsx file out. Stateless: the rows
/// (findings with the reviewer's decisions and notes, which are contract data) are rendered and
/// returned, never stored and never logged.
/// </summary>
public static class IssuesApi
{
    /// <summary>More rows than any contract's findings; a guard against abuse, not a feature limit.</summary>
    public const int MaxRows = 5_000;

    /// <summary>Maps the issue-list export.</summary>
    public static IEndpointRouteBuilder MapIssuesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/issues").WithTags("Issues")
            .MapPost("/export", ExportAsync)
            .DocumentJsonBody<IssueExportRequest>()
            .Produces(StatusCodes.Status200OK, contentType: IssueListXlsx.MediaType)
            .WithName("ExportIssues")
            .WithSummary("Renders an issue list (rows built by the task pane) as an .xlsx workbook; ?format=xlsx.")
            .WithDescription("Columns: #, clause, heading, finding, severity, kind, evidence, ask for, fallback, decision, note, reviewer, date, history. Nothing is stored or logged.");
        return app;
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(HttpRequest request, string? format, CancellationToken cancellationToken)
    {
        if (format is not null and not "xlsx")
        {
            return Problems.BadRequest("Unknown issue-list format: the server renders xlsx (the pane builds .csv itself).");
        }

        if (!request.HasJsonContentType())
        {
            return Problems.UnsupportedMediaType("Send the issue list as application/json: { \"rows\": [ { \"clause\": \"…\", \"finding\": \"…\", … } ] }.");
        }

        var (body, problem) = await RequestBodies.ReadJsonAsync<IssueExportRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (body?.Rows is not { } rows)
        {
            return Problems.BadRequest("Send the issue list as { \"rows\": [ … ] }.");
        }

        if (rows.Count > MaxRows)
        {
            return Problems.BadRequest($"An issue list holds at most {MaxRows} rows; this one has {rows.Count}.");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is not { } row)
            {
                return Problems.BadRequest($"Row {i + 1} is empty.");
            }

            if (TooLong(row) is { } column)
            {
                return Problems.BadRequest($"Row {i + 1}: the {column} is longer than the {IssueListXlsx.MaxCellLength} characters a spreadsheet cell holds.");
            }
        }

        if (body.Language is { } language && !ContractLanguages.ForReviewer.Contains(language))
        {
            return Analyze.DealOptions.Unknown("language", "language", language, ContractLanguages.ForReviewer);
        }

        return TypedResults.File(IssueListXlsx.Render([.. rows.Select(r => r!)], body.Language), IssueListXlsx.MediaType, "issues.xlsx");
    }

    private static string? TooLong(IssueRow row)
    {
        (string Name, string? Value)[] cells =
        [
            ("clause", row.Clause), ("heading", row.Heading), ("finding", row.Finding), ("severity", row.Severity), ("kind", row.Kind),
            ("evidence", row.Evidence), ("ask", row.Ask), ("fallback", row.Fallback), ("decision", row.Decision), ("note", row.Note),
            ("reviewer", row.Reviewer), ("date", row.Date), ("history", row.History),
        ];
        return cells.FirstOrDefault(c => c.Value?.Length > IssueListXlsx.MaxCellLength).Name;
    }
}
