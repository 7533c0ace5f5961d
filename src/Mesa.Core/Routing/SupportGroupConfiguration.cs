using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Routing;

internal sealed class SupportGroupConfiguration : IEntityTypeConfiguration<SupportGroup>
{
    public void Configure(EntityTypeBuilder<SupportGroup> g)
    {
        g.ToTable("support_groups");
        g.HasKey(x => x.Id);
        g.Property(x => x.Name).HasMaxLength(SupportGroup.NameMaxLength);
        g.HasIndex(x => x.Name).IsUnique();
        g.HasMany(x => x.Memberships).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        g.Navigation(x => x.Memberships).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AssignmentRuleConfiguration : IEntityTypeConfiguration<AssignmentRule>
{
    public void Configure(EntityTypeBuilder<AssignmentRule> r)
    {
        r.ToTable("assignment_rules");
        r.HasKey(x => x.Id);
        r.Property(x => x.Name).HasMaxLength(AssignmentRule.NameMaxLength);
        r.HasOne<SupportGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        r.HasOne<Catalog.Service>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);
        r.HasOne<Catalog.Category>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        r.HasOne<Catalog.ServiceType>().WithMany().HasForeignKey(x => x.ServiceTypeId).OnDelete(DeleteBehavior.Restrict);
        r.HasOne<Catalog.Location>().WithMany().HasForeignKey(x => x.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GroupMembershipConfiguration : IEntityTypeConfiguration<GroupMembership>
{
    public void Configure(EntityTypeBuilder<GroupMembership> m)
    {
        m.ToTable("group_memberships");
        m.HasKey(x => new { x.GroupId, x.UserId, x.Role });
        m.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        m.HasIndex(x => x.UserId);
    }
}
