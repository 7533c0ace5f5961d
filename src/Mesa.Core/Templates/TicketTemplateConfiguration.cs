using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Templates;

internal sealed class TicketTemplateConfiguration : IEntityTypeConfiguration<TicketTemplate>
{
    public void Configure(EntityTypeBuilder<TicketTemplate> t)
    {
        t.ToTable("ticket_templates");
        t.HasKey(x => x.Id);
        t.Property(x => x.Name).HasMaxLength(TicketTemplate.NameMaxLength);
        t.HasIndex(x => x.Name).IsUnique();
        t.Property(x => x.Instructions).HasMaxLength(TicketTemplate.InstructionsMaxLength);
        t.Property(x => x.Title).HasMaxLength(Ticket.TitleMaxLength);
        t.Property(x => x.Description).HasMaxLength(Ticket.DescriptionMaxLength);
        t.HasOne(x => x.Service).WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);
        t.HasOne(x => x.Category).WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        t.HasOne(x => x.ApprovalFlow).WithMany().HasForeignKey(x => x.ApprovalFlowId).OnDelete(DeleteBehavior.Restrict);
        t.HasMany(x => x.Fields).WithOne().HasForeignKey(f => f.TemplateId).OnDelete(DeleteBehavior.Cascade);
        t.Navigation(x => x.Fields).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class TemplateFieldConfiguration : IEntityTypeConfiguration<TemplateField>
{
    public void Configure(EntityTypeBuilder<TemplateField> f)
    {
        f.ToTable("ticket_template_fields");
        f.HasKey(x => x.Id);
        f.Property(x => x.Label).HasMaxLength(TemplateField.LabelMaxLength);
        f.Property(x => x.Hint).HasMaxLength(TemplateField.HintMaxLength);
        f.Property(x => x.Options).HasMaxLength(TemplateField.OptionsMaxLength);
        f.Property(x => x.DefaultValue).HasMaxLength(TemplateField.LongTextMaxLength);
        f.HasIndex(x => new { x.TemplateId, x.Position });
    }
}
