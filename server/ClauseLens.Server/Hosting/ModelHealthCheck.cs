using ClauseLens.Analysis.Classification;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClauseLens.Server.Hosting;

/// <summary>Healthy once the classifier is loaded (it is loaded at start-up, so this names its version).</summary>
internal sealed class ModelHealthCheck(IClauseClassifier classifier) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy(classifier.ModelVersion));
}
