using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.CustomFields;

internal sealed class CustomFieldConfiguration : IEntityTypeConfiguration<CustomField>
{
    public void Configure(EntityTypeBuilder<CustomField> f)
    {
        f.ToTable("custom_fields");
        f.HasKey(x => x.Id);
        f.Property(x => x.Name).HasMaxLength(CustomField.NameMaxLength);
        f.HasIndex(x => x.Name).IsUnique();
        f.Property(x => x.Label).HasMaxLength(CustomField.LabelMaxLength);
        f.Property(x => x.Help).HasMaxLength(CustomField.HelpMaxLength);
        f.Property(x => x.Choices).HasMaxLength(CustomField.ChoicesMaxLength);
        f.Ignore(x => x.Key);
        f.Ignore(x => x.ChoiceList);
        f.HasMany(x => x.Scopes).WithOne().HasForeignKey(s => s.CustomFieldId).OnDelete(DeleteBehavior.Cascade);
        f.Navigation(x => x.Scopes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CustomFieldScopeConfiguration : IEntityTypeConfiguration<CustomFieldScope>
{
    public void Configure(EntityTypeBuilder<CustomFieldScope> s)
    {
        s.ToTable("custom_field_scopes");
        s.HasKey(x => x.Id);
        s.HasIndex(x => x.CustomFieldId);
        s.HasOne(x => x.Service).WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);
        s.HasOne(x => x.Category).WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
