using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Privacy;

/// <summary>
/// What an administrator did with a person's data (Ley 1581 de 2012: the entity answers for the use of personal
/// data): an export or an anonymization, who did it, when, and why. Written in the same transaction as what it records.
/// </summary>
public sealed class AuditEntry
{
    public const int NoteMaxLength = 2_000;

    private AuditEntry()
    {
    }

    public AuditEntry(AuditAction action, long actorId, long subjectUserId, string? note, DateTimeOffset at)
    {
        Action = action;
        ActorId = actorId;
        SubjectUserId = subjectUserId;
        Note = note;
        At = at;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>The administrator.</summary>
    public long ActorId { get; private set; }

    /// <summary>The person whose data it was.</summary>
    public long SubjectUserId { get; private set; }

    public string? Note { get; private set; }
}

public enum AuditAction
{
    /// <summary>Everything Mesa holds about the person, downloaded as JSON.</summary>
    PersonalDataExported,

    /// <summary>The same, downloaded as PDF.</summary>
    PersonalDataPrinted,

    /// <summary>The person's identity removed; their tickets and figures kept.</summary>
    PersonAnonymized,
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> a)
    {
        a.ToTable("audit_log");
        a.HasKey(x => x.Id);
        a.Property(x => x.Note).HasMaxLength(AuditEntry.NoteMaxLength);
        a.HasOne<User>().WithMany().HasForeignKey(x => x.ActorId).OnDelete(DeleteBehavior.Restrict);
        a.HasOne<User>().WithMany().HasForeignKey(x => x.SubjectUserId).OnDelete(DeleteBehavior.Restrict);
        a.HasIndex(x => new { x.SubjectUserId, x.Id });
    }
}
