using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
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
        builder.Services.AddSingleton<ClauseSegmenter>();
        builder.Services.AddSingleton<FactExtractor>();
        builder.Services.AddSingleton<PlaybookEvaluator>();
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
            });
        });
        builder.Services.AddSingleton<AnalysisGate>();
        builder.Services.AddSingleton<ContractReview>();
        builder.Services.AddHostedService<ModelLoader>();
        return builder;
    }

    // Loads the model while the host starts, so a missing or broken model stops start-up with a
    // clear message instead of failing the first user's request.
    private sealed class ModelLoader(IServiceProvider services, ILogger<ModelLoader> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var classifier = services.GetRequiredService<IClauseClassifier>();
            logger.LogInformation("Clause classifier loaded: {ModelVersion}", classifier.ModelVersion);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
