using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
using ClauseLens.Server.Batches;
using ClauseLens.Server.Hosting;
using ClauseLens.Server.Tests.Batches;
using ClauseLens.TestSupport;
using static ClauseLens.Server.Tests.Hosting.ContractLeaks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace ClauseLens.Server.Tests.Hosting;

/// <summary>Traces and metrics: every stage is visible, and no span carries a word of the contract.</summary>
public sealed class TelemetryTests
{
    private static readonly string[] Stages =
    [
        AnalysisTelemetry.Stages.Ingest, AnalysisTelemetry.Stages.Segmentation, AnalysisTelemetry.Stages.Classification,
        AnalysisTelemetry.Stages.Extraction, AnalysisTelemetry.Stages.Playbook,
    ];

    [Fact]
    public async Task SpansCoverRequestsStagesAndBatchDocumentsAndCarryNoContractText()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("ClauseLens", StringComparison.Ordinal) || source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        using var app = new ClauseLensApp();
        var client = app.CreateClient();
        var text = await File.ReadAllTextAsync(SharedData.ContractFiles().First(f => f.Contains("contractnli_523")));
        var paragraphs = text.Split('\n');
        await client.PostAsJsonAsync("/api/analyze", new { text });
        await client.PostAsync("/api/analyze/file", Upload("contract.docx", TestDocuments.Docx(paragraphs)));
        await client.PostAsync("/api/analyze/file", Upload("contract.docx", Encoding.UTF8.GetBytes(text))); // unreadable: a failed ingest span
        var batch = await client.PostAsync("/api/batches", BatchClient.Files(BatchClient.Text("nda.txt", text)));
        await client.WaitForCompletion(batch.Headers.Location!.OriginalString);
        await client.PostAsJsonAsync("/api/analyze", new { text }); // after the batch: its spans have ended

        var ours = spans.ToList();
        var names = ours.Select(s => s.OperationName).ToHashSet();
        Assert.Contains("clauselens.analyze", names);
        Assert.All(Stages, stage => Assert.Contains("clauselens." + stage, names));
        Assert.Contains("clauselens.batch.document", names);
        Assert.Contains(ours, s => s.Source.Name == "Microsoft.AspNetCore" && s.Kind == ActivityKind.Server);
        // The stages of a request's analysis are children of its request span.
        Assert.Contains(ours, s => s.OperationName == "clauselens.segmentation" && s.Parent?.OperationName == "clauselens.analyze"
            && s.Parent.Parent?.Source.Name == "Microsoft.AspNetCore");
        Assert.Contains(ours, s => s.OperationName == "clauselens.ingest" && s.Status == ActivityStatusCode.Error);

