using Mesa.Core.Data;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Tickets;

internal sealed class TicketReferenceConfiguration : IEntityTypeConfiguration<TicketReference>
{
    public void Configure(EntityTypeBuilder<TicketReference> r)
    {
        r.ToTable("ticket_references");
        r.HasKey(x => x.Id);
        r.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        r.HasIndex(x => new { x.TicketId, x.Kind, x.TargetId }).IsUnique();
        // A problem lists its incidents, an article the tickets that cite it.
        r.HasIndex(x => new { x.Kind, x.TargetId });
        r.Property(x => x.CreatedById).WithoutIndex();
        r.HasOne<User>().WithMany().HasForeignKey(x => x.CreatedById).OnDelete(DeleteBehavior.Restrict);
    }
}
