using Mesa.Core.Common;

namespace Mesa.Core.Sla;

/// <summary>
/// An ANS (Guía §4, §14.2 "SLA TI - 24 HORAS"): response and resolution targets per priority, in working minutes of
/// its calendar. The default policy applies where no service or category names another.
/// </summary>
public sealed class SlaPolicy
{
    private readonly List<SlaTarget> _targets = [];

    private SlaPolicy()
    {
    }

    public SlaPolicy(string name, int calendarId, IEnumerable<SlaTarget> targets, bool isDefault = false)
    {
        Rename(name);
        CalendarId = calendarId;
        IsDefault = isDefault;
        SetTargets(targets);
    }

    public const int NameMaxLength = 150;

    /// <summary>Ten years of working minutes: larger targets are certainly typing mistakes.</summary>
    public const int MaxTargetMinutes = 10 * 365 * 24 * 60;

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public int CalendarId { get; private set; }

    public BusinessCalendar? Calendar { get; private set; }

    public bool IsDefault { get; private set; }

    public IReadOnlyCollection<SlaTarget> Targets => _targets;

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new InputException("name", Rules.Required);
        if (name.Length > NameMaxLength) throw new InputException("name", Rules.TooLong, NameMaxLength);
        Name = name.Trim();
    }

    public void UseCalendar(BusinessCalendar calendar)
    {
        Calendar = calendar;
        CalendarId = calendar.Id;
    }

    public void MakeDefault(bool isDefault) => IsDefault = isDefault;

    /// <summary>One target per priority, each with a response no later than the resolution.</summary>
    public void SetTargets(IEnumerable<SlaTarget> targets)
    {
        var list = targets.ToList();
        if (Enum.GetValues<Level>().Any(p => list.Count(t => t.Priority == p) != 1))
            throw new InputException("targets", Rules.TargetsForEveryPriority);
        if (list.Any(t => t.ResponseMinutes <= 0 || t.ResolutionMinutes <= 0 || t.ResponseMinutes > t.ResolutionMinutes
                          || t.ResolutionMinutes > MaxTargetMinutes))
            throw new InputException("targets", Rules.InvalidTargets);
        _targets.Clear();
        _targets.AddRange(list.Select(t => new SlaTarget(t.Priority, t.ResponseMinutes, t.ResolutionMinutes)));
    }

    public SlaTarget TargetFor(Level priority) => _targets.Single(t => t.Priority == priority);
}

/// <summary>The working minutes an ANS allows for the first response and for the resolution, for one priority.</summary>
public sealed class SlaTarget
{
    private SlaTarget()
    {
    }

    public SlaTarget(Level priority, int responseMinutes, int resolutionMinutes)
    {
        Priority = priority;
        ResponseMinutes = responseMinutes;
        ResolutionMinutes = resolutionMinutes;
    }

    public int Id { get; private set; }

    public Level Priority { get; private set; }

    public int ResponseMinutes { get; private set; }

    public int ResolutionMinutes { get; private set; }
}
