using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Tickets;

internal sealed class InformedUserConfiguration : IEntityTypeConfiguration<InformedUser>
{
    public void Configure(EntityTypeBuilder<InformedUser> i)
    {
        i.ToTable("ticket_informed_users");
        i.HasKey(x => new { x.TicketId, x.UserId });
        i.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        i.HasIndex(x => x.UserId);
    }
}
