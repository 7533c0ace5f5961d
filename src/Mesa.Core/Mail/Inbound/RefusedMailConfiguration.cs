using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Mail.Inbound;

internal sealed class RefusedMailConfiguration : IEntityTypeConfiguration<RefusedMail>
{
    public void Configure(EntityTypeBuilder<RefusedMail> m)
    {
        m.ToTable("refused_mails");
        m.HasKey(x => x.Id);
        m.Property(x => x.Mailbox).HasMaxLength(ReceivedMail.AddressMaxLength);
        m.Property(x => x.MessageKey).HasMaxLength(RefusedMail.KeyMaxLength);
        m.Property(x => x.From).HasMaxLength(ReceivedMail.AddressMaxLength);
        m.Property(x => x.Subject).HasMaxLength(ReceivedMail.SubjectMaxLength);
        m.Property(x => x.Detail).HasMaxLength(RefusedMail.DetailMaxLength);
        m.Ignore(x => x.Moved);
        // One record per message and mailbox, found again on each try.
        m.HasIndex(x => new { x.Mailbox, x.MessageKey }).IsUnique();
    }
}
