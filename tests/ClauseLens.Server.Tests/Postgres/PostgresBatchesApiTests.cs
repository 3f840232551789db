using ClauseLens.Server.Tests.Batches;

namespace ClauseLens.Server.Tests.Postgres;

/// <summary>The batch API over real HTTP on the PostgreSQL store: the same tests as on SQLite.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresBatchesApiTests(PostgresFixture postgres) : BatchesApiContract(postgres.BatchApp);
