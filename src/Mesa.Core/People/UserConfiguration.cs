using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.People;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> u)
    {
        u.Property(x => x.DisplayName).HasMaxLength(User.DisplayNameMaxLength);
        u.Property(x => x.Language).HasMaxLength(User.LanguageMaxLength);
        u.Property(x => x.DirectoryKey).HasMaxLength(User.DirectoryKeyMaxLength);
        u.HasOne<Catalog.Location>().WithMany().HasForeignKey(x => x.LocationId).OnDelete(DeleteBehavior.Restrict);
        u.HasOne<User>().WithMany().HasForeignKey(x => x.ManagerId).OnDelete(DeleteBehavior.Restrict);
        u.HasIndex(x => x.DirectoryKey).IsUnique().HasFilter("\"DirectoryKey\" IS NOT NULL");
        u.Ignore(x => x.IsActive);
    }
}
