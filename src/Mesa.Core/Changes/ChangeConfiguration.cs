using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Changes;

internal sealed class ChangeRequestConfiguration : IEntityTypeConfiguration<ChangeRequest>
{
    public void Configure(EntityTypeBuilder<ChangeRequest> c)
    {
        c.ToTable("changes");
        c.HasKey(x => x.Id);
        c.Ignore(x => x.IsOpen);
        c.Property(x => x.Code).HasMaxLength(Tickets.Ticket.CodeMaxLength);
        c.HasIndex(x => x.Code).IsUnique();
        c.Property(x => x.Title).HasMaxLength(ChangeRequest.TitleMaxLength);
        c.Property(x => x.Description).HasMaxLength(ChangeRequest.TextMaxLength);
        c.Property(x => x.SearchText).HasMaxLength(ChangeRequest.TextMaxLength + ChangeRequest.TitleMaxLength + 50);
        c.Property(x => x.Reason).HasMaxLength(ChangeRequest.TextMaxLength);
        c.Property(x => x.ImplementationPlan).HasMaxLength(ChangeRequest.TextMaxLength);
        c.Property(x => x.BackoutPlan).HasMaxLength(ChangeRequest.TextMaxLength);
        c.Property(x => x.TestPlan).HasMaxLength(ChangeRequest.TextMaxLength);
        c.Property(x => x.Version).IsConcurrencyToken();
        c.HasOne<Catalog.Service>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);
        c.HasOne<Catalog.Category>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        c.Property(x => x.CategoryId).WithoutIndex();
        c.HasOne<Routing.SupportGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        c.HasOne<People.User>().WithMany().HasForeignKey(x => x.AgentId).OnDelete(DeleteBehavior.Restrict);
        c.HasOne<People.User>().WithMany().HasForeignKey(x => x.CreatedById).OnDelete(DeleteBehavior.Restrict);
        c.Property(x => x.CreatedById).WithoutIndex();
        c.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.ChangeId).OnDelete(DeleteBehavior.Cascade);
        c.Navigation(x => x.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        c.HasMany(x => x.Approvals).WithOne().HasForeignKey(a => a.ChangeId).OnDelete(DeleteBehavior.Cascade);
        c.Navigation(x => x.Approvals).UsePropertyAccessMode(PropertyAccessMode.Field);
        c.HasMany(x => x.Team).WithOne().HasForeignKey(m => m.ChangeId).OnDelete(DeleteBehavior.Cascade);
        c.Navigation(x => x.Team).UsePropertyAccessMode(PropertyAccessMode.Field);
        c.HasMany(x => x.Problems).WithOne().HasForeignKey(p => p.ChangeId).OnDelete(DeleteBehavior.Cascade);
        c.HasMany(x => x.Notifications).WithOne().HasForeignKey(n => n.ChangeId).OnDelete(DeleteBehavior.Restrict);
        c.Navigation(x => x.Notifications).UsePropertyAccessMode(PropertyAccessMode.Field);
        c.Navigation(x => x.Problems).UsePropertyAccessMode(PropertyAccessMode.Field);
        // The changes not closed are a small share of ten years of them: the panel's counters read them through this
        // partial index (the filter is the same SQL on both engines), the lists filter by state; the calendar reads
        // the windows.
        c.HasIndex(x => new { x.State, x.GroupId, x.AgentId })
            .HasDatabaseName("IX_changes_open")
            .HasFilter("\"State\" <> 'Closed'");
        c.HasIndex(x => x.State);
        c.HasIndex(x => x.PlannedStart);
    }
}

internal sealed class ChangeEventConfiguration : IEntityTypeConfiguration<ChangeEvent>
{
    public void Configure(EntityTypeBuilder<ChangeEvent> e)
    {
        e.ToTable("change_events");
        e.HasKey(x => x.Id);
        e.Property(x => x.Note).HasMaxLength(ChangeRequest.NoteMaxLength);
        e.HasOne<People.User>().WithMany().HasForeignKey(x => x.ActorId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.ActorId).WithoutIndex();
    }
}

internal sealed class ChangeApprovalConfiguration : IEntityTypeConfiguration<ChangeApproval>
{
    public void Configure(EntityTypeBuilder<ChangeApproval> a)
    {
        a.ToTable("change_approvals");
        a.HasKey(x => x.Id);
        a.Property(x => x.Note).HasMaxLength(ChangeRequest.NoteMaxLength);
        // An approver's pending decisions are looked up by approver.
        a.HasOne<People.User>().WithMany().HasForeignKey(x => x.ApproverId).OnDelete(DeleteBehavior.Restrict);
        a.HasIndex(x => new { x.ChangeId, x.ApproverId }).IsUnique();
    }
}

internal sealed class ChangeTeamMemberConfiguration : IEntityTypeConfiguration<ChangeTeamMember>
{
    public void Configure(EntityTypeBuilder<ChangeTeamMember> m)
    {
        m.ToTable("change_team");
        m.HasKey(x => x.Id);
        // The team views ask "which changes have me, or one of my groups, in their team".
        m.HasIndex(x => new { x.Kind, x.MemberId });
        m.HasIndex(x => new { x.ChangeId, x.Kind, x.MemberId }).IsUnique();
    }
}

internal sealed class ChangeProblemConfiguration : IEntityTypeConfiguration<ChangeProblem>
{
    public void Configure(EntityTypeBuilder<ChangeProblem> p)
    {
        p.ToTable("change_problems");
        p.HasKey(x => x.Id);
        p.HasOne<Problems.Problem>().WithMany().HasForeignKey(x => x.ProblemId).OnDelete(DeleteBehavior.Restrict);
        p.HasIndex(x => new { x.ChangeId, x.ProblemId }).IsUnique();
    }
}

internal sealed class ChangeCounterConfiguration : IEntityTypeConfiguration<ChangeCounter>
{
    public void Configure(EntityTypeBuilder<ChangeCounter> c)
    {
        c.ToTable("change_counters");
        c.HasKey(x => x.Year);
        c.Property(x => x.Year).HasColumnName("year").ValueGeneratedNever();
        c.Property(x => x.LastValue).HasColumnName("last_value");
    }
}

internal sealed class ReleaseConfiguration : IEntityTypeConfiguration<Release>
{
    public void Configure(EntityTypeBuilder<Release> r)
    {
        r.ToTable("releases");
        r.HasKey(x => x.Id);
        r.Ignore(x => x.IsOpen);
        r.Property(x => x.Name).HasMaxLength(Release.NameMaxLength);
        r.Property(x => x.Version).IsConcurrencyToken();
        // The few changes of a release, as a list of their ids.
        r.PrimitiveCollection(x => x.Changes).HasField("_changes").UsePropertyAccessMode(PropertyAccessMode.Field);
        r.HasOne<People.User>().WithMany().HasForeignKey(x => x.CreatedById).OnDelete(DeleteBehavior.Restrict);
        r.Property(x => x.CreatedById).WithoutIndex();
        r.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.ReleaseId).OnDelete(DeleteBehavior.Cascade);
        r.Navigation(x => x.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        r.HasIndex(x => x.State);
    }
}

internal sealed class ReleaseEventConfiguration : IEntityTypeConfiguration<ReleaseEvent>
{
    public void Configure(EntityTypeBuilder<ReleaseEvent> e)
    {
        e.ToTable("release_events");
        e.HasKey(x => x.Id);
        e.Property(x => x.Note).HasMaxLength(ChangeRequest.NoteMaxLength);
        e.HasOne<People.User>().WithMany().HasForeignKey(x => x.ActorId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.ActorId).WithoutIndex();
    }
}