        var recorded = Regex.Replace(string.Join('\n', ours.Select(Describe)), @"\s+", " ");
        AssertNoneIn(text, recorded);
    }

    [Fact]
    public async Task MetricsCountDocumentsFindingsBySeverityAndTimeEveryStage()
    {
        using var stages = new MetricCollector<double>(null, AnalysisTelemetry.Name, "clauselens.analysis.stage.duration");
        using var documents = new MetricCollector<long>(null, AnalysisTelemetry.Name, "clauselens.analysis.documents");
        using var findings = new MetricCollector<long>(null, AnalysisTelemetry.Name, "clauselens.analysis.findings");
        using var app = new ClauseLensApp();
        var client = app.CreateClient();

        var result = await (await client.PostAsJsonAsync("/api/analyze", new { text = "1. Confidentiality. Each party shall keep the other party's information confidential.", playbook = "japan-sme-collaboration" }))
            .Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();

        Assert.All(Stages, stage => Assert.Contains(stages.GetMeasurementSnapshot(), m => Equals(m.Tags["clauselens.stage"], stage) && m.Value >= 0));
        Assert.True(documents.GetMeasurementSnapshot().Sum(m => m.Value) >= 1);
        // This contract lacks most of what the collaboration playbook asks for: its high-severity findings are counted as such.
        var high = result.GetProperty("summary").GetProperty("findingsBySeverity").GetProperty("high").GetInt32();
        Assert.True(high > 0);
        Assert.True(findings.GetMeasurementSnapshot().Where(m => Equals(m.Tags["clauselens.severity"], "high")).Sum(m => m.Value) >= high);
    }

    [Fact]
    public async Task BatchMetricsCountClaimsAndReadTheQueueDepth()
    {
        using var app = new BatchApp();
        var meters = app.Factory.Services.GetRequiredService<IMeterFactory>();
        using var claims = new MetricCollector<long>(meters, BatchMetrics.MeterName, "clauselens.batch.claims");
        using var depth = new MetricCollector<long>(meters, BatchMetrics.MeterName, "clauselens.batch.queue_depth");
        var client = app.Client();

        var batch = await client.PostAsync("/api/batches", BatchClient.Files(BatchClient.ContractOpenings(3)));
        await client.WaitForCompletion(batch.Headers.Location!.OriginalString);

        Assert.Equal(3, claims.GetMeasurementSnapshot().Sum(m => m.Value));
        await app.Factory.Services.GetRequiredService<BatchMetrics>().RefreshDepthAsync();
        depth.RecordObservableInstruments();
        Assert.Equal(0, depth.LastMeasurement?.Value);
    }

    [Fact]
    public void TheResourceNamesTheServiceAndTheModelVersion()
    {
        using var app = new ClauseLensApp();
        _ = app.Server;
        var resource = app.Services.GetRequiredService<TracerProvider>().GetResource();
        var attributes = resource.Attributes.ToDictionary(a => a.Key, a => a.Value);
        Assert.Equal(TelemetryExtensions.ServiceName, attributes["service.name"]);
        Assert.Equal(app.Services.GetRequiredService<IClauseClassifier>().ModelVersion, attributes[TelemetryExtensions.ModelVersionAttribute]);
    }

    private static string Describe(Activity span) =>
        $"{span.DisplayName} {span.OperationName} {span.StatusDescription} " +
        string.Join(' ', span.TagObjects.Select(t => $"{t.Key}={t.Value}")) + " " +
        string.Join(' ', span.Events.Select(e => $"{e.Name} {string.Join(' ', e.Tags.Select(t => $"{t.Key}={t.Value}"))}")) + " " +
        string.Join(' ', span.Baggage.Select(b => $"{b.Key}={b.Value}"));
}

/// <summary>OTLP export: off unless an endpoint is configured, then spans reach the collector.</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task WithAnEndpointConfiguredSpansAreExportedOverOtlp()
    {
        var port = DotnetProcess.FreePort();
        using var collector = new System.Net.HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        var received = ReceiveAsync(collector, "/v1/traces");

        using var app = new ClauseLensApp()
            .With("OTEL_EXPORTER_OTLP_ENDPOINT", $"http://127.0.0.1:{port}")
            .With("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
            .With("OTEL_BSP_SCHEDULE_DELAY", "100");
        var client = app.CreateClient();
        await client.PostAsJsonAsync("/api/analyze", new { text = "1. Governing Law. This Agreement is governed by the laws of Japan." });

        var finished = await Task.WhenAny(received, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(finished == received, "no OTLP trace export reached the collector in 30 s");
        Assert.Equal("application/x-protobuf", (await received).ContentType?.Split(";")[0]);
    }

    private static async Task<(string Path, string? ContentType)> ReceiveAsync(System.Net.HttpListener collector, string path)
    {
        while (true)
        {
            var context = await collector.GetContextAsync();
            var request = (context.Request.Url!.AbsolutePath, context.Request.ContentType);
            context.Response.StatusCode = 200;
            context.Response.Close();
            if (request.AbsolutePath == path)
            {
                return request;
            }
        }
    }
}
