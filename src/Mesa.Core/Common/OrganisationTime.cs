using Microsoft.Extensions.Options;

namespace Mesa.Core.Common;

/// <summary>
/// The organisation's clock: instants come from <see cref="TimeProvider"/> in UTC and are shown in the
/// organisation's zone (default America/Bogota).
/// </summary>
public sealed class OrganisationTime(TimeProvider clock, IOptions<MesaSettings> settings)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(settings.Value.TimeZone);

    public DateTimeOffset UtcNow => clock.GetUtcNow();

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>A wall-clock time in the organisation's zone (a form's <c>datetime-local</c>) as an instant.</summary>
    public DateTimeOffset FromLocal(DateTime local) => new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();

    /// <summary>"dd/MM/yyyy HH:mm", the form every person reads in Mesa.</summary>
    public string Format(DateTimeOffset instant) => ToLocal(instant).ToString("dd/MM/yyyy HH:mm");
}
