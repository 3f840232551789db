using System.Globalization;

namespace ClauseLens.Server.Tests.Hosting;

/// <summary>
/// The built server started as a process with each of the usual ways to say where to listen: nothing in
/// appsettings.json overrides them, and the machine's port 5000 is the default only when none is set.
/// The servers start together (one start-up's wait for the whole class).
/// </summary>
public sealed class ListenAddressTests(ListenAddressTests.Servers servers) : IClassFixture<ListenAddressTests.Servers>
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public Task CommandLineUrlsAreHonoured() => servers.ByCommandLine.WaitUntilLiveAsync(servers.CommandLineAddress, StartTimeout);

    [Fact]
    public Task AspNetCoreUrlsIsHonoured() => servers.ByUrlsVariable.WaitUntilLiveAsync(servers.UrlsVariableAddress, StartTimeout);

    [Fact]
    public Task AspNetCoreHttpPortsIsHonouredWithSignInOn() =>
        servers.ByPortsVariable.WaitUntilLiveAsync(new Uri($"http://127.0.0.1:{servers.PortsVariablePort}/"), StartTimeout);

    [Fact]
    public async Task AspNetCoreHttpPortsInLocalModeIsRefusedBeforeListening()
    {
        Assert.NotEqual(0, await servers.LocalWithPorts.WaitForExitAsync(StartTimeout));
        Assert.Contains($"ClauseLens would listen on 'http://*:{servers.LocalPortsPort}' with no sign-in configured", servers.LocalWithPorts.Output);
        Assert.DoesNotContain("Now listening on", servers.LocalWithPorts.Output);
    }

    [Fact]
    public async Task WithNothingSetTheServerTakesLoopbackPort5000()
    {
        // Port 5000 may be taken on a shared machine: then the failure names the address it tried.
        var line = await servers.WithNothingSet.WaitForLineAsync(StartTimeout, "Now listening on:", "Failed to bind to address");
        Assert.True(line is not null, $"the server neither listened nor failed to bind:\n{servers.WithNothingSet.Output}");
        Assert.Matches(@"(Now listening on: http://localhost:5000$|Failed to bind to address http://(127\.0\.0\.1|localhost|\[::1\]):5000)", line);
        Assert.DoesNotContain("Now listening on: http://0.0.0.0", servers.WithNothingSet.Output);
        Assert.DoesNotContain("Now listening on: http://[::]", servers.WithNothingSet.Output);
    }

    /// <summary>One server per way of configuring the address, all started at once.</summary>
    public sealed class Servers : IDisposable
    {
        public Servers()
        {
            var dll = DotnetProcess.BuiltServerDll();
            CommandLineAddress = new Uri($"http://127.0.0.1:{DotnetProcess.FreePort()}/");
            UrlsVariableAddress = new Uri($"http://127.0.0.1:{DotnetProcess.FreePort()}/");
            PortsVariablePort = DotnetProcess.FreePort();
            LocalPortsPort = DotnetProcess.FreePort();
            ByCommandLine = new DotnetProcess(dll, ["--urls", CommandLineAddress.ToString().TrimEnd('/')]);
            ByUrlsVariable = new DotnetProcess(dll, [], new Dictionary<string, string> { ["ASPNETCORE_URLS"] = UrlsVariableAddress.ToString().TrimEnd('/') });
            // A port setting means every interface, which only a server with sign-in may listen on.
            ByPortsVariable = new DotnetProcess(dll, [], new Dictionary<string, string>
            {
                ["ASPNETCORE_HTTP_PORTS"] = PortsVariablePort.ToString(CultureInfo.InvariantCulture),
                ["AzureAd__Instance"] = "https://login.microsoftonline.com/",
                ["AzureAd__TenantId"] = SignedInApp.TenantId,
                ["AzureAd__ClientId"] = SignedInApp.ClientId,
            });
            LocalWithPorts = new DotnetProcess(dll, [], new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = LocalPortsPort.ToString(CultureInfo.InvariantCulture) });
            WithNothingSet = new DotnetProcess(dll, []);
        }

        public Uri CommandLineAddress { get; }
        public Uri UrlsVariableAddress { get; }
        public int PortsVariablePort { get; }
        public int LocalPortsPort { get; }
        public DotnetProcess ByCommandLine { get; }
        public DotnetProcess ByUrlsVariable { get; }
        public DotnetProcess ByPortsVariable { get; }
        public DotnetProcess LocalWithPorts { get; }
        public DotnetProcess WithNothingSet { get; }

        public void Dispose()
        {
            foreach (var server in new[] { ByCommandLine, ByUrlsVariable, ByPortsVariable, LocalWithPorts, WithNothingSet })
            {
                server.Dispose();
            }
        }
    }
}
