using ClauseLens.Server.Storage;
using Npgsql;

namespace ClauseLens.Server.Tests.Postgres;

/// <summary>Which connection strings mean PostgreSQL, and how a URI becomes Npgsql keywords.</summary>
public sealed class PostgresConnectionTests
{
    [Theory]
    [InlineData("postgres://u:p@db.example:5433/clauselens", true)]
    [InlineData("postgresql://db.example/clauselens", true)]
    [InlineData("Host=db.example;Database=clauselens;Username=u", true)]
    [InlineData("host=db.example;database=clauselens", true)]
    [InlineData("Data Source=/var/lib/clauselens/clauselens.db", false)]
    [InlineData("Data Source=host=weird.db", false)]
    [InlineData("Data Source=:memory:", false)]
    public void PostgresIsRecognisedByItsUriOrItsHostKeyword(string connectionString, bool expected) =>
        Assert.Equal(expected, PostgresConnection.IsPostgres(connectionString));

    [Fact]
    public void UriBecomesKeywords()
    {
        var builder = PostgresConnection.Parse("postgres://review%40firm:p%3Ass@db.example:5433/clause%20lens?sslmode=require&application_name=clauselens-1&Maximum%20Pool%20Size=20");

        Assert.Equal("db.example", builder.Host);
        Assert.Equal(5433, builder.Port);
        Assert.Equal("review@firm", builder.Username);
        Assert.Equal("p:ss", builder.Password);
        Assert.Equal("clause lens", builder.Database);
        Assert.Equal(SslMode.Require, builder.SslMode);
        Assert.Equal("clauselens-1", builder.ApplicationName);
        Assert.Equal(20, builder.MaxPoolSize);
        Assert.Equal("db.example:5433/clause lens", PostgresConnection.Describe(builder));
    }

    [Fact]
    public void DefaultPortIs5432()
    {
        Assert.Equal(5432, PostgresConnection.Parse("postgresql://db.example/x").Port);
    }

    [Fact]
    public void UnknownUriParameterIsRefusedByName()
    {
        var error = Assert.Throws<ArgumentException>(() => PostgresConnection.Parse("postgres://db.example/x?frobnicate=1"));
        Assert.Contains("'frobnicate'", error.Message);
    }
}
