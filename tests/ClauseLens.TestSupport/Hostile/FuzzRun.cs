using System.Diagnostics;

namespace ClauseLens.TestSupport.Hostile;

/// <summary>What one hostile request got: its status (0 when no answer came), time and the server's memory growth.</summary>
/// <param name="Name">The case's name.</param>
/// <param name="Status">HTTP status; 0 when the connection failed or timed out.</param>
/// <param name="Elapsed">From sending to the whole response read.</param>
/// <param name="PeakRssGrowthBytes">The server's peak resident memory during the request minus its resident memory before (-1 when not measurable).</param>
/// <param name="RequestBytes">Size of the request body.</param>
/// <param name="Error">The client-side failure, when there was no answer.</param>
/// <param name="ServerCpu">
/// Processor time the server process used during the request (all its threads; null when not
/// measurable): unlike <paramref name="Elapsed"/> it barely moves when other processes load the
/// machine, so it tells a slow algorithm from a busy machine.
/// </param>
public sealed record FuzzOutcome(string Name, int Status, TimeSpan Elapsed, long PeakRssGrowthBytes, long RequestBytes, string? Error, TimeSpan? ServerCpu = null);

/// <summary>
/// Sends hostile requests one by one to a server process and records each outcome; stops at the
/// first sign the process died. Peak memory per request is read from <c>/proc/PID/status</c> after
/// resetting the peak through <c>/proc/PID/clear_refs</c> (Linux; -1 elsewhere).
/// </summary>
public static class FuzzRun
{
    /// <summary>Runs <paramref name="cases"/> against the server at <paramref name="client"/>'s base address, process <paramref name="pid"/>.</summary>
    public static async Task<IReadOnlyList<FuzzOutcome>> RunAsync(HttpClient client, int pid, IEnumerable<HostileRequest> cases, Func<bool> alive, Action<FuzzOutcome>? progress = null)
    {
        var outcomes = new List<FuzzOutcome>();
        foreach (var hostile in cases)
        {
            if (!alive())
            {
                break;
            }

            using var request = hostile.ToMessage();
            long size = 0;
            if (request.Content is not null)
            {
                await request.Content.LoadIntoBufferAsync();
                size = request.Content.Headers.ContentLength ?? 0;
            }

            var before = ResetPeak(pid);
            var cpuBefore = Cpu(pid);
            var clock = Stopwatch.StartNew();
            FuzzOutcome outcome;
            try
            {
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                await response.Content.CopyToAsync(Stream.Null);
                outcome = new FuzzOutcome(hostile.Name, (int)response.StatusCode, clock.Elapsed, Growth(pid, before), size, null, Cpu(pid) - cpuBefore);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                outcome = new FuzzOutcome(hostile.Name, 0, clock.Elapsed, Growth(pid, before), size, e.GetType().Name);
            }

            outcomes.Add(outcome);
            progress?.Invoke(outcome);
        }

        return outcomes;
    }

    private static TimeSpan? Cpu(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.TotalProcessorTime;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static long ResetPeak(int pid)
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
            return Status(pid, "VmRSS:");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return -1;
        }
    }

    private static long Growth(int pid, long before)
    {
        if (before < 0)
        {
            return -1;
        }

        try
        {
            return Status(pid, "VmHWM:") - before;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return -1;
        }
    }

    // A "Name:   1234 kB" line of /proc/PID/status, in bytes.
    private static long Status(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
