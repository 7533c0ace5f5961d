using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Tasks;

internal sealed class WorkTaskConfiguration : IEntityTypeConfiguration<WorkTask>
{
    public void Configure(EntityTypeBuilder<WorkTask> t)
    {
        t.ToTable("work_tasks");
        t.HasKey(x => x.Id);
        t.Ignore(x => x.Parent);
        t.Ignore(x => x.IsOpen);
        t.Property(x => x.Title).HasMaxLength(WorkTask.TitleMaxLength);
        t.Property(x => x.Description).HasMaxLength(WorkTask.TextMaxLength);
        t.Property(x => x.Version).IsConcurrencyToken();
        // The few tasks a task waits for, as a list of ids of the same record's tasks.
        t.PrimitiveCollection(x => x.After).HasField("_after").UsePropertyAccessMode(PropertyAccessMode.Field);
        t.HasOne<Routing.SupportGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        t.HasOne<People.User>().WithMany().HasForeignKey(x => x.AgentId).OnDelete(DeleteBehavior.Restrict);
        t.HasOne<People.User>().WithMany().HasForeignKey(x => x.CreatedById).OnDelete(DeleteBehavior.Restrict);
        t.Property(x => x.CreatedById).WithoutIndex();
        t.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.TaskId).OnDelete(DeleteBehavior.Cascade);
        t.Navigation(x => x.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        // A record's page lists its tasks; "Mis tareas" counts the open ones per agent and group.
        t.HasIndex(x => new { x.ParentKind, x.ParentId });
        t.HasIndex(x => x.State);
    }
}

internal sealed class WorkTaskEventConfiguration : IEntityTypeConfiguration<WorkTaskEvent>
{
    public void Configure(EntityTypeBuilder<WorkTaskEvent> e)
    {
        e.ToTable("work_task_events");
        e.HasKey(x => x.Id);
        e.Property(x => x.Note).HasMaxLength(Common.RecordText.NoteMaxLength);
        e.HasOne<People.User>().WithMany().HasForeignKey(x => x.ActorId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.ActorId).WithoutIndex();
    }
}
