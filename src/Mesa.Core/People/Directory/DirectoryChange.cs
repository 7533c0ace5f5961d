using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.People.Directory;

/// <summary>
/// What the directory changed in one account, for the administrators: made on a first sign-in or by a sync run,
/// updated, deactivated, reactivated, or left alone because a local account already holds the name.
/// </summary>
public sealed class DirectoryChange
{
    public const int UserNameMaxLength = User.UserNameMaxLength;
    public const int FieldsMaxLength = 200;

    private DirectoryChange()
    {
    }

    public DirectoryChange(long? syncId, long? userId, string userName, DirectoryChangeKind kind,
        IEnumerable<string> fields, DateTimeOffset at)
    {
        SyncId = syncId;
        UserId = userId;
        UserName = userName.Length > UserNameMaxLength ? userName[..UserNameMaxLength] : userName;
        Kind = kind;
        Fields = string.Join(',', fields);
        At = at;
    }

    public long Id { get; private set; }

    /// <summary>The sync run that made it; none for an account made or updated when its person signed in.</summary>
    public long? SyncId { get; private set; }

    /// <summary>None for a conflict: no account was touched.</summary>
    public long? UserId { get; private set; }

    public string UserName { get; private set; } = "";

    public DirectoryChangeKind Kind { get; private set; }

    /// <summary>What changed, as field codes (<see cref="DirectoryFields"/>), comma-separated.</summary>
    public string Fields { get; private set; } = "";

    public DateTimeOffset At { get; private set; }
}

public enum DirectoryChangeKind
{
    Created,
    Updated,
    Deactivated,
    Reactivated,

    /// <summary>A local account holds the directory person's user name with another address: neither is touched.</summary>
    Conflict,
}

/// <summary>The codes of what a directory change touched (shown to administrators in their words).</summary>
public static class DirectoryFields
{
    public const string Name = "name";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Location = "location";
    public const string Role = "role";
    public const string Groups = "groups";
    public const string Linked = "linked";
    public const string Manager = "manager";
}

internal sealed class DirectoryChangeConfiguration : IEntityTypeConfiguration<DirectoryChange>
{
    public void Configure(EntityTypeBuilder<DirectoryChange> c)
    {
        c.ToTable("directory_changes");
        c.HasKey(x => x.Id);
        c.Property(x => x.UserName).HasMaxLength(DirectoryChange.UserNameMaxLength);
        c.Property(x => x.Fields).HasMaxLength(DirectoryChange.FieldsMaxLength);
        c.HasOne<DirectorySyncRun>().WithMany().HasForeignKey(x => x.SyncId).OnDelete(DeleteBehavior.Cascade);
        c.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        c.HasIndex(x => new { x.SyncId, x.Id });
    }
}
