using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Responses;

internal sealed class PreparedAnswerConfiguration : IEntityTypeConfiguration<PreparedAnswer>
{
    public void Configure(EntityTypeBuilder<PreparedAnswer> a)
    {
        a.ToTable("prepared_answers");
        a.HasKey(x => x.Id);
        a.Property(x => x.Name).HasMaxLength(PreparedAnswer.NameMaxLength);
        a.Property(x => x.Text).HasMaxLength(PreparedAnswer.TextMaxLength);
        a.Property(x => x.UpdatedById).WithoutIndex();
        a.HasOne<People.User>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        a.HasOne<Routing.SupportGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        a.HasOne<People.User>().WithMany().HasForeignKey(x => x.UpdatedById).OnDelete(DeleteBehavior.Restrict);
    }
}
