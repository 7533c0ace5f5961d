using Npgsql;

namespace Mesa.Tests.Common;

/// <summary>
/// The PostgreSQL that ./test.sh starts on 127.0.0.1 (MESA_TEST_POSTGRES): each test fixture creates a database of
/// its own and drops it at the end. Linked into every test project that needs it.
/// </summary>
public static class TestPostgres
{
    public static string AdminConnection => Environment.GetEnvironmentVariable("MESA_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "MESA_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL on 127.0.0.1.");

    public static string ConnectionString(string database, int maxPoolSize = 100) =>
        new NpgsqlConnectionStringBuilder(AdminConnection) { Database = database, MaxPoolSize = maxPoolSize }.ToString();

    public static Task CreateAsync(string database) => ExecuteAsync($"CREATE DATABASE \"{database}\"");

    /// <summary>A copy of <paramref name="template"/>, which nobody may be connected to.</summary>
    public static Task CreateFromTemplateAsync(string database, string template) =>
        ExecuteAsync($"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\"");

    public static async Task DropAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
