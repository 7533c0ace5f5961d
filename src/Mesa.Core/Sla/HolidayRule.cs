namespace Mesa.Core.Sla;

/// <summary>
/// One public holiday as a rule, so that any year's list is computed and a new law is one row: a fixed date or an
/// offset from Easter Sunday, optionally moved to the following Monday (Colombia's Ley 51 de 1983, "Ley Emiliani"),
/// valid from one year to another.
/// </summary>
public sealed class HolidayRule
{
    private HolidayRule()
    {
    }

    public HolidayRule(string ruleSet, string name, int? month, int? day, int? easterOffset, bool moveToMonday,
        int? fromYear = null, int? toYear = null)
    {
        if (easterOffset is null && (month is null || day is null))
            throw new ArgumentException("A holiday rule needs a month and day, or an offset from Easter.");
        RuleSet = ruleSet;
        Name = name;
        Month = month;
        Day = day;
        EasterOffset = easterOffset;
        MoveToMonday = moveToMonday;
        FromYear = fromYear;
        ToYear = toYear;
    }

    public const int NameMaxLength = 150;

    /// <summary>A set of rules is named by a short key, such as the country ("CO").</summary>
    public const int RuleSetMaxLength = 20;

    public int Id { get; private set; }

    /// <summary>The set of rules a calendar follows, e.g. "CO" for Colombia's national holidays.</summary>
    public string RuleSet { get; private set; } = "";

    public string Name { get; private set; } = "";

    public int? Month { get; private set; }

    public int? Day { get; private set; }

    /// <summary>Days from Easter Sunday (−3 Jueves Santo, +39 Ascensión…); when set, Month and Day are ignored.</summary>
    public int? EasterOffset { get; private set; }

    public bool MoveToMonday { get; private set; }

    public int? FromYear { get; private set; }

    public int? ToYear { get; private set; }

    /// <summary>The day the holiday is observed in a year, or null when the rule does not apply that year.</summary>
    public DateOnly? DateIn(int year)
    {
        if (year < (FromYear ?? int.MinValue) || year > (ToYear ?? int.MaxValue)) return null;
        var date = EasterOffset is { } offset ? Easter.Sunday(year).AddDays(offset) : new DateOnly(year, Month!.Value, Day!.Value);
        if (MoveToMonday && date.DayOfWeek != DayOfWeek.Monday)
            date = date.AddDays(((int)DayOfWeek.Monday - (int)date.DayOfWeek + 7) % 7);
        return date;
    }
}
