using Mesa.Core.Catalog;
using Mesa.Core.People;
using Mesa.Core.Routing;
using Mesa.Core.Sla;
using Mesa.Core.Tests.Sla;
using Mesa.Core.Tickets;

namespace Mesa.Core.Tests.Support;

/// <summary>The people, groups and catalogue of the demo set, as plain objects.</summary>
public static class Demo
{
    public static readonly User Usuario1User = new() { Id = 21, UserName = "usuario1", DisplayName = "Sergio Londoño" };
    public static readonly User Usuario2User = new() { Id = 22, UserName = "usuario2", DisplayName = "Marcela Quintero" };
    public static readonly User Agente1User = new() { Id = 11, UserName = "agente1" };
    public static readonly User Agente2User = new() { Id = 12, UserName = "agente2" };
    public static readonly User Agente3User = new() { Id = 13, UserName = "agente3" };

    /// <summary>The demo's calendar: Mon–Fri 07:00–12:00 and 13:00–17:00, America/Bogota, Colombian holidays.</summary>
    public static readonly BusinessCalendar PrimerNivelCalendar = new BusinessCalendar("Calendario Técnicos Primer Nivel",
        "America/Bogota", ColombianHolidays.RuleSet, Calendars.PrimerNivel.IntervalsOnWeek()).WithId(1);

    /// <summary>The demo's policy on that calendar (minutes to the first response and to the solution, by priority).</summary>
    public static readonly SlaPolicy Sla24 = new SlaPolicy("SLA TI - 24 HORAS", 1,
    [
        new SlaTarget(Level.Critical, 30, 240),
        new SlaTarget(Level.High, 60, 480),
        new SlaTarget(Level.Medium, 120, 1440),
        new SlaTarget(Level.Low, 240, 2400),
    ]).WithId(1);

    public static SupportGroup MesaDeServicio => Group(1, "Mesa de Servicio", 1, members: [11], supervisors: [31]);

    public static SupportGroup SoporteTecnico => Group(2, "Soporte Técnico", 2, members: [12, 13], supervisors: [31]);

    public static readonly Actor Usuario1 = Person(21, "usuario1", Roles.Requester);
    public static readonly Actor Usuario2 = Person(22, "usuario2", Roles.Requester);
    public static readonly Actor Agente1 = Person(11, "agente1", Roles.Agent, memberOf: [1], firstLine: true);
    public static readonly Actor Agente2 = Person(12, "agente2", Roles.Agent, memberOf: [2]);
    public static readonly Actor Agente3 = Person(13, "agente3", Roles.Agent, memberOf: [2]);
    public static readonly Actor Supervisor1 = Person(31, "supervisor1", Roles.Supervisor, supervises: [1, 2], firstLine: true);

    public static readonly Service SoporteTecnicoService = new Service("Soporte Técnico").WithId(1);
    public static readonly Category Hardware = Category.Root(SoporteTecnicoService, "Hardware").WithId(1);
    public static readonly Category Impresoras = Hardware.Child("Impresoras").WithId(2);
    public static readonly Service SistemasService = new Service("Sistemas de Información").WithId(2);
    public static readonly Category Misionales = Category.Root(SistemasService, "Sistemas de Información Misionales").WithId(3);

    public static Substate Substate(string code)
    {
        var index = Substates.Seeded.ToList().FindIndex(s => s.Code == code);
        var s = Substates.Seeded[index];
        return new Substate(s.Code, s.Name, s.Description, s.StopsClock, s.Automatic).WithId(index + 1);
    }

    public static DateTimeOffset At(string local) =>
        new DateTimeOffset(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(-5))
            .ToUniversalTime();

    private static Actor Person(long id, string userName, string role, long[]? memberOf = null, long[]? supervises = null,
        bool firstLine = false) =>
        new(id, userName, new HashSet<string> { role }, (memberOf ?? []).ToHashSet(), (supervises ?? []).ToHashSet(),
            firstLine);

    private static SupportGroup Group(long id, string name, int tier, long[] members, long[] supervisors)
    {
        var group = new SupportGroup(name, tier).WithId(id);
        foreach (var m in members) group.AddMember(m);
        foreach (var s in supervisors) group.AddSupervisor(s);
        return group;
    }
}
