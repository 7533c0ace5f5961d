using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Mail;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> n)
    {
        n.ToTable("notifications");
        n.HasKey(x => x.Id);
        n.Property(x => x.MessageId).HasMaxLength(200);
        n.HasIndex(x => x.MessageId).IsUnique();
        n.Property(x => x.LastError).HasMaxLength(2000);
        n.Property(x => x.Subject).HasMaxLength(Notification.SubjectMaxLength);
        n.Property(x => x.Body).HasMaxLength(Notification.BodyMaxLength);
        // The outbox is read by status; who a message is for is never searched (see ForeignKeyIndexes).
        n.Property(x => x.ActionId).WithoutIndex();
        n.Property(x => x.RecipientUserId).WithoutIndex();
        n.Property(x => x.RecipientGroupId).WithoutIndex();
        n.HasOne(x => x.Action).WithMany().HasForeignKey(x => x.ActionId).OnDelete(DeleteBehavior.Restrict);
        n.Property(x => x.RecipientAddress).HasMaxLength(Notification.AddressMaxLength);
        n.Property(x => x.ReportDeliveryId).WithoutIndex();
        n.HasOne(x => x.Delivery).WithMany().HasForeignKey(x => x.ReportDeliveryId).OnDelete(DeleteBehavior.Cascade);
        n.HasOne<User>().WithMany().HasForeignKey(x => x.RecipientUserId).OnDelete(DeleteBehavior.Restrict);
        n.HasOne<SupportGroup>().WithMany().HasForeignKey(x => x.RecipientGroupId).OnDelete(DeleteBehavior.Restrict);
        // The mail-send job reads the pending ones whose next attempt is due.
        n.HasIndex(x => new { x.Status, x.NextAttemptAt });
    }
}
