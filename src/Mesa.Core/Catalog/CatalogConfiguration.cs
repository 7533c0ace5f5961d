using Mesa.Core.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Catalog;

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> s)
    {
        s.ToTable("services");
        s.HasKey(x => x.Id);
        s.Property(x => x.Name).HasMaxLength(Service.NameMaxLength);
        s.HasIndex(x => x.Name).IsUnique();
        s.HasOne<SlaPolicy>().WithMany().HasForeignKey(x => x.SlaPolicyId).OnDelete(DeleteBehavior.Restrict);
        s.HasOne<ServiceType>().WithMany().HasForeignKey(x => x.ServiceTypeId).OnDelete(DeleteBehavior.Restrict);
        s.HasOne<People.User>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> c)
    {
        c.ToTable("categories");
        c.HasKey(x => x.Id);
        c.Property(x => x.Name).HasMaxLength(Service.NameMaxLength);
        c.Property(x => x.Path).HasMaxLength(Category.PathMaxLength);
        c.HasIndex(x => new { x.ServiceId, x.Path }).IsUnique();
        c.HasOne<Service>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);
        c.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        c.HasOne<SlaPolicy>().WithMany().HasForeignKey(x => x.SlaPolicyId).OnDelete(DeleteBehavior.Restrict);
        c.HasOne(x => x.ApprovalFlow).WithMany().HasForeignKey(x => x.ApprovalFlowId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceTypeConfiguration : IEntityTypeConfiguration<ServiceType>
{
    public void Configure(EntityTypeBuilder<ServiceType> t)
    {
        t.ToTable("service_types");
        t.HasKey(x => x.Id);
        t.Property(x => x.Name).HasMaxLength(CatalogNames.MaxLength);
        t.HasIndex(x => x.Name).IsUnique();
    }
}

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> l)
    {
        l.ToTable("locations");
        l.HasKey(x => x.Id);
        l.Property(x => x.Name).HasMaxLength(CatalogNames.MaxLength);
        l.Property(x => x.Path).HasMaxLength(Location.PathMaxLength);
        l.HasIndex(x => x.Path).IsUnique();
        l.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
