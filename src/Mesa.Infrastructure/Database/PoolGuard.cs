using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Mesa.Infrastructure.Database;

/// <summary>
/// After a command PostgreSQL refused for any reason but a clean one (a unique or foreign key refused, a
/// serialization conflict: the connection is sound and the caller expects them), the pool is cleared, so that the
/// connection that failed is closed when it goes back instead of serving the next request. Npgsql with prepared
/// statements can otherwise keep a connection whose protocol state no longer matches the server's (seen: a NUL byte
/// refused with 22021, then "unexpected backend message DataRow" for the next person's ordinary search). Idle
/// connections are closed too and reopened on demand: a cost paid only after an error nobody expected.
/// </summary>
public sealed class PoolGuard : DbCommandInterceptor
{
    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Guard(command, eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Guard(command, eventData.Exception);
        return Task.CompletedTask;
    }

    private static void Guard(DbCommand command, Exception error)
    {
        if (command.Connection is not NpgsqlConnection connection || IsClean(error)) return;
        NpgsqlConnection.ClearPool(connection);
    }

    /// <summary>Integrity (23…) and transaction-rollback (40…) errors leave the connection in a known state.</summary>
    private static bool IsClean(Exception error) =>
        error is PostgresException { SqlState: var state } && (state.StartsWith("23", StringComparison.Ordinal)
                                                               || state.StartsWith("40", StringComparison.Ordinal));
}
