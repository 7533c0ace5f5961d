using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.People.Directory;

/// <summary>One run of the <c>directory-sync</c> job: how many people it read and what it did with their accounts.</summary>
public sealed class DirectorySyncRun
{
    public const int ErrorMaxLength = 1_000;

    private DirectorySyncRun()
    {
    }

    public DirectorySyncRun(DateTimeOffset startedAt) => StartedAt = startedAt;

    public long Id { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public int Read { get; private set; }

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Deactivated { get; private set; }

    public int Reactivated { get; private set; }

    public int Conflicts { get; private set; }

    /// <summary>Why the run stopped before the end (the directory stopped answering); nothing after it was deactivated.</summary>
    public string? Error { get; private set; }

    /// <summary>How many accounts the run changed.</summary>
    public int Changed => Created + Updated + Deactivated + Reactivated;

    public void CountRead() => Read++;

    public void Count(DirectoryChangeKind kind)
    {
        switch (kind)
        {
            case DirectoryChangeKind.Created: Created++; break;
            case DirectoryChangeKind.Updated: Updated++; break;
            case DirectoryChangeKind.Deactivated: Deactivated++; break;
            case DirectoryChangeKind.Reactivated: Reactivated++; break;
            case DirectoryChangeKind.Conflict: Conflicts++; break;
        }
    }

    public void Finish(DateTimeOffset at) => FinishedAt = at;

    public void Fail(string error, DateTimeOffset at)
    {
        Error = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        FinishedAt = at;
    }
}

internal sealed class DirectorySyncRunConfiguration : IEntityTypeConfiguration<DirectorySyncRun>
{
    public void Configure(EntityTypeBuilder<DirectorySyncRun> r)
    {
        r.ToTable("directory_syncs");
        r.HasKey(x => x.Id);
        r.Property(x => x.Error).HasMaxLength(DirectorySyncRun.ErrorMaxLength);
        r.Ignore(x => x.Changed);
    }
}
