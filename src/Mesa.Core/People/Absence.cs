using Mesa.Core.Common;

namespace Mesa.Core.People;

/// <summary>
/// An agent away for a period (vacations, like the guide's example ticket asking to be taken out of the groups from
/// 1 to 15 September): the automatic assignment gives them nothing on those days, both included.
/// </summary>
public sealed class Absence
{
    private Absence()
    {
    }

    public Absence(long userId, DateOnly from, DateOnly to, string? reason, long createdById, DateTimeOffset createdAt)
    {
        if (to < from) throw new InputException("to", Rules.AbsenceEndsBeforeStart);
        if (reason is { Length: > ReasonMaxLength }) throw new InputException("reason", Rules.TooLong, ReasonMaxLength);
        UserId = userId;
        From = from;
        To = to;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        CreatedById = createdById;
        CreatedAt = createdAt;
    }

    public const int ReasonMaxLength = 500;

    public long Id { get; private set; }

    public long UserId { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public string? Reason { get; private set; }

    public long CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool Covers(DateOnly day) => From <= day && day <= To;
}
