using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.People;

internal sealed class AbsenceConfiguration : IEntityTypeConfiguration<Absence>
{
    public void Configure(EntityTypeBuilder<Absence> a)
    {
        a.ToTable("absences");
        a.HasKey(x => x.Id);
        a.Property(x => x.Reason).HasMaxLength(Absence.ReasonMaxLength);
        a.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        a.HasOne<User>().WithMany().HasForeignKey(x => x.CreatedById).OnDelete(DeleteBehavior.Restrict);
        a.HasIndex(x => new { x.UserId, x.To });
    }
}
