using Mesa.Core.Data;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Mesa.Infrastructure.Database;

/// <summary>
/// <see cref="ITicketBulkInsert"/> on PostgreSQL: the ids are drawn from the tables' own sequences (identity, or the
/// history's hi-lo blocks), so that tickets registered meanwhile never collide with them, and each table's rows go in
/// by binary COPY inside the caller's transaction.
/// </summary>
public sealed class PostgresTicketBulkInsert : ITicketBulkInsert
{
    public async Task InsertAsync(MesaDbContext db, IReadOnlyList<Ticket> tickets, CancellationToken ct)
    {
        if (tickets.Count == 0) return;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction)(db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Tickets are written in bulk inside the caller's transaction.")).GetDbTransaction();

        var ticketIds = await IdentityIdsAsync(connection, transaction, db, typeof(Ticket), tickets.Count, ct);
        var events = tickets.SelectMany(t => t.Events).ToList();
        var actions = tickets.SelectMany(t => t.Actions).ToList();
        var stops = tickets.SelectMany(t => t.ClockStops).ToList();
        var eventIds = await HiLoIdsAsync(connection, transaction, PostgresModel.HiLoSequences["ticket_events"], events.Count, ct);
        var actionIds = await IdentityIdsAsync(connection, transaction, db, typeof(TicketAction), actions.Count, ct);
        var stopIds = await IdentityIdsAsync(connection, transaction, db, typeof(ClockStop), stops.Count, ct);

        int e = 0, a = 0, s = 0;
        for (var i = 0; i < tickets.Count; i++)
        {
            var ticket = tickets[i];
            TableShape.SetId(ticket, ticketIds[i]);
            foreach (var line in ticket.Events) Own(line, eventIds[e++], ticketIds[i]);
            foreach (var action in ticket.Actions) Own(action, actionIds[a++], ticketIds[i]);
            foreach (var stop in ticket.ClockStops) Own(stop, stopIds[s++], ticketIds[i]);
        }

        await CopyAsync(connection, db, tickets, ct);
        await CopyAsync(connection, db, events, ct);
        await CopyAsync(connection, db, actions, ct);
        await CopyAsync(connection, db, stops, ct);
    }

    private static void Own(object row, long id, long ticketId)
    {
        TableShape.SetId(row, id);
        TableShape.Set(row, nameof(TicketEvent.TicketId), ticketId);
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, MesaDbContext db, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0) return;
        var shape = TableShape.Of<T>(db);
        await PostgresCopy.WriteAsync(connection, shape, rows.Select(r => shape.Columns.Select(c => c.ValueOf(r)).ToArray()), ct);
    }

    /// <summary><paramref name="count"/> values of an identity column's sequence, taken in one statement.</summary>
    private static async Task<long[]> IdentityIdsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, MesaDbContext db,
        Type entity, int count, CancellationToken ct)
    {
        if (count == 0) return [];
        var table = db.Model.FindEntityType(entity)!.GetTableName();
        // The table is one of the model's own, never a caller's text.
        return await ListAsync(connection, transaction,
            $"SELECT nextval(pg_get_serial_sequence('\"{table}\"', 'Id')) FROM generate_series(1, @count)", count, ct);
    }

    /// <summary>Ids from a hi-lo sequence: each value it hands out opens a block of <see cref="PostgresModel.IdBlock"/> ids.</summary>
    private static async Task<long[]> HiLoIdsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sequence,
        int count, CancellationToken ct)
    {
        if (count == 0) return [];
        var blocks = (count + PostgresModel.IdBlock - 1) / PostgresModel.IdBlock;
        var starts = await ListAsync(connection, transaction, $"SELECT nextval('{sequence}') FROM generate_series(1, @count)", blocks, ct);
        return starts.SelectMany(start => Enumerable.Range(0, PostgresModel.IdBlock).Select(i => start + i)).Take(count).ToArray();
    }

    private static async Task<long[]> ListAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, int count,
        CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("count", count);
        var ids = new List<long>(count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
        return [.. ids];
    }
}
