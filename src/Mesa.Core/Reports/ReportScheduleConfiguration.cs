using System.Text.Json;
using Mesa.Core.People;
using Mesa.Core.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Reports;

internal sealed class ReportScheduleConfiguration : IEntityTypeConfiguration<ReportSchedule>
{
    public void Configure(EntityTypeBuilder<ReportSchedule> s)
    {
        s.ToTable("report_schedules");
        s.HasKey(x => x.Id);
        s.Property(x => x.Name).HasMaxLength(ReportSchedule.NameMaxLength);
        s.Property(x => x.Addresses).HasMaxLength(ReportSchedule.AddressesMaxLength);
        s.Property(x => x.LastError).HasMaxLength(1000);
        // The filters travel as one small JSON document: they are read whole, never searched.
        s.Property(x => x.Scope).HasMaxLength(2000).HasConversion(
            scope => JsonSerializer.Serialize(scope, JsonSerializerOptions.Default),
            json => JsonSerializer.Deserialize<ReportScope>(json, JsonSerializerOptions.Default) ?? new ReportScope(),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<ReportScope>((a, b) => a == b, a => a.GetHashCode(), a => a));
        s.Ignore(x => x.AddressList);
        s.HasOne<User>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Restrict);
        s.HasOne<SupportGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        // The job reads the active ones that are due.
        s.HasIndex(x => new { x.Active, x.NextRunAt });
    }
}

internal sealed class ReportDeliveryConfiguration : IEntityTypeConfiguration<ReportDelivery>
{
    public void Configure(EntityTypeBuilder<ReportDelivery> d)
    {
        d.ToTable("report_deliveries");
        d.HasKey(x => x.Id);
        d.Property(x => x.FileName).HasMaxLength(200);
        d.Property(x => x.ContentType).HasMaxLength(100);
        d.HasOne<ReportSchedule>().WithMany().HasForeignKey(x => x.ScheduleId).OnDelete(DeleteBehavior.Cascade);
    }
}
