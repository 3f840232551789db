namespace ClauseLens.Server.Tests;

/// <summary>Start-up failures of a server under test.</summary>
internal static class ServerStartUp
{
    /// <summary>
    /// The exception with which an app made by <paramref name="create"/> refuses to start when
    /// <paramref name="start"/> runs; fails the test if it starts.
    /// </summary>
    /// <remarks>
    /// When the server's own start-up throws, WebApplicationFactory's deferred host sometimes asks
    /// the already disposed service provider for the application lifetime and reports that
    /// ObjectDisposedException instead of the real failure (a race in Microsoft.AspNetCore.Mvc.Testing,
    /// seen about once in 20 starts on a busy machine; dotnet/aspnetcore#38335). Only that exact
    /// failure is retried, with a fresh app, a few times; any other exception is returned as is.
    /// </remarks>
    public static Exception Of<TApp>(Func<TApp> create, Action<TApp> start)
        where TApp : IDisposable
    {
        const int attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            using var app = create();
            var error = Assert.ThrowsAny<Exception>(() => start(app));
            if (attempt == attempts || !(error is ObjectDisposedException { ObjectName: nameof(IServiceProvider) }
                && error.StackTrace?.Contains("DeferredHost", StringComparison.Ordinal) == true))
            {
                return error;
            }
        }
    }
}

/// <summary>One server shared by the tests of a class (the model loads once).</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ClauseLensApp>
{
    public const string Name = "server";
}
