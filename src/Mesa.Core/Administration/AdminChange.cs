using System.Text.Json;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Administration;

/// <summary>
/// One record of the configuration as an administrator changed it (Guía §4: the platform is parametrized by its
/// administrators): who, when, which record, and each field before → after. Written by
/// <see cref="AdminAuditInterceptor"/> into the very save that makes the change, so the log never misses one and never
/// records one that did not happen.
/// </summary>
public sealed class AdminChange
{
    public const int RecordMaxLength = 40;
    public const int NameMaxLength = 400;
    public const int KeyMaxLength = 100;

    private AdminChange()
    {
    }

    public AdminChange(DateTimeOffset at, long actorId, string record, string? recordKey, string recordName,
        AdminChangeKind kind, IReadOnlyList<FieldChange> fields)
    {
        At = at;
        ActorId = actorId;
        Record = record;
        RecordKey = recordKey;
        RecordName = recordName.Length > NameMaxLength ? recordName[..NameMaxLength] : recordName;
        Kind = kind;
        FieldsJson = JsonSerializer.Serialize(fields);
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The administrator.</summary>
    public long ActorId { get; private set; }

    /// <summary>What kind of record (<see cref="AuditedRecords"/>): <c>group</c>, <c>person</c>, <c>calendar</c>…</summary>
    public string Record { get; private set; } = "";

    /// <summary>The record's id, when it had one before the save (a record being created gets it in the same save).</summary>
    public string? RecordKey { get; private set; }

    /// <summary>The record's name as people know it (a group's name, a person's user name, a category's path).</summary>
    public string RecordName { get; private set; } = "";

    public AdminChangeKind Kind { get; private set; }

    /// <summary>The fields, as JSON: <c>[{"Field":"Tier","Before":"1","After":"2"}]</c>.</summary>
    public string FieldsJson { get; private set; } = "[]";

    public IReadOnlyList<FieldChange> Fields => JsonSerializer.Deserialize<List<FieldChange>>(FieldsJson) ?? [];
}

public enum AdminChangeKind
{
    Created,
    Changed,
    Removed,
}

/// <summary>A field's value before and after, as text (null: it had none).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

internal sealed class AdminChangeConfiguration : IEntityTypeConfiguration<AdminChange>
{
    public void Configure(EntityTypeBuilder<AdminChange> c)
    {
        c.ToTable("admin_changes");
        c.HasKey(x => x.Id);
        c.Property(x => x.Record).HasMaxLength(AdminChange.RecordMaxLength);
        c.Property(x => x.RecordKey).HasMaxLength(AdminChange.KeyMaxLength);
        c.Property(x => x.RecordName).HasMaxLength(AdminChange.NameMaxLength);
        c.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        c.Ignore(x => x.Fields);
        c.HasOne<User>().WithMany().HasForeignKey(x => x.ActorId).OnDelete(DeleteBehavior.Restrict);
        c.HasIndex(x => x.At);
        c.HasIndex(x => new { x.Record, x.RecordKey });
    }
}
