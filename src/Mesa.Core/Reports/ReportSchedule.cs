using Mesa.Core.Common;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;

namespace Mesa.Core.Reports;

/// <summary>How often a scheduled report is sent, and which period each sending covers.</summary>
public enum ReportFrequency
{
    /// <summary>Mondays: the week before, Monday to Sunday.</summary>
    Weekly,

    /// <summary>The first of the month: the month before.</summary>
    Monthly,
}

/// <summary>The filters a scheduled report keeps: those of the ticket list a report takes.</summary>
public sealed record ReportScope(
    TicketType? Type = null,
    string? Service = null,
    string? Category = null,
    string? Group = null,
    string? Agent = null,
    Level? Priority = null,
    Origin? Origin = null,
    string? Location = null)
{
    public TicketFilter ToFilter() => new()
    {
        Type = Type,
        Service = Service,
        Category = Category,
        Group = Group,
        Agent = Agent,
        Priority = Priority,
        Origin = Origin,
        Location = Location,
    };
}

/// <summary>
/// A report sent by itself (Guía §4 "seguimiento de los ANS"): weekly or monthly, as a file, to a list of addresses
/// and/or the supervisors of a group, through the outbox like every other mail. Each sending covers the whole week
/// or month before it and runs as the person who scheduled it, with their right to read reports.
/// </summary>
public sealed class ReportSchedule
{
    public const int NameMaxLength = 200;
    public const int AddressesMaxLength = 2_000;
    public const int MaxAddresses = 30;

    /// <summary>The hour of the organisation's morning when a schedule sends, so that the figures wait at the start of the day.</summary>
    public static readonly TimeOnly SendingTime = new(7, 0);

    private ReportSchedule()
    {
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public ReportName Report { get; private set; }

    public ReportBy? By { get; private set; }

    public ReportFormat Format { get; private set; }

    public ReportFrequency Frequency { get; private set; }

    public ReportScope Scope { get; private set; } = new();

    /// <summary>E-mail addresses, separated by commas.</summary>
    public string Addresses { get; private set; } = "";

    /// <summary>A group whose supervisors receive it.</summary>
    public long? GroupId { get; private set; }

    public bool Active { get; private set; } = true;

    public long OwnerId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextRunAt { get; private set; }

    public DateTimeOffset? LastRunAt { get; private set; }

    /// <summary>Why the last sending could not be made (the owner may no longer read reports), or null.</summary>
    public string? LastError { get; private set; }

    public IReadOnlyList<string> AddressList => Split(Addresses);

    public static ReportSchedule Create(ReportScheduleInput input, long ownerId, DateTimeOffset at, TimeZoneInfo zone)
    {
        var schedule = new ReportSchedule { OwnerId = ownerId, CreatedAt = at };
        schedule.Change(input, at, zone);
        return schedule;
    }

    /// <summary>Takes new settings; the next sending is computed again from now.</summary>
    public void Change(ReportScheduleInput input, DateTimeOffset at, TimeZoneInfo zone)
    {
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0) throw new InputException("name", Rules.Required);
        if (name.Length > NameMaxLength) throw new InputException("name", Rules.TooLong, NameMaxLength);
        if (input.Format == ReportFormat.Json) throw new InputException("format", Rules.InvalidValue, "json");
        var addresses = Split(input.Addresses ?? "");
        if ((input.Addresses ?? "").Length > AddressesMaxLength || addresses.Count > MaxAddresses)
            throw new InputException("addresses", Rules.ReportScheduleTooManyAddresses, MaxAddresses);
        foreach (var address in addresses)
        {
            if (!Mail.MailAddresses.IsPlain(address))
                throw new InputException("addresses", Rules.InvalidEmail, address);
        }

        if (addresses.Count == 0 && input.GroupId is null) throw new InputException("addresses", Rules.ReportScheduleNoRecipients);
        Name = name;
        Report = input.Report;
        By = input.By;
        Format = input.Format;
        Frequency = input.Frequency;
        Scope = input.Scope ?? new ReportScope();
        Addresses = string.Join(", ", addresses);
        GroupId = input.GroupId;
        Active = input.Active;
        LastError = null;
        NextRunAt = NextAfter(at, zone);
    }

    /// <summary>The registration dates the sending at <paramref name="at"/> covers: the whole week or month before.</summary>
    public (DateOnly From, DateOnly To) PeriodBefore(DateTimeOffset at, TimeZoneInfo zone)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        if (Frequency == ReportFrequency.Weekly)
        {
            var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
            return (monday.AddDays(-7), monday.AddDays(-1));
        }

        var first = new DateOnly(today.Year, today.Month, 1);
        return (first.AddMonths(-1), first.AddDays(-1));
    }

    /// <summary>Sent: the next sending is the following Monday or first of the month.</summary>
    public void Sent(DateTimeOffset at, TimeZoneInfo zone)
    {
        LastRunAt = at;
        LastError = null;
        NextRunAt = NextAfter(at, zone);
    }

    /// <summary>Could not be sent: the reason is kept for the page, and it is tried again at the next sending.</summary>
    public void Failed(string reason, DateTimeOffset at, TimeZoneInfo zone)
    {
        LastRunAt = at;
        LastError = reason.Length > 1000 ? reason[..1000] : reason;
        NextRunAt = NextAfter(at, zone);
    }

    /// <summary>The first Monday (or first of a month) at the sending time, in the organisation's zone, after <paramref name="at"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        while (true)
        {
            var candidate = Frequency == ReportFrequency.Weekly
                ? day.AddDays((7 + (int)DayOfWeek.Monday - (int)day.DayOfWeek) % 7)
                : day.Day == 1 ? day : new DateOnly(day.Year, day.Month, 1).AddMonths(1);
            var instant = OrganisationTime.DayStart(zone, candidate).Add(SendingTime.ToTimeSpan());
            if (instant > at) return instant;
            day = candidate.AddDays(1);
        }
    }

    private static List<string> Split(string addresses) =>
        addresses.Split([',', ';', '\n', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

/// <summary>What a person sets on a scheduled report.</summary>
public sealed record ReportScheduleInput(
    string? Name,
    ReportName Report,
    ReportBy? By,
    ReportFormat Format,
    ReportFrequency Frequency,
    ReportScope? Scope,
    string? Addresses,
    long? GroupId,
    bool Active = true);

/// <summary>One sending of a scheduled report: the file as it was sent, kept to download again.</summary>
public sealed class ReportDelivery
{
    private ReportDelivery()
    {
    }

    public ReportDelivery(int scheduleId, DateOnly from, DateOnly to, string fileName, string contentType, byte[] content, DateTimeOffset at)
    {
        ScheduleId = scheduleId;
        From = from;
        To = to;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        CreatedAt = at;
    }

    public long Id { get; private set; }

    public int ScheduleId { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public byte[] Content { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }
}
