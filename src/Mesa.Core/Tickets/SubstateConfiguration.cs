using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Tickets;

internal sealed class SubstateConfiguration : IEntityTypeConfiguration<Substate>
{
    public void Configure(EntityTypeBuilder<Substate> s)
    {
        s.ToTable("substates");
        s.HasKey(x => x.Id);
        s.Property(x => x.Code).HasMaxLength(Substate.CodeMaxLength);
        s.HasIndex(x => x.Code).IsUnique();
        s.Property(x => x.Name).HasMaxLength(Substate.NameMaxLength);
        s.Property(x => x.Description).HasMaxLength(Substate.DescriptionMaxLength);
        s.Ignore(x => x.PausesSla);
    }
}
