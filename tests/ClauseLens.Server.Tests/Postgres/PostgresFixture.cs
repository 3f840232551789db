using ClauseLens.Server.Tests.Batches;
using ClauseLens.TestSupport;

namespace ClauseLens.Server.Tests.Postgres;

/// <summary>
/// One throwaway PostgreSQL cluster for every test in the <see cref="PostgresCollection"/>, started
/// before the first and stopped (its folder deleted) after the last. Each test class takes its own
/// database from it. Without PostgreSQL's binaries these tests fail and say how to install them.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private const string BatchApiDatabase = "batch_api";
    private PostgresCluster? _cluster;
    private BatchApp? _batchApp;

    public PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The PostgreSQL cluster did not start.");

    /// <summary>The in-memory server with the keyword analysis on its own database, shared by the API tests (stopped before the cluster).</summary>
    public BatchApp BatchApp => _batchApp ?? throw new InvalidOperationException("The PostgreSQL cluster did not start.");

    public async Task InitializeAsync()
    {
        _cluster = await PostgresCluster.StartAsync();
        var connection = await _cluster.DatabaseAsync(BatchApiDatabase);
        _batchApp = new BatchApp(connection, sql => _cluster.ScalarAsync<long>(BatchApiDatabase, sql));
    }

    public async Task DisposeAsync()
    {
        _batchApp?.Dispose();
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
