using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Following;

internal sealed class TicketFollowConfiguration : IEntityTypeConfiguration<TicketFollow>
{
    public void Configure(EntityTypeBuilder<TicketFollow> f)
    {
        f.ToTable("ticket_follows");
        f.HasKey(x => new { x.TicketId, x.UserId });
        f.HasOne<Tickets.Ticket>().WithMany().HasForeignKey(x => x.TicketId).OnDelete(DeleteBehavior.Cascade);
        f.HasOne<People.User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BellNotificationConfiguration : IEntityTypeConfiguration<BellNotification>
{
    public void Configure(EntityTypeBuilder<BellNotification> b)
    {
        b.ToTable("bell_notifications");
        b.HasKey(x => x.Id);
        // The bell reads a person's newest lines (and counts the unread ones) through this index.
        b.HasIndex(x => new { x.UserId, x.Id });
        b.Property(x => x.UserId).WithoutIndex();
        b.Property(x => x.TicketId).WithoutIndex();
        b.Property(x => x.ActorId).WithoutIndex();
        b.HasOne<People.User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Ticket).WithMany().HasForeignKey(x => x.TicketId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<People.User>().WithMany().HasForeignKey(x => x.ActorId).OnDelete(DeleteBehavior.Restrict);
    }
}
