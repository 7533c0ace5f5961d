using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Tickets;

internal sealed class TicketFieldConfiguration : IEntityTypeConfiguration<TicketField>
{
    public void Configure(EntityTypeBuilder<TicketField> f)
    {
        f.ToTable("ticket_fields");
        f.HasKey(x => x.Id);
        f.Property(x => x.Label).HasMaxLength(TicketField.LabelMaxLength);
        f.Property(x => x.Value).HasMaxLength(TicketField.ValueMaxLength);
        f.Property(x => x.Name).HasMaxLength(CustomFields.CustomField.NameMaxLength);
        f.HasIndex(x => new { x.TicketId, x.Position });
        // The list's filter on a custom field starts from the field; its values are too long for a b-tree.
        f.HasIndex(x => x.CustomFieldId);
        f.HasOne(x => x.CustomField).WithMany().HasForeignKey(x => x.CustomFieldId).OnDelete(DeleteBehavior.Restrict);
    }
}
