using Mesa.Core.Data;
using Mesa.Core.Mail;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Mesa.Infrastructure.Database;

/// <summary>
/// What the model does differently on PostgreSQL. The history, the outbox and the bell take their ids from sequences in blocks
/// of a thousand (hi-lo) instead of one identity value per row: without a value to read back, EF Core writes the
/// history lines and e-mails of a whole page of the assignment sweep as one multi-row INSERT each, instead of a
/// statement per row (10,000 assignments in under 5 s, docs/performance.md). SQLite keeps its row ids.
/// </summary>
public sealed class PostgresModel(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public const int IdBlock = 1000;

    /// <summary>The sequences hi-lo draws from, by table: the data generator moves them past the ids it writes.</summary>
    public static readonly IReadOnlyDictionary<string, string> HiLoSequences = new Dictionary<string, string>
    {
        ["ticket_events"] = "ticket_events_hilo",
        ["notifications"] = "notifications_hilo",
        ["bell_notifications"] = "bell_notifications_hilo",
    };

    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options) =>
        options.ReplaceService<IModelCustomizer, PostgresModel>();

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        foreach (var sequence in HiLoSequences.Values) modelBuilder.HasSequence<long>(sequence).IncrementsBy(IdBlock);
        modelBuilder.Entity<TicketEvent>().Property(e => e.Id).UseHiLo(HiLoSequences["ticket_events"]);
        modelBuilder.Entity<Notification>().Property(n => n.Id).UseHiLo(HiLoSequences["notifications"]);
        modelBuilder.Entity<Mesa.Core.Following.BellNotification>().Property(n => n.Id).UseHiLo(HiLoSequences["bell_notifications"]);
    }
}
