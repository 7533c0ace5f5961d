using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mesa.Web.Tests.Fuzz;

/// <summary>
/// Records the writes each fuzzed request made, by the request's <see cref="Header"/>, so that the fuzzer can tell a
/// refused form that still saved something. It watches the commands themselves, so a write made outside SaveChanges
/// is seen too; a write inside a transaction counts once the transaction commits, and not at all when it is rolled
/// back (a preview that makes its changes and undoes them saved nothing).
/// </summary>
public sealed partial class WriteRecorder(IHttpContextAccessor http) : DbCommandInterceptor, IDbTransactionInterceptor
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbTransaction, ConcurrentQueue<(string Request, string Write)>> _pending = new();

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Settle(transaction, keep: true);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Settle(transaction, keep: true);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Settle(transaction, keep: false);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Settle(transaction, keep: false);
        return Task.CompletedTask;
    }

    private void Settle(DbTransaction transaction, bool keep)
    {
        if (!_pending.TryGetValue(transaction, out var writes)) return;
        _pending.Remove(transaction);
        if (!keep) return;
        foreach (var (request, write) in writes) _writes.GetOrAdd(request, _ => new ConcurrentQueue<string>()).Enqueue(write);
    }

    public const string Header = "X-Fuzz-Request";

    /// <summary>
    /// What any request may write whatever it answers: the sign-in log's line for the credentials it checked, and its
    /// session's "last seen". Neither changes the record the request was about.
    /// </summary>
    private static readonly string[] Bookkeeping = ["sign_in_events", "user_sessions"];

    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _writes = new();

    public IReadOnlyList<string> Take(string request) =>
        _writes.TryRemove(request, out var writes) ? [.. writes] : [];

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
        DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        // A statement that touched no row (a removal of what is not there) changed nothing.
        if (result != 0) Record(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (result != 0) Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        var request = http.HttpContext?.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(request)) return;
        foreach (Match write in Write().Matches(command.CommandText))
        {
            if (Bookkeeping.Any(table => write.Value.Contains(table, StringComparison.OrdinalIgnoreCase))) continue;
            if (command.Transaction is { } transaction)
                _pending.GetValue(transaction, _ => new ConcurrentQueue<(string, string)>()).Enqueue((request, write.Value.Trim()));
            else _writes.GetOrAdd(request, _ => new ConcurrentQueue<string>()).Enqueue(write.Value.Trim());
        }
    }

    /// <summary>The statement and its table: "INSERT INTO tickets", "UPDATE \"AspNetUsers\"", "DELETE FROM drafts".</summary>
    [GeneratedRegex(@"(?:^|;)\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+[""`]?\w+", RegexOptions.IgnoreCase)]
    private static partial Regex Write();
}
