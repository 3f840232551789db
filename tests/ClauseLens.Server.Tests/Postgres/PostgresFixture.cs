using ClauseLens.TestSupport;

namespace ClauseLens.Server.Tests.Postgres;

/// <summary>
/// One throwaway PostgreSQL cluster for every test in the <see cref="PostgresCollection"/>, started
/// before the first and stopped (its folder deleted) after the last. Each test class takes its own
/// database from it. Without PostgreSQL's binaries these tests fail and say how to install them.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresCluster? _cluster;

    public PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The PostgreSQL cluster did not start.");

    public async Task InitializeAsync() => _cluster = await PostgresCluster.StartAsync();

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}

/// <summary>The tests that share the cluster; they run one class after another.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
