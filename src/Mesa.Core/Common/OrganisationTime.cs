using Microsoft.Extensions.Options;

namespace Mesa.Core.Common;

/// <summary>
/// The organisation's clock: instants come from <see cref="TimeProvider"/> in UTC and are shown in the
/// organisation's zone (default America/Bogota).
/// </summary>
public sealed class OrganisationTime(TimeProvider clock, IOptions<MesaSettings> settings)
{
    private TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(settings.Value.TimeZone);

    /// <summary>The organisation's zone as the settings say now (an administrator may change it in the browser).</summary>
    public TimeZoneInfo Zone
    {
        get
        {
            var id = settings.Value.TimeZone;
            var zone = _zone;
            if (zone.Id != id) _zone = zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return zone;
        }
    }

    /// <summary>
    /// Now, to the whole millisecond: both engines keep that exactly (SQLite's binary form a tenth of a millisecond,
    /// PostgreSQL a microsecond), so an instant a command holds in memory is the one a later read finds.
    /// </summary>
    public DateTimeOffset UtcNow
    {
        get
        {
            var now = clock.GetUtcNow();
            return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        }
    }

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The years a date typed by a person may name: any other is a typing error, and year 9999 would leave
    /// no room for a due date after it.</summary>
    public const int FirstYear = 1900, LastYear = 9000;

    public static bool IsPlausible(DateTime local) => local.Year is >= FirstYear and <= LastYear;

    /// <summary>A wall-clock time in the organisation's zone (a form's <c>datetime-local</c>) as an instant.</summary>
    public DateTimeOffset FromLocal(DateTime local) => new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();

    /// <summary><see cref="FromLocal"/> for a time a person typed: false for a year outside <see cref="IsPlausible"/>.</summary>
    public bool TryFromLocal(DateTime local, out DateTimeOffset instant)
    {
        instant = IsPlausible(local) ? FromLocal(local) : default;
        return IsPlausible(local);
    }

    /// <summary>The instant (UTC) the day begins in the organisation's zone: the one way a date a person picked
    /// (a list's "from"/"to", a saved filter, a report's period) becomes something a database compares.</summary>
    public DateTimeOffset DayStart(DateOnly day) => DayStart(Zone, day);

    /// <summary>
    /// The instant (UTC) <paramref name="day"/> begins in <paramref name="zone"/>. Always UTC: PostgreSQL's
    /// <c>timestamptz</c> takes no other offset, and SQLite compares the stored UTC form.
    /// </summary>
    public static DateTimeOffset DayStart(TimeZoneInfo zone, DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        // Where a clock jumps forward at midnight the day begins at the first minute that exists.
        while (zone.IsInvalidTime(midnight)) midnight = midnight.AddMinutes(30);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(midnight, zone), TimeSpan.Zero);
    }

    /// <summary>"dd/MM/yyyy HH:mm", the form every person reads in Mesa.</summary>
    public string Format(DateTimeOffset instant) => ToLocal(instant).ToString("dd/MM/yyyy HH:mm");
}
