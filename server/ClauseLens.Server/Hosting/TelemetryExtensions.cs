using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
using ClauseLens.Server.Batches;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ClauseLens.Server.Hosting;

/// <summary>
/// OpenTelemetry: spans for HTTP requests, each analysis and its stages, and each batch document;
/// metrics for request durations, analysis stage durations, documents analysed, findings by severity,
/// batch claims, lost leases and the batch queue depth. The service's resource names the model
/// version. Nothing leaves the process unless <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (then OTLP, with
/// the other standard <c>OTEL_*</c> settings). Spans carry ids, counts and stage names, never contract text.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>The service name in the resource (<c>service.name</c>), unless <c>OTEL_SERVICE_NAME</c> says otherwise.</summary>
    public const string ServiceName = "clauselens-server";

    /// <summary>The resource attribute that names the classifier version.</summary>
    public const string ModelVersionAttribute = "clauselens.model.version";

    /// <summary>Registers tracing and metrics, and the OTLP exporter when an endpoint is configured.</summary>
    public static IHostApplicationBuilder AddClauseLensTelemetry(this IHostApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(ServiceName, serviceVersion: typeof(TelemetryExtensions).Assembly.GetName().Version?.ToString())
                .AddDetector(services => new ModelVersionDetector(services.GetRequiredService<IClauseClassifier>())))
            .WithTracing(tracing => tracing
                .AddSource(AnalysisTelemetry.Name, BatchMetrics.MeterName)
                // Health probes every few seconds would drown the requests worth looking at.
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health")))
            .WithMetrics(metrics => metrics
                .AddMeter(AnalysisTelemetry.Name, BatchMetrics.MeterName)
                .AddAspNetCoreInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    private sealed class ModelVersionDetector(IClauseClassifier classifier) : IResourceDetector
    {
        public Resource Detect() => new([new KeyValuePair<string, object>(ModelVersionAttribute, classifier.ModelVersion)]);
    }
}
