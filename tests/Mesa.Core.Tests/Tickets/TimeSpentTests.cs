using Mesa.Core.Catalog;
using Mesa.Core.Common;
using Mesa.Core.Sla;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Tickets;

/// <summary>Guía §3 "optimización de los tiempos de respuesta", §14.3: the minutes each action of the investigation took.</summary>
public sealed class TimeSpentTests
{
    [Fact] // Guía §14.3: each action may say its minutes; the ticket adds them up and its history says so
    public void The_minutes_of_each_action_add_up_on_the_ticket()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();

        var first = ticket.RecordFirstResponse("Lo reviso en sitio.", Agente1, At("2026-03-02 09:00"));
        ticket.SpendTime(first, 20, askable: true, Agente1, At("2026-03-02 09:00"));
        var note = ticket.AddNote("Se cambió el tóner.", false, Agente1, At("2026-03-02 10:00"));
        ticket.SpendTime(note, 45, askable: true, Agente1, At("2026-03-02 10:00"));

        Assert.Equal(65, ticket.MinutesSpent);
        Assert.Equal((20, 45), (first.MinutesSpent, note.MinutesSpent));
        var last = ticket.Events.Last();
        Assert.Equal((Ticket.MinutesSpentField, "20", "65", false), (last.Field, last.OldValue, last.NewValue, last.Published));
    }

    [Fact] // Without minutes nothing is counted; a day and more in one action, or none at all, is a typing mistake
    public void No_minutes_counts_nothing_and_out_of_range_minutes_are_refused()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();
        var note = ticket.AddNote("Revisión.", false, Agente1, At("2026-03-02 09:00"));
        var events = ticket.Events.Count;

        ticket.SpendTime(note, null, askable: true, Agente1, At("2026-03-02 09:00"));

        Assert.Equal((0, events), (ticket.MinutesSpent, ticket.Events.Count));
        Rule.BadInput("minutesSpent", Rules.OutOfRange, () => ticket.SpendTime(note, 0, true, Agente1, At("2026-03-02 09:00")));
        Rule.BadInput("minutesSpent", Rules.OutOfRange,
            () => ticket.SpendTime(note, Ticket.MaxMinutesPerAction + 1, true, Agente1, At("2026-03-02 09:00")));
    }

    [Fact] // A service that asks for the time refuses an action without it, unless the action came by e-mail
    public void A_service_that_requires_the_time_refuses_an_action_without_it_but_not_a_mail()
    {
        var service = new Service("Gestión documental").WithId(9);
        service.RequireTimeSpent(true);
        var ticket = Ticket.Register("REQ 2026-000009",
            new TicketRegistration(TicketType.Request, "Acceso al archivo", "Necesito permisos.", Origin.Portal,
                Usuario1User, null, service, null, Level.Medium, Level.Medium, []),
            PriorityMatrix.Default, Usuario1, At("2026-03-02 08:00"));
        var note = ticket.AddNote("Revisión de permisos.", false, Agente1, At("2026-03-02 09:00"));

        Rule.BadInput("minutesSpent", Rules.TimeSpentRequired, () => ticket.SpendTime(note, null, true, Agente1, At("2026-03-02 09:00")));
        ticket.SpendTime(note, null, askable: false, Agente1, At("2026-03-02 09:00"));
        Assert.Equal(0, ticket.MinutesSpent);
    }
}
