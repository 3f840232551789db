using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Spectre.Console;

namespace ClauseLens.Cli;

/// <summary>How patient the client is with a server; tests shorten the delays.</summary>
internal sealed record ServerClientTuning(TimeSpan RetryDelay, TimeSpan PollInterval)
{
    public static ServerClientTuning Default { get; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(500));
}

/// <summary>
/// <c>clauselens check --server</c>: uploads the files as one batch, follows its progress, reads the
/// results and (unless kept) deletes the batch. Every call goes through the standard resilience
/// pipeline: retries with jittered exponential backoff on 429/5xx and timeouts, honouring Retry-After,
/// attempt and total timeouts, and a circuit breaker.
/// </summary>
internal sealed class ServerChecker(HttpClient http, IAnsiConsole ui, ServerClientTuning tuning)
{
    public const string ClientName = "clauselens-server";

    /// <summary>The DI container holding the typed client (disposed by the caller).</summary>
    public static ServiceProvider Services(Uri server, string? token, ServerClientTuning tuning, Func<HttpMessageHandler>? primaryHandler = null)
    {
        var services = new ServiceCollection();
        var client = services.AddHttpClient(ClientName, c =>
        {
            c.BaseAddress = server;
            c.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
            if (!string.IsNullOrWhiteSpace(token))
            {
                c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
        });
        client.AddStandardResilienceHandler(o =>
        {
            o.Retry.MaxRetryAttempts = 6;
            o.Retry.Delay = tuning.RetryDelay;
            o.Retry.UseJitter = true;
            o.AttemptTimeout.Timeout = TimeSpan.FromMinutes(2); // an upload of many files takes a while
            o.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(10);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(5);
        });
        if (primaryHandler is not null)
        {
            client.ConfigurePrimaryHttpMessageHandler(primaryHandler);
        }

        return services.BuildServiceProvider();
    }

    public async Task<(CheckResults? Results, string? Error)> RunAsync(
        IReadOnlyList<ContractFile> files, string? playbook, AnalysisOptions deal, bool keep, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        foreach (var file in files)
        {
            // Bytes, not a stream: a retried upload must be able to send the same content again.
            var part = new ByteArrayContent(await File.ReadAllBytesAsync(file.Path, cancellationToken));
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", file.Name);
        }

        // The server checks these as /api/analyze does and refuses unknown values naming the allowed ones.
        foreach (var (field, value) in new[] { ("playbook", playbook), ("contractType", deal.ContractType), ("side", deal.Side), ("language", deal.Language) })
        {
            if (value is not null)
            {
                form.Add(new StringContent(value), field);
            }
        }

        using var submitted = await http.PostAsync("api/batches", form, cancellationToken);
        if (submitted.StatusCode != HttpStatusCode.Accepted || submitted.Headers.Location is not { } location)
        {
            return (null, await ProblemAsync(submitted, "upload", cancellationToken));
        }

        var batch = location.OriginalString.TrimStart('/');
        var status = await FollowAsync(batch, files.Count, cancellationToken);
        if (status is { } error)
        {
            return (null, error);
        }

        using var results = await http.GetAsync($"{batch}/results?format=json", cancellationToken);
        if (!results.IsSuccessStatusCode)
        {
            return (null, await ProblemAsync(results, "results", cancellationToken));
        }

        var json = await results.Content.ReadAsByteArrayAsync(cancellationToken);
        var report = BatchJson.Read(System.Text.Encoding.UTF8.GetString(json));
        if (!keep)
        {
            using var deleted = await http.DeleteAsync(batch, cancellationToken);
        }

        return (new CheckResults(report, [], json), null);
    }

    // Polls the batch and moves the progress bar until no document is queued or being analysed.
    private async Task<string?> FollowAsync(string batch, int total, CancellationToken cancellationToken)
    {
        string? error = null;
        await ui.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Analysing {CheckTable.Documents(total)} on the server", maxValue: total);
                while (true)
                {
                    using var response = await http.GetAsync(batch, cancellationToken);
                    if (!response.IsSuccessStatusCode)
                    {
                        error = await ProblemAsync(response, "progress", cancellationToken);
                        return;
                    }

                    var status = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
                    var counts = status.GetProperty("counts");
                    task.MaxValue = counts.GetProperty("total").GetInt32();
                    task.Value = counts.GetProperty("done").GetInt32() + counts.GetProperty("failed").GetInt32();
                    if (status.GetProperty("status").GetString() == "complete")
                    {
                        return;
                    }

                    await Task.Delay(tuning.PollInterval, cancellationToken);
                }
            });
        return error;
    }

    private static async Task<string> ProblemAsync(HttpResponseMessage response, string step, CancellationToken cancellationToken)
    {
        var detail = "";
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            detail = problem.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : "";
        }

        return $"the server refused the {step} ({(int)response.StatusCode} {response.ReasonPhrase}){(detail.Length > 0 ? ": " + detail : ".")}";
    }
}
