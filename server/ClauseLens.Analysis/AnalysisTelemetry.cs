using System.Diagnostics;
using System.Diagnostics.Metrics;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis;

/// <summary>
/// Traces and metrics of the analysis (System.Diagnostics only; a host subscribes by name, e.g. with
/// OpenTelemetry). Spans and tags carry stage names, counts, formats and ids, never contract text.
/// </summary>
public static class AnalysisTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and the <see cref="System.Diagnostics.Metrics.Meter"/>.</summary>
    public const string Name = "ClauseLens.Analysis";

    /// <summary>Spans: <c>clauselens.analyze</c> around the whole flow, one child per stage.</summary>
    public static ActivitySource Source { get; } = new(Name);

    /// <summary>The analysis meter.</summary>
    public static Meter Meter { get; } = new(Name);

    private static readonly Histogram<double> StageDuration = Meter.CreateHistogram<double>(
        "clauselens.analysis.stage.duration", "s", "Time spent in one analysis stage (tag clauselens.stage: ingest, segmentation, classification, extraction, playbook).",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    private static readonly Counter<long> Documents = Meter.CreateCounter<long>(
        "clauselens.analysis.documents", "{document}", "Documents analysed.");

    private static readonly Counter<long> Findings = Meter.CreateCounter<long>(
        "clauselens.analysis.findings", "{finding}", "Findings reported (missing, overly broad or unbalanced), by clauselens.severity.");

    /// <summary>The stage names used in spans and in <c>clauselens.stage</c>.</summary>
    public static class Stages
    {
        /// <summary>Reading text, HTML, paragraphs or a file into a document.</summary>
        public const string Ingest = "ingest";
        /// <summary>Splitting the document into clauses.</summary>
        public const string Segmentation = "segmentation";
        /// <summary>Tagging the clauses with the model.</summary>
        public const string Classification = "classification";
        /// <summary>Reading facts (durations, law, forum, scope) from each clause.</summary>
        public const string Extraction = "extraction";
        /// <summary>Holding the clauses against the playbook.</summary>
        public const string Playbook = "playbook";
    }

    /// <summary>A span and a duration measurement for one stage, ended by <see cref="StageScope.Dispose"/>.</summary>
    internal static StageScope Stage(string stage) => new(stage, Source.StartActivity("clauselens." + stage), Stopwatch.GetTimestamp());

    /// <summary>Counts a finished analysis: one document, its findings by severity.</summary>
    internal static void Analysed(AnalysisResult result)
    {
        Documents.Add(1);
        foreach (var group in result.Findings.Where(f => f.Kind != FindingKind.Ok).GroupBy(f => f.Severity))
        {
            Findings.Add(group.Count(), new KeyValuePair<string, object?>("clauselens.severity", SeverityName(group.Key)));
        }
    }

    private static string SeverityName(Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Low => "low",
        Severity.Medium => "medium",
        Severity.High => "high",
        _ => "other",
    };

    /// <summary>One stage under way.</summary>
    internal readonly struct StageScope(string stage, Activity? activity, long started) : IDisposable
    {
        /// <summary>The stage's span (null when nobody listens).</summary>
        public Activity? Activity => activity;

        /// <summary>Adds a count or id to the span (never contract text).</summary>
        public void Tag(string name, object? value) => activity?.SetTag(name, value);

        /// <summary>Marks the span failed with the exception's type only (its message could quote the contract).</summary>
        public void Failed(Exception exception) => activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);

        /// <inheritdoc />
        public void Dispose()
        {
            StageDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("clauselens.stage", stage));
            activity?.Dispose();
        }
    }
}
