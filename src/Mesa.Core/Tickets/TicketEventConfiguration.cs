using Mesa.Core.Data;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Tickets;

internal sealed class TicketEventConfiguration : IEntityTypeConfiguration<TicketEvent>
{
    public void Configure(EntityTypeBuilder<TicketEvent> e)
    {
        e.ToTable("ticket_events");
        e.HasKey(x => x.Id);
        e.Property(x => x.FromSubstate).HasMaxLength(60);
        e.Property(x => x.ToSubstate).HasMaxLength(60);
        e.Property(x => x.Field).HasMaxLength(60);
        e.Property(x => x.OldValue).HasMaxLength(Ticket.DescriptionMaxLength);
        e.Property(x => x.NewValue).HasMaxLength(Ticket.DescriptionMaxLength);
        e.Property(x => x.Note).HasMaxLength(Ticket.TextMaxLength);
        e.Property(x => x.ActorId).WithoutIndex();
        e.HasOne<User>().WithMany().HasForeignKey(x => x.ActorId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.TicketId, x.Id });
    }
}
