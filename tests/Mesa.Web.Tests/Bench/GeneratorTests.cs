using Mesa.DataGenerator;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Mesa.Web.Tests.Bench;

/// <summary>The data generator fills a new database with consistent tickets and changes, on both engines.</summary>
public sealed class GeneratorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_generator_fills_sqlite_with_consistent_tickets()
    {
        var file = Path.Combine(Path.GetTempPath(), "mesa-tests", $"gen-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        try
        {
            var result = await Generator.RunAsync(Options("sqlite", $"Data Source={file}"), CancellationToken.None);

            Assert.Equal(1500, result.Tickets);
            await using var connection = new SqliteConnection($"Data Source={file}");
            await connection.OpenAsync();
            await AssertConsistentAsync(connection);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_generator_fills_postgres_with_consistent_tickets()
    {
        var admin = Environment.GetEnvironmentVariable("MESA_TEST_POSTGRES")
            ?? throw new InvalidOperationException("MESA_TEST_POSTGRES is not set: run the tests with ./test.sh.");
        var database = $"mesa_gen_{Guid.NewGuid():N}";
        await Execute(admin, $"CREATE DATABASE \"{database}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ToString();
        try
        {
            await Generator.RunAsync(Options("postgres", connectionString), CancellationToken.None);

            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await AssertConsistentAsync(connection);
            // The identity sequence continues after the generated ids.
            await using var next = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence('\"tickets\"', 'Id'))", connection);
            Assert.True((long)(await next.ExecuteScalarAsync())! > 1500);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await Execute(admin, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static GeneratorOptions Options(string provider, string connection) =>
        new(provider, connection, Tickets: 1500, Requesters: 50, Now: Now, Quiet: true);

    private static async Task AssertConsistentAsync(System.Data.Common.DbConnection connection)
    {
        async Task<long> Count(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        // The demo set's six tickets plus the generated ones.
        Assert.Equal(1506, await Count("SELECT COUNT(*) FROM tickets"));
        Assert.True(await Count("SELECT COUNT(*) FROM tickets WHERE \"State\" = 'Closed'") > 1000);
        Assert.True(await Count("SELECT COUNT(DISTINCT \"State\") FROM tickets") == 5);
        Assert.Equal(0, await Count("SELECT COUNT(*) FROM ticket_events e WHERE NOT EXISTS (SELECT 1 FROM tickets t WHERE t.\"Id\" = e.\"TicketId\")"));
        Assert.Equal(0, await Count("SELECT COUNT(*) FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM ticket_events e WHERE e.\"TicketId\" = t.\"Id\")"));
        Assert.Equal(1506, await Count("SELECT COUNT(DISTINCT \"Code\") FROM tickets"));
        // Codes are consecutive per year: the counter of each year equals its number of tickets.
        Assert.Equal(0, await Count(
            "SELECT COUNT(*) FROM ticket_counters c WHERE c.last_value <> (SELECT COUNT(*) FROM tickets t WHERE t.\"Code\" LIKE 'REQ ' || c.year || '-%')"));
        Assert.True(await Count("SELECT COUNT(*) FROM tickets WHERE \"ResolutionDueAt\" IS NULL AND \"State\" = 'Closed'") < 100);
        // One change for every twenty tickets, each with its history and consecutive codes; old ones closed, some still open.
        Assert.Equal(75, await Count("SELECT COUNT(*) FROM changes"));
        Assert.True(await Count("SELECT COUNT(*) FROM changes WHERE \"State\" = 'Closed'") > 60);
        Assert.Equal(0, await Count("SELECT COUNT(*) FROM changes c WHERE NOT EXISTS (SELECT 1 FROM change_events e WHERE e.\"ChangeId\" = c.\"Id\")"));
        Assert.Equal(0, await Count(
            "SELECT COUNT(*) FROM change_counters c WHERE c.last_value <> (SELECT COUNT(*) FROM changes x WHERE x.\"Code\" LIKE 'RFC ' || c.year || '-%')"));
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
