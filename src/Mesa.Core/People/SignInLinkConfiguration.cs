using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.People;

internal sealed class SignInLinkConfiguration : IEntityTypeConfiguration<SignInLink>
{
    public void Configure(EntityTypeBuilder<SignInLink> l)
    {
        l.ToTable("sign_in_links");
        l.HasKey(x => x.Id);
        l.Property(x => x.TokenHash).HasMaxLength(64);
        l.HasIndex(x => x.TokenHash).IsUnique();
        l.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        // The limit of links an hour counts a person's recent ones.
        l.HasIndex(x => new { x.UserId, x.CreatedAt });
    }
}
