using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Tickets;

internal sealed class SavedFilterConfiguration : IEntityTypeConfiguration<SavedFilter>
{
    public void Configure(EntityTypeBuilder<SavedFilter> t)
    {
        t.ToTable("saved_filters");
        t.HasKey(x => x.Id);
        t.Property(x => x.Name).HasMaxLength(SavedFilter.NameMaxLength);
        t.Property(x => x.Query).HasMaxLength(SavedFilter.QueryMaxLength);
        t.HasIndex(x => new { x.UserId, x.List, x.Name }).IsUnique();
        t.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
