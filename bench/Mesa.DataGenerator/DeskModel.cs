using Mesa.Core.Catalog;
using Mesa.Core.People;
using Mesa.Core.Routing;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;

namespace Mesa.DataGenerator;

/// <summary>The people, groups, catalogue and ANS the generated tickets are made of, as loaded from the database.</summary>
public sealed record DeskModel(
    IReadOnlyList<(User User, Actor Actor)> Requesters,
    IReadOnlyList<(SupportGroup Group, IReadOnlyList<(User User, Actor Actor)> Agents)> FirstLine,
    IReadOnlyList<(SupportGroup Group, IReadOnlyList<(User User, Actor Actor)> Agents)> SecondLine,
    IReadOnlyList<(Service Service, Category Category)> Categories,
    SlaPolicy Policy,
    BusinessCalendar Calendar,
    CalendarSchedule Schedule,
    PriorityMatrix Matrix,
    Actor System,
    IReadOnlyDictionary<string, Substate> Substates);
