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
        f.HasIndex(x => new { x.TicketId, x.Position });
    }
}
