using ClauseLens.Analysis.Briefs;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Server.Analyze;
using ClauseLens.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace ClauseLens.Server.Briefs;

/// <summary><c>/api/briefs</c>: one contract in, a negotiation brief out (HTML, Markdown or .docx).</summary>
public static class BriefsApi
{
    // The brief is a self-contained page: its inline styles may apply, nothing may run or load.
    private const string HtmlPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Registers the brief builder and renderers.</summary>
    public static IHostApplicationBuilder AddClauseLensBriefs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BriefBuilder>();
        builder.Services.AddSingleton<BriefRenderer>();
        return builder;
    }

    /// <summary>Maps the brief endpoint.</summary>
    public static IEndpointRouteBuilder MapBriefsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/briefs").WithTags("Briefs")
            .MapPost("/", CreateAsync)
            // No Accepts(): its content-type filter answers 415 without saying what to send; the
            // handler takes JSON or multipart and words its own problem for anything else.
            .DisableAntiforgery()
            .Produces(StatusCodes.Status200OK, contentType: "text/html", additionalContentTypes: ["text/markdown", BriefRenderer.DocxMediaType])
            .WithName("CreateBrief")
            .WithSummary("Prepares a negotiation brief for a contract sent as JSON (text, paragraphs or html, as /api/analyze) or as one uploaded file (multipart field 'file', optional field 'playbook').")
            .WithDescription($"Choose the format with ?format=({BriefRenderer.FormatNames}) or the Accept header (text/html, text/markdown, {BriefRenderer.DocxMediaType}); HTML by default. ?paper=a4|letter sets the printed page size. The brief is written in the reviewer's language: 'language' (en or ja) in the JSON body, the form or ?language=; none: the contract's. Contract text is quoted in its own language.");
        return app;
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CreateAsync(
        HttpRequest request, HttpResponse response, ContractIngestor ingestor, ContractReview review, BriefBuilder briefs, BriefRenderer renderer,
        string? format, string? paper, string? language, CancellationToken cancellationToken)
    {
        // Settle the output before reading the contract, so a bad format costs no analysis.
        if (ChooseFormat(format, request.GetTypedHeaders().Accept) is not { } chosen)
        {
            return format is not null
                ? Problems.BadRequest($"Unknown brief format: use one of {BriefRenderer.FormatNames}.")
                : BriefProblems.NotAcceptable();
        }

        if (!BriefRenderer.TryParsePaper(paper, out var paperSize))
        {
            return Problems.BadRequest("Unknown paper size: use a4 or letter.");
        }

        // ?language= lets a link ask for the brief in a language; the body's 'language' wins when both say.
        var queryLanguage = string.IsNullOrWhiteSpace(language) ? null : language.Trim();
        if (queryLanguage is not null && !Analysis.Context.ContractLanguages.ForReviewer.Contains(queryLanguage, StringComparer.Ordinal))
        {
            return DealOptions.Unknown("language", "language", queryLanguage, Analysis.Context.ContractLanguages.ForReviewer);
        }

        var (submission, problem) = request.HasFormContentType
            ? await ContractRequests.ReadFileAsync(request, ingestor, review, cancellationToken)
            : request.HasJsonContentType()
                ? await ContractRequests.ReadJsonAsync(request, ingestor, review, cancellationToken)
                : (null, Problems.UnsupportedMediaType("Send the contract as application/json ({ \"text\": \"…\" }, { \"paragraphs\": [\"…\"] } or { \"html\": \"…\" }) or as multipart/form-data with one file in the field 'file'."));
        if (submission is null)
        {
            return problem!;
        }

        if (queryLanguage is not null && submission.Options.Language is null)
        {
            submission = submission with { Options = submission.Options with { Language = queryLanguage } };
        }

        var analysis = await review.AnalyzeAsync(submission, cancellationToken);
        var rendered = renderer.Render(briefs.Build(submission.Document, analysis), chosen, paperSize);
        response.Headers.Vary = HeaderNames.Accept;
        if (chosen == BriefFormat.Html)
        {
            response.Headers.ContentSecurityPolicy = HtmlPolicy;
        }

        // Only the .docx is offered as a download; HTML and Markdown open in place.
        return TypedResults.File(rendered.Content, rendered.ContentType, chosen == BriefFormat.Docx ? rendered.FileName : null);
    }

    // ?format wins; else the Accept header, best quality first; no Accept header means HTML.
    internal static BriefFormat? ChooseFormat(string? format, IList<MediaTypeHeaderValue> accept)
    {
        if (format is not null)
        {
            return BriefRenderer.TryParseFormat(format, out var named) ? named : null;
        }

        if (accept.Count == 0)
        {
            return BriefFormat.Html;
        }

        return accept
            .Where(a => (a.Quality ?? 1) > 0)
            .OrderByDescending(a => a.Quality ?? 1)
            .Select(a => BriefRenderer.ForMediaType(a.MediaType.Value ?? ""))
            .FirstOrDefault(f => f is not null);
    }
}
