using Mesa.Core.Data;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Tickets;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    /// <summary>What the reports read of a ticket besides its registration (<see cref="Reports.TicketMeasures"/>).</summary>
    private static readonly string[] ReportColumns =
    [
        nameof(Ticket.GroupId), nameof(Ticket.AgentId), nameof(Ticket.ServiceId), nameof(Ticket.CategoryId), nameof(Ticket.LocationId),
        nameof(Ticket.SubstateId), nameof(Ticket.Priority), nameof(Ticket.Origin), nameof(Ticket.Type), nameof(Ticket.State),
        nameof(Ticket.RespondedAt), nameof(Ticket.ResponseDueAt), nameof(Ticket.ResponseBreached), nameof(Ticket.ResolvedAt),
        nameof(Ticket.ResolutionDueAt), nameof(Ticket.ResolutionBreached), nameof(Ticket.ResolutionWarnAt), nameof(Ticket.ClosureResult),
        nameof(Ticket.Rating), nameof(Ticket.IncorrectAnswers), nameof(Ticket.Revocations), nameof(Ticket.EscalatedAt),
        nameof(Ticket.ResponseWorkingMinutes), nameof(Ticket.ResolutionWorkingMinutes), nameof(Ticket.UnplacedReason), nameof(Ticket.MinutesSpent),
    ];

    public void Configure(EntityTypeBuilder<Ticket> t)
    {
        t.ToTable("tickets");
        t.HasKey(x => x.Id);
        t.Property(x => x.Code).HasMaxLength(Ticket.CodeMaxLength);
        t.HasIndex(x => x.Code).IsUnique();
        t.Property(x => x.Title).HasMaxLength(Ticket.TitleMaxLength);
        t.Property(x => x.Description).HasMaxLength(Ticket.DescriptionMaxLength);
        t.Property(x => x.FirstLineService).HasMaxLength(Ticket.TextMaxLength);
        t.Property(x => x.SearchText).HasMaxLength(Ticket.DescriptionMaxLength + Ticket.TitleMaxLength + 50);
        t.Property(x => x.ClosureComment).HasMaxLength(Ticket.CommentMaxLength);
        t.Property(x => x.Version).IsConcurrencyToken();

        // References no query of the ticket table filters on (see ForeignKeyIndexes): constraint, no index.
        t.Property(x => x.SubstateId).WithoutIndex();
        t.Property(x => x.RegisteredById).WithoutIndex();
        t.Property(x => x.UpdatedById).WithoutIndex();
        t.Property(x => x.SolutionSignedById).WithoutIndex();
        t.Property(x => x.LocationId).WithoutIndex();
        t.Property(x => x.SlaPolicyId).WithoutIndex();
        t.Property(x => x.CalendarId).WithoutIndex();
        t.Property(x => x.MergedIntoId).WithoutIndex();
        t.Property(x => x.SplitFromId).WithoutIndex();

        t.HasOne(x => x.Substate).WithMany().HasForeignKey(x => x.SubstateId).OnDelete(DeleteBehavior.Restrict);
        t.HasOne(x => x.Requester).WithMany().HasForeignKey(x => x.RequesterId).OnDelete(DeleteBehavior.Restrict);
        t.HasOne(x => x.RegisteredBy).WithMany().HasForeignKey(x => x.RegisteredById).OnDelete(DeleteBehavior.Restrict);
        t.HasOne(x => x.UpdatedBy).WithMany().HasForeignKey(x => x.UpdatedById).OnDelete(DeleteBehavior.Restrict);
        t.HasOne<User>().WithMany().HasForeignKey(x => x.SolutionSignedById).OnDelete(DeleteBehavior.Restrict);
        t.HasOne(x => x.Agent).WithMany().HasForeignKey(x => x.AgentId).OnDelete(DeleteBehavior.Restrict);
        t.HasOne(x => x.Group).WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        t.HasOne(x => x.Location).WithMany().HasForeignKey(x => x.LocationId).OnDelete(DeleteBehavior.Restrict);
        t.HasOne(x => x.Service).WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);
        t.HasOne(x => x.Category).WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        t.HasOne(x => x.MergedInto).WithMany().HasForeignKey(x => x.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        t.HasOne(x => x.SplitFrom).WithMany().HasForeignKey(x => x.SplitFromId).OnDelete(DeleteBehavior.Restrict);

        t.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.Restrict);
        t.HasMany(x => x.Actions).WithOne().HasForeignKey(a => a.TicketId).OnDelete(DeleteBehavior.Restrict);
        t.HasMany(x => x.Notifications).WithOne().HasForeignKey(n => n.TicketId).OnDelete(DeleteBehavior.Restrict);
        t.HasMany(x => x.Attachments).WithOne().HasForeignKey(a => a.TicketId).OnDelete(DeleteBehavior.Restrict);
        t.Navigation(x => x.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
        // Removing a relation deletes its row (tickets themselves are never deleted).
        t.HasMany(x => x.Links).WithOne().HasForeignKey(l => l.TicketId).OnDelete(DeleteBehavior.Cascade);
        t.Navigation(x => x.Links).UsePropertyAccessMode(PropertyAccessMode.Field);
        t.HasMany(x => x.References).WithOne().HasForeignKey(r => r.TicketId).OnDelete(DeleteBehavior.Cascade);
        t.Navigation(x => x.References).UsePropertyAccessMode(PropertyAccessMode.Field);
        t.HasMany(x => x.Fields).WithOne().HasForeignKey(f => f.TicketId).OnDelete(DeleteBehavior.Cascade);
        t.Navigation(x => x.Fields).UsePropertyAccessMode(PropertyAccessMode.Field);
        t.Property(x => x.TemplateId).WithoutIndex();
        t.HasOne<Templates.TicketTemplate>().WithMany().HasForeignKey(x => x.TemplateId).OnDelete(DeleteBehavior.Restrict);
        t.HasOne(x => x.SlaPolicy).WithMany().HasForeignKey(x => x.SlaPolicyId).OnDelete(DeleteBehavior.Restrict);
        t.HasOne(x => x.Calendar).WithMany().HasForeignKey(x => x.CalendarId).OnDelete(DeleteBehavior.Restrict);
        t.Property(x => x.SlaBasis).HasMaxLength(100);
        t.HasMany(x => x.ClockStops).WithOne().HasForeignKey(c => c.TicketId).OnDelete(DeleteBehavior.Restrict);
        t.Navigation(x => x.ClockStops).UsePropertyAccessMode(PropertyAccessMode.Field);
        t.HasMany(x => x.Approvals).WithOne().HasForeignKey(a => a.TicketId).OnDelete(DeleteBehavior.Restrict);
        t.Navigation(x => x.Approvals).UsePropertyAccessMode(PropertyAccessMode.Field);
        t.Property(x => x.ApprovalFlowName).HasMaxLength(Approvals.ApprovalFlow.NameMaxLength);
        t.HasMany(x => x.InformedUsers).WithOne().HasForeignKey(i => i.TicketId).OnDelete(DeleteBehavior.Cascade);
        t.Navigation(x => x.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        t.Navigation(x => x.Actions).UsePropertyAccessMode(PropertyAccessMode.Field);
        t.Navigation(x => x.Notifications).UsePropertyAccessMode(PropertyAccessMode.Field);
        t.Navigation(x => x.InformedUsers).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The lists of the console filter open tickets by state and by group, agent or requester.
        t.HasIndex(x => new { x.State, x.GroupId });
        t.HasIndex(x => new { x.AgentId, x.State });
        t.HasIndex(x => new { x.RequesterId, x.CreatedAt });
        // The reports (Guía §4) read every ticket of a period, up to ten years of them: on PostgreSQL this index carries
        // every column a report counts or groups on, so that they are read from it alone (an index-only scan of about
        // 190 MB at a million tickets) instead of from the whole table with its descriptions (1.8 GB). SQLite ignores
        // the included columns; a small entity's table is read whole in time.
        t.HasIndex(x => x.CreatedAt).HasAnnotation("Npgsql:IndexInclude", ReportColumns);
        // The satisfaction report's latest survey comments, without reading every closed ticket.
        t.HasIndex(x => x.ClosedAt).HasDatabaseName("IX_tickets_commented").HasFilter("\"ClosureComment\" IS NOT NULL");
        // The open tickets are a small share of the table (about 1% of ten years): the panel's counters and the
        // "En curso" lists read them through this partial index. The filter is the same SQL on both engines. The id
        // ends the key so that a list's first step (the page's ids in due-date order) never reads the table.
        t.HasIndex(x => new { x.GroupId, x.AgentId, x.State, x.ResolutionBreached, x.ResponseBreached, x.ResolutionDueAt, x.Id })
            .HasDatabaseName("IX_tickets_open")
            .HasFilter("\"State\" IN ('New', 'Assigned', 'Resolved')");
        // The jobs page through the open tickets by id (the sla-check job 500 at a time): in id order through this
        // small index, instead of walking the whole table's primary key and dropping the 99% that are closed
        // (measured at a million tickets: 1.25 s → 1.5 ms a page).
        t.HasIndex(x => x.Id)
            .HasDatabaseName("IX_tickets_open_Id")
            .HasFilter("\"State\" IN ('New', 'Assigned', 'Resolved')");
        // The sla-check sweep looks for open tickets whose resolution due date has passed.
        t.HasIndex(x => new { x.ResolutionBreached, x.ResolutionDueAt });
    }
}
