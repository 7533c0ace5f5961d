using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.People;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> t)
    {
        t.ToTable("api_tokens");
        t.HasKey(x => x.Id);
        t.Property(x => x.Name).HasMaxLength(ApiToken.NameMaxLength);
        t.Property(x => x.Hash).HasMaxLength(64);
        t.HasIndex(x => x.Hash).IsUnique();
        t.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
