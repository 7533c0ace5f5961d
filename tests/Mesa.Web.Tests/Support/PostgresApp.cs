using Npgsql;

namespace Mesa.Web.Tests.Support;

/// <summary>
/// Mesa on a real PostgreSQL server (started by ./test.sh, which sets MESA_TEST_POSTGRES). Each instance creates a
/// database of its own and drops it at the end.
/// </summary>
public sealed class PostgresApp : MesaApp
{
    private readonly string _database = $"mesa_test_{Guid.NewGuid():N}";

    public override string Provider => "postgres";

    protected override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(AdminConnection) { Database = _database, MaxPoolSize = 120 }.ToString();

    private static string AdminConnection => Environment.GetEnvironmentVariable("MESA_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "MESA_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL on 127.0.0.1.");

    public override async Task InitializeAsync()
    {
        await using (var connection = new NpgsqlConnection(AdminConnection))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnection);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
