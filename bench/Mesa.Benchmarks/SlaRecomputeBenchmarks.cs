using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Mesa.Core.Catalog;
using Mesa.Core.People;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;

namespace Mesa.Benchmarks;

/// <summary>
/// Recomputing the due dates of 100,000 open tickets (what a calendar change asks for), each with a few
/// clock stops, as the domain does it: the ticket's own RecomputeDueDates.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SlaRecomputeBenchmarks
{
    private const int Count = 100_000;
    private readonly List<Ticket> _tickets = new(Count);
    private CalendarSchedule _calendar = null!;

    [GlobalSetup]
    public void Setup()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");
        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };
        var week = weekdays.SelectMany(d => new[] { new WorkingInterval(d, 420, 720), new WorkingInterval(d, 780, 1020) }).ToList();
        _calendar = new CalendarSchedule(zone, week, new HolidayCalendar(ColombianHolidays.Rules));
        var calendar = WithId(new BusinessCalendar("Calendario", "America/Bogota", "CO", week), 1);
        var policy = WithId(new SlaPolicy("SLA", 1, Enum.GetValues<Level>().Select(p => new SlaTarget(p, 120, 1440))), 1);
        var requester = new User { Id = 1, UserName = "usuario" };
        var agent = new Actor(2, "agente", new HashSet<string> { Roles.Agent }, new HashSet<long> { 1 }, new HashSet<long>(), true);
        var group = WithId(new Mesa.Core.Routing.SupportGroup("Mesa", 1), 1L);
        group.AddMember(2);
        var pending = WithId(new Substate("pending-vendor", "Pendiente proveedor", "", true, false), 2);
        var random = new Random(7);
        var origin = new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < Count; i++)
        {
            var at = origin.AddMinutes(random.Next(0, 300 * 24 * 60));
            var ticket = Ticket.Register($"REQ 2026-{i:D6}", new TicketRegistration(TicketType.Incident, "Título", "Descripción",
                Origin.Portal, requester, null, null, null, Level.Medium, Level.Medium, []), PriorityMatrix.Default, agent, at);
            ticket.Assign(group, null, "Asignación.", agent, at.AddMinutes(5));
            for (var s = 0; s < i % 4; s++)
            {
                ticket.SetSubstate(pending, "Proveedor.", agent, at.AddHours(1 + (10 * s)));
                ticket.SetSubstate(null, "Respondió.", agent, at.AddHours(5 + (10 * s)));
            }

            ticket.ApplySlaTerms(policy, calendar, agent, at);
            _tickets.Add(ticket);
        }
    }

    [Benchmark]
    public void Recompute100kOpenTickets()
    {
        foreach (var ticket in _tickets) ticket.RecomputeDueDates(_calendar, 0.75);
    }

    private static T WithId<T>(T entity, object id)
    {
        var property = typeof(T).GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)!;
        property.SetValue(entity, Convert.ChangeType(id, property.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
        return entity;
    }
}
