using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Problems;

internal sealed class ProblemConfiguration : IEntityTypeConfiguration<Problem>
{
    public void Configure(EntityTypeBuilder<Problem> p)
    {
        p.ToTable("problems");
        p.HasKey(x => x.Id);
        p.Ignore(x => x.Code);
        p.Ignore(x => x.IsOpen);
        p.Property(x => x.Title).HasMaxLength(Problem.TitleMaxLength);
        p.Property(x => x.Description).HasMaxLength(Problem.TextMaxLength);
        p.Property(x => x.RootCause).HasMaxLength(Problem.TextMaxLength);
        p.Property(x => x.Workaround).HasMaxLength(Problem.TextMaxLength);
        p.Property(x => x.Solution).HasMaxLength(Problem.TextMaxLength);
        p.Property(x => x.Version).IsConcurrencyToken();
        p.HasOne<Routing.SupportGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        p.HasOne<People.User>().WithMany().HasForeignKey(x => x.AgentId).OnDelete(DeleteBehavior.Restrict);
        p.HasOne<People.User>().WithMany().HasForeignKey(x => x.CreatedById).OnDelete(DeleteBehavior.Restrict);
        p.Property(x => x.CreatedById).WithoutIndex();
        p.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.ProblemId).OnDelete(DeleteBehavior.Cascade);
        p.Navigation(x => x.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        // The panel counts the problems by state; the list reads them newest first.
        p.HasIndex(x => x.State);
    }
}

internal sealed class ProblemEventConfiguration : IEntityTypeConfiguration<ProblemEvent>
{
    public void Configure(EntityTypeBuilder<ProblemEvent> e)
    {
        e.ToTable("problem_events");
        e.HasKey(x => x.Id);
        e.Property(x => x.Note).HasMaxLength(Problem.NoteMaxLength);
        e.HasOne<People.User>().WithMany().HasForeignKey(x => x.ActorId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.ActorId).WithoutIndex();
    }
}
