using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Integrations;

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> w)
    {
        w.ToTable("webhooks");
        w.HasKey(x => x.Id);
        w.Property(x => x.Url).HasMaxLength(Webhook.UrlMaxLength);
        w.Property(x => x.Events).HasMaxLength(500);
        w.Property(x => x.Secret).HasMaxLength(2_000);
        w.Ignore(x => x.EventNames);
        w.Property(x => x.CreatedById).WithoutIndex();
        w.HasOne<People.User>().WithMany().HasForeignKey(x => x.CreatedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> d)
    {
        d.ToTable("webhook_deliveries");
        d.HasKey(x => x.Id);
        d.Property(x => x.Id).ValueGeneratedNever();
        d.Property(x => x.Event).HasMaxLength(50);
        d.Property(x => x.LastError).HasMaxLength(WebhookDelivery.ErrorMaxLength);
        // The log reads by the webhook through the index below; no query looks deliveries up by their ticket or change.
        d.Property(x => x.WebhookId).WithoutIndex();
        d.Property(x => x.TicketId).WithoutIndex();
        d.Property(x => x.ChangeId).WithoutIndex();
        d.HasOne<Webhook>().WithMany().HasForeignKey(x => x.WebhookId).OnDelete(DeleteBehavior.Restrict);
        d.HasOne(x => x.Ticket).WithMany().HasForeignKey(x => x.TicketId).OnDelete(DeleteBehavior.Restrict);
        d.HasOne(x => x.Change).WithMany().HasForeignKey(x => x.ChangeId).OnDelete(DeleteBehavior.Restrict);
        // The job reads the pending ones in order of their next attempt; the log lists a webhook's newest first.
        d.HasIndex(x => new { x.State, x.NextAttemptAt });
        d.HasIndex(x => new { x.WebhookId, x.OccurredAt });
    }
}
