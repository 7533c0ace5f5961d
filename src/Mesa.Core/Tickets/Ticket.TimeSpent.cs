using Mesa.Core.Common;
using Mesa.Core.People;

namespace Mesa.Core.Tickets;

/// <summary>
/// The time worked on a ticket (Guía §3 "optimización de los tiempos de respuesta"): each action of the Investigación
/// tab may say how many minutes it took, and the ticket keeps the sum for its page and the workload report.
/// </summary>
public sealed partial class Ticket
{
    /// <summary>A working day: more than that in one action is a typing mistake.</summary>
    public const int MaxMinutesPerAction = 24 * 60;

    /// <summary>The minutes of every action added up.</summary>
    public int MinutesSpent { get; private set; }

    /// <summary>
    /// Records the minutes <paramref name="action"/> took. A service that requires them refuses an action without
    /// them, unless the action came by e-mail, which cannot say how long the work took.
    /// </summary>
    public void SpendTime(TicketAction action, int? minutes, bool askable, Actor by, DateTimeOffset at)
    {
        if (minutes is null)
        {
            if (askable && Service is { RequiresTimeSpent: true } service)
                throw new InputException("minutesSpent", Rules.TimeSpentRequired, service.Name);
            return;
        }

        if (minutes is < 1 or > MaxMinutesPerAction)
            throw new InputException("minutesSpent", Rules.OutOfRange, 1, MaxMinutesPerAction);
        action.Spent(minutes.Value);
        var before = MinutesSpent;
        MinutesSpent += minutes.Value;
        Record(new TicketEvent(TicketEventKind.FieldChanged, by.Id, at, null, published: false)
        {
            Field = MinutesSpentField,
            OldValue = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
            NewValue = MinutesSpent.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    public const string MinutesSpentField = "minutesSpent";
}
