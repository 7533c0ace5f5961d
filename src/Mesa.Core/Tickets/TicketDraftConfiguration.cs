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
        d.Property(x => x.Type).HasMaxLength(TicketDraft.ChoiceMaxLength);
        d.Property(x => x.Title).HasMaxLength(Ticket.TitleMaxLength);
        d.Property(x => x.Description).HasMaxLength(Ticket.DescriptionMaxLength);
        d.Property(x => x.Service).HasMaxLength(TicketDraft.ServiceMaxLength);
        d.Property(x => x.Category).HasMaxLength(TicketDraft.CategoryMaxLength);
        d.Property(x => x.Impact).HasMaxLength(TicketDraft.ChoiceMaxLength);
        d.Property(x => x.Urgency).HasMaxLength(TicketDraft.ChoiceMaxLength);
        d.Property(x => x.Origin).HasMaxLength(TicketDraft.ChoiceMaxLength);
        d.Property(x => x.Requester).HasMaxLength(TicketDraft.RequesterMaxLength);
        d.Property(x => x.InformedUsers).HasMaxLength(TicketDraft.InformedUsersMaxLength);
        d.Property(x => x.CustomFields).HasMaxLength(TicketDraft.CustomFieldsMaxLength);
        d.HasOne<User>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        d.HasIndex(x => x.OwnerId);
    }
}
