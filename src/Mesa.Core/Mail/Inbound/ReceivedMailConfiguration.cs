using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Mail.Inbound;

internal sealed class ReceivedMailConfiguration : IEntityTypeConfiguration<ReceivedMail>
{
    public void Configure(EntityTypeBuilder<ReceivedMail> m)
    {
        m.ToTable("received_mails");
        m.HasKey(x => x.Id);
        m.Property(x => x.MessageId).HasMaxLength(InboundMail.MessageIdMaxLength);
        m.Property(x => x.Mailbox).HasMaxLength(ReceivedMail.AddressMaxLength);
        m.Property(x => x.From).HasMaxLength(ReceivedMail.AddressMaxLength);
        m.Property(x => x.Subject).HasMaxLength(ReceivedMail.SubjectMaxLength);
        m.HasOne<Tickets.Ticket>().WithMany().HasForeignKey(x => x.TicketId).OnDelete(DeleteBehavior.Restrict);
        // One row per message whatever mailbox it reached; threading looks replies up here.
        m.HasIndex(x => x.MessageId).IsUnique();
        // The auto-reply limit counts what one address sent lately.
        m.HasIndex(x => new { x.From, x.ReceivedAt });
    }
}
