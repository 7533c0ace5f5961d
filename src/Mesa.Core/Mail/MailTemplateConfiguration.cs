using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Mail;

internal sealed class MailTemplateConfiguration : IEntityTypeConfiguration<MailTemplate>
{
    public void Configure(EntityTypeBuilder<MailTemplate> t)
    {
        t.ToTable("mail_templates");
        t.HasKey(x => x.Id);
        t.Property(x => x.Name).HasMaxLength(MailTemplate.NameMaxLength);
        t.HasIndex(x => x.Name).IsUnique();
        t.Property(x => x.Subject).HasMaxLength(MailTemplate.SubjectMaxLength);
        t.Property(x => x.Body).HasMaxLength(MailTemplate.BodyMaxLength);
    }
}
