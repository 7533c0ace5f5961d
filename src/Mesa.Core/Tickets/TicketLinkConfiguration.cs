using Mesa.Core.Data;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Tickets;

internal sealed class TicketLinkConfiguration : IEntityTypeConfiguration<TicketLink>
{
    public void Configure(EntityTypeBuilder<TicketLink> l)
    {
        l.ToTable("ticket_links");
        l.HasKey(x => x.Id);
        l.HasIndex(x => new { x.TicketId, x.RelatedTicketId }).IsUnique();
        l.Property(x => x.RelatedTicketId).WithoutIndex();
        l.Property(x => x.CreatedById).WithoutIndex();
        l.HasOne<Ticket>().WithMany().HasForeignKey(x => x.RelatedTicketId).OnDelete(DeleteBehavior.Restrict);
        l.HasOne<User>().WithMany().HasForeignKey(x => x.CreatedById).OnDelete(DeleteBehavior.Restrict);
    }
}
