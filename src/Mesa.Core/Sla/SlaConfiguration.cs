using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Sla;

internal sealed class BusinessCalendarConfiguration : IEntityTypeConfiguration<BusinessCalendar>
{
    public void Configure(EntityTypeBuilder<BusinessCalendar> c)
    {
        c.ToTable("calendars");
        c.HasKey(x => x.Id);
        c.Property(x => x.Name).HasMaxLength(BusinessCalendar.NameMaxLength);
        c.HasIndex(x => x.Name).IsUnique();
        c.Property(x => x.TimeZone).HasMaxLength(BusinessCalendar.TimeZoneMaxLength);
        c.Property(x => x.HolidayRuleSet).HasMaxLength(HolidayRule.RuleSetMaxLength);
        c.OwnsMany(x => x.Intervals, i =>
        {
            i.ToTable("calendar_intervals");
            i.WithOwner().HasForeignKey("CalendarId");
            i.HasKey(x => x.Id);
        });
        c.OwnsMany(x => x.HolidayChanges, h =>
        {
            h.ToTable("calendar_holiday_changes");
            h.WithOwner().HasForeignKey("CalendarId");
            h.HasKey(x => x.Id);
            h.Property(x => x.Name).HasMaxLength(HolidayRule.NameMaxLength);
        });
        c.Navigation(x => x.Intervals).UsePropertyAccessMode(PropertyAccessMode.Field);
        c.Navigation(x => x.HolidayChanges).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class HolidayRuleConfiguration : IEntityTypeConfiguration<HolidayRule>
{
    public void Configure(EntityTypeBuilder<HolidayRule> r)
    {
        r.ToTable("holiday_rules");
        r.HasKey(x => x.Id);
        r.Property(x => x.RuleSet).HasMaxLength(HolidayRule.RuleSetMaxLength);
        r.Property(x => x.Name).HasMaxLength(HolidayRule.NameMaxLength);
        r.HasIndex(x => x.RuleSet);
    }
}

internal sealed class SlaPolicyConfiguration : IEntityTypeConfiguration<SlaPolicy>
{
    public void Configure(EntityTypeBuilder<SlaPolicy> p)
    {
        p.ToTable("sla_policies");
        p.HasKey(x => x.Id);
        p.Property(x => x.Name).HasMaxLength(SlaPolicy.NameMaxLength);
        p.HasIndex(x => x.Name).IsUnique();
        p.HasOne(x => x.Calendar).WithMany().HasForeignKey(x => x.CalendarId).OnDelete(DeleteBehavior.Restrict);
        p.OwnsMany(x => x.Targets, t =>
        {
            t.ToTable("sla_targets");
            t.WithOwner().HasForeignKey("PolicyId");
            t.HasKey(x => x.Id);
        });
        p.Navigation(x => x.Targets).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PriorityMatrixCellConfiguration : IEntityTypeConfiguration<PriorityMatrixCell>
{
    public void Configure(EntityTypeBuilder<PriorityMatrixCell> m)
    {
        m.ToTable("priority_matrix");
        m.HasKey(x => new { x.Impact, x.Urgency });
    }
}

internal sealed class ClockStopConfiguration : IEntityTypeConfiguration<ClockStop>
{
    public void Configure(EntityTypeBuilder<ClockStop> s)
    {
        s.ToTable("ticket_clock_stops");
        s.HasKey(x => x.Id);
        s.Property(x => x.Reason).HasMaxLength(60);
        s.HasIndex(x => x.TicketId);
    }
}
