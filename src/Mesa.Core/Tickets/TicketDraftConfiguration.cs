using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Tickets;

internal sealed class TicketDraftConfiguration : IEntityTypeConfiguration<TicketDraft>
{
    public void Configure(EntityTypeBuilder<TicketDraft> d)
    {
        d.ToTable("ticket_drafts");
        d.HasKey(x => x.Id);
        d.Property(x => x.Type).HasMaxLength(40);
        d.Property(x => x.Title).HasMaxLength(Ticket.TitleMaxLength);
        d.Property(x => x.Description).HasMaxLength(Ticket.DescriptionMaxLength);
        d.Property(x => x.Service).HasMaxLength(200);
        d.Property(x => x.Category).HasMaxLength(400);
        d.Property(x => x.Impact).HasMaxLength(40);
        d.Property(x => x.Urgency).HasMaxLength(40);
        d.Property(x => x.Origin).HasMaxLength(40);
        d.Property(x => x.Requester).HasMaxLength(200);
        d.Property(x => x.InformedUsers).HasMaxLength(20_000);
        d.HasOne<User>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        d.HasIndex(x => x.OwnerId);
    }
}
