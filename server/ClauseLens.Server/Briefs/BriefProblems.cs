using Microsoft.AspNetCore.Http.HttpResults;
using ClauseLens.Analysis.Briefs;

namespace ClauseLens.Server.Briefs;

/// <summary>Problems only the brief endpoint gives.</summary>
internal static class BriefProblems
{
    public static ProblemHttpResult NotAcceptable() => TypedResults.Problem(
        statusCode: StatusCodes.Status406NotAcceptable,
        title: "No acceptable brief format",
        detail: $"A brief can be text/html, text/markdown or {BriefRenderer.DocxMediaType}; or choose with ?format=({BriefRenderer.FormatNames}).");
}
