using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Tickets;

internal sealed class TicketActionConfiguration : IEntityTypeConfiguration<TicketAction>
{
    public void Configure(EntityTypeBuilder<TicketAction> a)
    {
        a.ToTable("ticket_actions");
        a.HasKey(x => x.Id);
        a.Property(x => x.Text).HasMaxLength(Ticket.TextMaxLength);
        a.HasOne<User>().WithMany().HasForeignKey(x => x.AuthorId).OnDelete(DeleteBehavior.Restrict);
        a.HasIndex(x => new { x.TicketId, x.Id });
    }
}
