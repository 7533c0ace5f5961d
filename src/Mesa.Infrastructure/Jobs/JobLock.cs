using System.Security.Cryptography;
using System.Text;
using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Infrastructure.Jobs;

/// <summary>
/// Makes a scheduled job run once at a time across every Mesa instance. On PostgreSQL it takes a session-level
/// advisory lock on the job's context connection (held for the run, released after); SQLite is a single-process
/// database, so the in-process lock of the scheduler is all it needs.
/// </summary>
public static class JobLock
{
    public static async Task<bool> TryAcquireAsync(MesaDbContext db, string job, CancellationToken ct)
    {
        if (db.IsSqlite) return true;
        await db.Database.OpenConnectionAsync(ct);
        return await Scalar(db, "SELECT pg_try_advisory_lock(@key)", job, ct);
    }

    /// <summary>
    /// Releases the lock, whatever state the run left the connection in. Pooled connections are not reset when they go
    /// back (Mesa keeps no session state on them), so a lock that could not be released (the run left a failed
    /// transaction, the connection broke) must never ride back into the pool: that connection is discarded instead,
    /// and closing its session is what releases the lock.
    /// </summary>
    public static async Task ReleaseAsync(MesaDbContext db, string job)
    {
        if (db.IsSqlite) return;
        var released = false;
        try
        {
            if (db.Database.CurrentTransaction is { } open) await open.RollbackAsync(CancellationToken.None);
            released = await Scalar(db, "SELECT pg_advisory_unlock(@key)", job, CancellationToken.None);
        }
        catch (Exception error) when (error is Npgsql.NpgsqlException or InvalidOperationException)
        {
            // Not released: the connection is discarded below.
        }
        finally
        {
            if (!released && db.Database.GetDbConnection() is Npgsql.NpgsqlConnection connection)
                Npgsql.NpgsqlConnection.ClearPool(connection);
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<bool> Scalar(MesaDbContext db, string sql, string job, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        var key = command.CreateParameter();
        key.ParameterName = "@key";
        key.Value = KeyOf(job);
        command.Parameters.Add(key);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>A stable 64-bit key per job name ("mesa:sla-check").</summary>
    public static long KeyOf(string job) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("mesa:" + job)), 0);
}
