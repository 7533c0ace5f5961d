using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Tickets;

internal sealed class TicketCounterConfiguration : IEntityTypeConfiguration<TicketCounter>
{
    public void Configure(EntityTypeBuilder<TicketCounter> c)
    {
        c.ToTable("ticket_counters");
        c.HasKey(x => x.Year);
        c.Property(x => x.Year).HasColumnName("year").ValueGeneratedNever();
        c.Property(x => x.LastValue).HasColumnName("last_value");
    }
}
