using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Jobs;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> r)
    {
        r.ToTable("job_runs");
        r.HasKey(x => x.Id);
        r.Property(x => x.Job).HasMaxLength(40);
        r.Property(x => x.Instance).HasMaxLength(JobRun.InstanceMaxLength);
        r.HasIndex(x => new { x.Job, x.StartedAt });
    }
}
