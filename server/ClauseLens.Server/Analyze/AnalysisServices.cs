using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;
using ClauseLens.Server.Hosting;
using ClauseLens.Server.Playbooks;
using Microsoft.Extensions.Options;

namespace ClauseLens.Server.Analyze;

/// <summary>DI for the analysis core: one classifier for the whole process, loaded at start-up.</summary>
public static class AnalysisServices
{
    /// <summary>Registers the analysis flow and its reader.</summary>
    public static IHostApplicationBuilder AddClauseLensAnalysis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ModelOptions>().BindConfiguration("ClauseLens:Model");
        builder.Services.AddSingleton<IClauseClassifier>(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<ModelOptions>>().Value.Path;
            var path = string.IsNullOrWhiteSpace(configured) ? ModelClauseClassifier.DefaultPath : configured;
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"The clause classifier was not found at '{path}'. Build the server (the model ships in models/clause-classifier.zip) " +
                    "or retrain it with 'dotnet run -c Release --project models/ClauseLens.Training'.");
            }

            return ModelClauseClassifier.Load(path);
        });
        builder.Services.AddSingleton(_ => ContractContextReader.Shipped);
        builder.Services.AddSingleton<ClauseSegmenter>();
        builder.Services.AddSingleton<FactExtractor>();
        builder.Services.AddSingleton<PlaybookEvaluator>();
        if (ContractAnalyzer.ShippedDetectors() is { } detectors)
        {
            // The element detectors beside the patterns (models/ELEMENTS.md); without the file, patterns alone.
            builder.Services.AddSingleton(detectors);
        }

        if (ContractAnalyzer.ShippedLabelEvidence() is { } evidence)
        {
            // The second reader behind "missing <label>" claims (models/ELEMENTS.md); PlaybookEvaluator takes it when registered.
            builder.Services.AddSingleton(evidence);
        }

        builder.Services.AddSingleton<ContractAnalyzer>();
        builder.Services.AddSingleton(sp =>
        {
            var limits = sp.GetRequiredService<IOptions<LimitsOptions>>().Value;
            return new ContractIngestor(new IngestLimits
            {
                MaxCharacters = limits.MaxCharacters,
                MaxParagraphs = limits.MaxParagraphs,
                MaxPdfPages = limits.MaxPdfPages,
                MaxUnpackedBytes = limits.MaxUnpackedBytes,
                MaxZipEntries = limits.MaxZipEntries,
                MaxNestingDepth = limits.MaxNestingDepth,
                MaxXmlPartBytes = limits.MaxXmlPartBytes,
                MaxPdfGlyphsPerPage = limits.MaxPdfGlyphsPerPage,
                MaxPdfObjectStreamBytes = limits.MaxPdfObjectStreamBytes,
                MaxPdfContentStreamBytes = limits.MaxPdfContentStreamBytes,
            });
        });
        builder.Services.AddSingleton<AnalysisGate>();
        builder.Services.AddSingleton<ContractReview>();
        builder.Services.AddHostedService<ModelLoader>();
        builder.Services.AddOptions<WarmUpOptions>().BindConfiguration("ClauseLens:WarmUp").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<AnalysisWarmUp>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AnalysisWarmUp>());
        builder.Services.AddHealthChecks().AddCheck<AnalysisWarmUp.HealthCheck>("warm-up", tags: [HostingExtensions.ReadyTag]);
        return builder;
    }

    // Loads the model while the host starts, so a missing or broken model stops start-up with a
    // clear message instead of failing the first user's request.
    private sealed class ModelLoader(IServiceProvider services, ILogger<ModelLoader> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var classifier = services.GetRequiredService<IClauseClassifier>();
            var context = services.GetRequiredService<ContractContextReader>();
            logger.LogInformation("Clause classifier loaded: {ModelVersion}; contract-type model: {TypeModelVersion}", classifier.ModelVersion, context.ModelVersion);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
