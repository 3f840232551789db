using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace ClauseLens.Server.Hosting;

/// <summary>Cross-cutting host set-up: JSON shape, problem details, limits, OpenAPI.</summary>
public static class HostingExtensions
{
    /// <summary>Registers what every area relies on.</summary>
    public static IHostApplicationBuilder AddClauseLensHosting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LimitsOptions>().BindConfiguration("ClauseLens:Limits")
            .ValidateDataAnnotations().ValidateOnStart();

        // Kestrel enforces the body limit before anything reads the body, so a huge upload is refused
        // without being buffered.
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitsOptions>>(
            (kestrel, limits) => kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBytes);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.ValueLengthLimit = 1024 * 1024);

        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });

        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier);
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddHealthChecks().AddCheck<ModelHealthCheck>("model", tags: [ReadyTag]);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "ClauseLens API";
            doc.Info.Description = "Clause tagging and playbook review for contracts. Errors are RFC 7807 problem details.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    /// <summary>Problem details for every error: thrown, or a bare status code.</summary>
    public static WebApplication UseClauseLensErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(RefuseDeclaredOversizeBodies);
        return app;
    }

    // Kestrel's MaxRequestBodySize stops an over-long body while it is read; a body that declares its
    // length up front is refused before a byte is read, with a problem body that names the limit.
    private static async Task RefuseDeclaredOversizeBodies(HttpContext context, RequestDelegate next)
    {
        var max = context.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxRequestBytes;
        if (context.Request.ContentLength > max)
        {
            await Problems.TooLarge($"The request body is {context.Request.ContentLength:N0} bytes; this server accepts at most {max:N0} bytes (ClauseLens:Limits:MaxRequestBytes).")
                .ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    /// <summary>OpenAPI document at <c>/openapi/v1.json</c> and a readable reference at <c>/docs</c>.</summary>
    public static WebApplication MapClauseLensDocs(this WebApplication app)
    {
        app.MapOpenApi();
        // A reference page for a confidentiality tool: no AI chat that would send requests (and so
        // contract text) to a third party, no MCP, no "deploy"/"share" developer toolbar, no telemetry.
        app.MapScalarApiReference("/docs", o => o
            .WithTitle("ClauseLens API")
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            .DisableTelemetry());
        return app;
    }

    /// <summary>Tag of the checks that decide readiness (model loaded, batch store reachable and migrated).</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// <c>/health</c>: every check, answered <c>Healthy</c> (200) or <c>Unhealthy</c> (503).
    /// <c>/health/live</c>: the process answers (no check; for a restart policy).
    /// <c>/health/ready</c>: the readiness checks as JSON, each with its state (for a load balancer).
    /// </summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteReport });
        return app;
    }

    private static Task WriteReport(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        });
    }
}
