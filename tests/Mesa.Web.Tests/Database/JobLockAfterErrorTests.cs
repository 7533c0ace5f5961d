using Mesa.Core.Data;
using Mesa.Infrastructure.Jobs;
using Mesa.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mesa.Web.Tests.Database;

/// <summary>
/// A job's lock across instances (a PostgreSQL advisory lock held by the run's connection) never stays held by a
/// pooled connection after an error: whatever state the run left its connection in, another instance can take the
/// job afterwards.
/// </summary>
public sealed class JobLockAfterErrorTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task A_run_that_left_its_connection_in_a_failed_transaction_does_not_keep_the_job_locked()
    {
        var job = "lock-after-error-" + Guid.NewGuid().ToString("N")[..8];
        string connectionString;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
            connectionString = db.Database.GetConnectionString()!;
            Assert.True(await JobLock.TryAcquireAsync(db, job, default));
            // The run stops half-way through a transaction the database refused.
            await ExecuteAsync(db, "BEGIN");
            await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(db, "SELECT 1/0"));

            await JobLock.ReleaseAsync(db, job);
        }

        // Another instance: a session of its own, outside this process's pool.
        await using var other = new NpgsqlConnection(connectionString + ";Application Name=another-instance");
        await other.OpenAsync();
        await using var take = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", other);
        take.Parameters.AddWithValue("key", JobLock.KeyOf(job));
        Assert.True((bool)(await take.ExecuteScalarAsync())!);
    }

    private static async Task ExecuteAsync(MesaDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
