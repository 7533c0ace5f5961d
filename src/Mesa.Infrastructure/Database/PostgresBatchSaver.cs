using System.Text;
using Mesa.Core.Data;
using Mesa.Core.Mail;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Mesa.Infrastructure.Database;

/// <summary>
/// <see cref="IBatchSaver"/> on PostgreSQL: the changed tickets in one <c>UPDATE … FROM unnest(…)</c> of every column,
/// guarded by each ticket's version; the new history lines and e-mails by binary COPY (their ids come from hi-lo
/// sequences, see PostgresModel); anything else through SaveChanges; all in one transaction.
/// </summary>
public sealed class PostgresBatchSaver : IBatchSaver
{
    public async Task SaveAsync(MesaDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        // What SaveChanges would do before writing, since the fast path below does not go through it.
        if (SlaOnSave.Of(db) is { } sla) await sla.RecomputeAsync(db, ct);
        foreach (var saver in AddingOnSave.Of(db)) await saver.AddAsync(db, ct);
        var entries = db.ChangeTracker.Entries().ToList();
        // The fast path knows the rows the sweep adds. Other new rows (an action, whose id an e-mail may refer to
        // before the database has given it one) go the ordinary way, all of the batch with them.
        if (entries.Any(e => e.State == EntityState.Added && !Copied(e.Entity)))
        {
            await db.SaveChangesAsync(ct);
            return;
        }

        var tickets = entries.Where(e => e.State == EntityState.Modified && e.Entity is Ticket).ToList();
        var inserts = entries.Where(e => e.State == EntityState.Added && Copied(e.Entity))
            .GroupBy(e => e.Metadata).ToList();

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await using (own)
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var transaction = (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
            if (tickets.Count > 0) await UpdateAsync(connection, transaction, tickets, ct);
            foreach (var rows in inserts)
            {
                var shape = TableShape.Of(rows.Key);
                await PostgresCopy.WriteAsync(connection, shape, rows.Select(e => shape.Columns.Select(c => c.ValueOf(e)).ToArray()), ct);
            }

            // What was written is what the database now holds; SaveChanges writes the rest (a group's round-robin turn)
            // without looking for changes again: nothing changed since the detection above.
            foreach (var entry in tickets.Concat(inserts.SelectMany(i => i))) entry.State = EntityState.Unchanged;
            var detect = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = detect;
            }

            if (own is not null) await own.CommitAsync(ct);
        }
    }

    /// <summary>
    /// The tickets in one statement, every column as the domain left it (the unchanged ones rewrite the value they
    /// have, which costs nothing more on a row whose indexed state changes anyway): each row is written only where the
    /// ticket still has the version it was read with, and a row short means someone else changed a ticket meanwhile.
    /// </summary>
    private static async Task UpdateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        List<EntityEntry> tickets, CancellationToken ct)
    {
        var shape = TableShape.Of(tickets[0].Metadata);
        var key = shape.Columns.Single(c => c.Property.IsPrimaryKey());
        var version = shape.Columns.Single(c => c.Property.IsConcurrencyToken);
        var changed = shape.Columns.Where(c => c != key).ToList();

        await using var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
        var sql = new StringBuilder($"UPDATE \"{shape.Table}\" AS t SET ");
        sql.Append(string.Join(", ", changed.Select((c, i) => $"\"{c.Name}\" = u.c{i}")));
        sql.Append(" FROM unnest(@key, @version");
        for (var i = 0; i < changed.Count; i++) sql.Append($", @c{i}");
        sql.Append(") AS u(key, version");
        for (var i = 0; i < changed.Count; i++) sql.Append($", c{i}");
        sql.Append($") WHERE t.\"{key.Name}\" = u.key AND t.\"{version.Name}\" = u.version");
        command.CommandText = sql.ToString();
        command.Parameters.Add(ArrayOf("key", key, tickets.Select(e => key.ValueOf(e))));
        command.Parameters.Add(ArrayOf("version", version, tickets.Select(e => version.OriginalValueOf(e))));
        for (var i = 0; i < changed.Count; i++) command.Parameters.Add(ArrayOf($"c{i}", changed[i], tickets.Select(e => changed[i].ValueOf(e))));

        var written = await command.ExecuteNonQueryAsync(ct);
        if (written != tickets.Count)
            throw new DbUpdateConcurrencyException($"{tickets.Count - written} of {tickets.Count} tickets changed meanwhile.");
    }

    /// <summary>A column's values as a typed PostgreSQL array (nulls kept).</summary>
    private static NpgsqlParameter ArrayOf(string name, TableShape.Column column, IEnumerable<object?> values)
    {
        var items = values.ToList();
        var mapping = column.Property.GetTypeMapping();
        var type = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        if (type.IsValueType && Nullable.GetUnderlyingType(type) is null) type = typeof(Nullable<>).MakeGenericType(type);
        var array = Array.CreateInstance(type, items.Count);
        for (var i = 0; i < items.Count; i++) array.SetValue(items[i], i);
        var parameter = new NpgsqlParameter(name, array);
        if (PostgresCopy.TypeOf(column) is { } element) parameter.NpgsqlDbType = NpgsqlDbType.Array | element;
        return parameter;
    }

    /// <summary>The new rows the fast path writes by COPY: their ids are known before the insert (hi-lo, or a Guid).</summary>
    private static bool Copied(object entity) =>
        entity is TicketEvent or Notification or Mesa.Core.Following.BellNotification or Mesa.Core.Integrations.WebhookDelivery;
}
