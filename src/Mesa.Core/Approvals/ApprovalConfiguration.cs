using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Approvals;

internal sealed class ApprovalFlowConfiguration : IEntityTypeConfiguration<ApprovalFlow>
{
    public void Configure(EntityTypeBuilder<ApprovalFlow> f)
    {
        f.ToTable("approval_flows");
        f.HasKey(x => x.Id);
        f.Property(x => x.Name).HasMaxLength(ApprovalFlow.NameMaxLength);
        f.HasIndex(x => x.Name).IsUnique();
        f.Property(x => x.Description).HasMaxLength(ApprovalFlow.DescriptionMaxLength);
        f.OwnsMany(x => x.Steps, s =>
        {
            s.ToTable("approval_flow_steps");
            s.WithOwner().HasForeignKey("FlowId");
            s.Property<int>("Id");
            s.HasKey("Id");
            s.Property(x => x.Name).HasMaxLength(ApprovalFlowStep.NameMaxLength);
            s.HasOne<People.User>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        });
        f.Navigation(x => x.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class TicketApprovalConfiguration : IEntityTypeConfiguration<TicketApproval>
{
    public void Configure(EntityTypeBuilder<TicketApproval> a)
    {
        a.ToTable("ticket_approvals");
        a.HasKey(x => x.Id);
        a.Property(x => x.StepName).HasMaxLength(ApprovalFlowStep.NameMaxLength);
        a.Property(x => x.ApproverName).HasMaxLength(People.User.DisplayNameMaxLength);
        a.Property(x => x.Note).HasMaxLength(TicketApproval.NoteMaxLength);
        a.HasIndex(x => new { x.TicketId, x.Position }).IsUnique();
        // Someone's list of approvals to give, and the reminders' job, read the pending steps by approver and by date.
        a.HasOne<People.User>().WithMany().HasForeignKey(x => x.ApproverId).OnDelete(DeleteBehavior.Restrict);
        a.HasIndex(x => new { x.ApproverId, x.State });
        a.HasOne<People.User>().WithMany().HasForeignKey(x => x.DecidedById).OnDelete(DeleteBehavior.Restrict);
        a.Property(x => x.DecidedById).WithoutIndex();
        a.HasIndex(x => new { x.State, x.NextReminderAt });
        a.HasIndex(x => new { x.State, x.DueAt });
    }
}
