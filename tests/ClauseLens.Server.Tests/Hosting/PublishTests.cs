using System.Diagnostics;
using System.Net;

namespace ClauseLens.Server.Tests.Hosting;

/// <summary>
/// <c>dotnet publish</c> of the server gives a folder that runs as documented: the add-in inside it,
/// served under <c>/addin/</c> with no configuration. SLOW: the one slow test of the server suite
/// (publishes from the existing build, <c>--no-build</c>, then starts the published server: about
/// 10 s on a quiet 2-core machine, up to a minute when it is busy).
/// </summary>
public sealed class PublishTests
{
    [Fact]
    public async Task PublishedServerServesTheTaskPaneWithoutConfiguration()
    {
        using var output = new TempFolder();
        var publish = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = DotnetProcess.RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", "server/ClauseLens.Server", "-c", DotnetProcess.Configuration, "--no-build", "--nologo", "-o", output.Path })
        {
            publish.ArgumentList.Add(argument);
        }

        using (var process = Process.Start(publish)!)
        {
            var log = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"dotnet publish failed:\n{await log}\n{await errors}");
        }

        Assert.True(File.Exists(Path.Combine(output.Path, "addin", "taskpane.html")), "the published folder has no addin/taskpane.html");
        Assert.True(File.Exists(Path.Combine(output.Path, "addin", "manifest.xml")), "the published folder has no addin/manifest.xml");

        var address = new Uri($"http://127.0.0.1:{DotnetProcess.FreePort()}/");
        using var server = new DotnetProcess(Path.Combine(output.Path, "ClauseLens.Server.dll"), ["--urls", address.ToString().TrimEnd('/')]);
        await server.WaitUntilLiveAsync(address, TimeSpan.FromSeconds(90));

        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };
        var pane = await client.GetAsync("addin/taskpane.html");
        Assert.Equal(HttpStatusCode.OK, pane.StatusCode);
        Assert.Equal("text/html", pane.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script", await pane.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("addin/manifest.xml")).StatusCode);
        Assert.DoesNotContain("The add-in files were not found", server.Output);
    }
}
