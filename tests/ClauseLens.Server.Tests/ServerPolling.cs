using System.Diagnostics;
using System.Net;

namespace ClauseLens.Server.Tests;

/// <summary>Waiting for a server started as a separate process to answer.</summary>
internal static class ServerPolling
{
    /// <summary>
    /// Asks <paramref name="path"/> of <paramref name="address"/> every 100 ms until it answers 200.
    /// Fails with what the server wrote (<paramref name="output"/>) if the process exits first, or
    /// with "<paramref name="notAnswering"/> in <paramref name="timeout"/>" when the time runs out.
    /// </summary>
    public static async Task WaitUntilOkAsync(Process process, Uri address, string path, TimeSpan timeout, Func<string> output, string notAnswering)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, $"the server exited with {(process.HasExited ? process.ExitCode : 0)}:\n{output()}");
            try
            {
                if ((await client.GetAsync(path)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{notAnswering} in {timeout}:\n{output()}");
    }
}
