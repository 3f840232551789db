using System.Text.RegularExpressions;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Server.Analyze;
using Microsoft.AspNetCore.Diagnostics;

namespace ClauseLens.Server.Hosting;

/// <summary>
/// Turns exceptions into problem details. Bad input is answered with its own status; anything else
/// is a 500 whose body says nothing about the request (the contract is confidential).
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, Problems.TitleFor(bad.StatusCode), Problems.DetailFor(bad)),
            IngestException ingest => Problems.ForIngest(ingest),
            AnalysisTooComplexException complex => (StatusCodes.Status422UnprocessableEntity, "The contract is too complex", complex.Message),
            RegexMatchTimeoutException => (StatusCodes.Status422UnprocessableEntity, "The contract is too complex",
                "The contract is too complex to analyse: a text pattern ran past its time limit."),
            ServerBusyException busy => (StatusCodes.Status503ServiceUnavailable, "The server is busy",
                $"Every analysis slot is taken and the queue is full (ClauseLens:Limits:MaxConcurrentAnalyses, MaxQueuedAnalyses). Try again in {busy.RetryAfterSeconds} seconds."),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested =>
                (499, "Client closed request", "The client went away before the analysis finished."),
            _ => (StatusCodes.Status500InternalServerError, "Internal error",
                "ClauseLens failed while handling this request. Nothing was stored; try again, and report the trace id if it persists."),
        };

        if (exception is ServerBusyException)
        {
            logger.LogWarning("Refused a request with 503: every analysis slot is taken and the queue is full");
        }
        else if (status >= 500)
        {
            // Type and place only: exception messages from parsers can quote the document. The trace id
            // is the one the problem body asks the user to report.
            logger.LogError("Unhandled {ExceptionType} at {Origin} (trace id {TraceId})",
                exception.GetType().FullName, ExceptionOrigin.Of(exception), context.TraceIdentifier);
        }

        context.Response.StatusCode = status;
        if (exception is ServerBusyException busyAgain)
        {
            context.Response.Headers.RetryAfter = busyAgain.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
