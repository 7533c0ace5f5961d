using Mesa.Core.Mail;
using Mesa.Core.Sla;
using Mesa.Core.Tests.Sla;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Tickets;

/// <summary>Guía §14.2 "Fecha resolución" and "caduca", on the ticket itself.</summary>
public sealed class TicketSlaTests
{
    private static readonly Substate PendingUser = Substate(Substates.PendingUser);
    private static readonly Substate UserReplied = Substate(Substates.UserReplied);

    /// <summary>An assigned medium-priority ticket registered Monday 2 March 2026 at 08:00, under "SLA TI - 24 HORAS".</summary>
    private static Ticket Assigned()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();
        ticket.ChangeImpactAndUrgency(Level.Medium, Level.Medium, PriorityMatrix.Default, Agente1, At("2026-03-02 08:00"));
        Apply(ticket, At("2026-03-02 08:00"));
        return ticket;
    }

    private static void Apply(Ticket ticket, DateTimeOffset at)
    {
        ticket.ApplySlaTerms(Sla24, PrimerNivelCalendar, Agente1, at);
        ticket.RecomputeDueDates(Calendars.PrimerNivel, 0.75);
    }

    [Fact] // Guía §14.2: registro + tiempo del ANS en horas hábiles del calendario
    public void The_due_dates_are_the_targets_in_working_time_from_registration()
    {
        var ticket = Assigned();

        Assert.Equal((120, 1440), (ticket.ResponseTargetMinutes!.Value, ticket.ResolutionTargetMinutes!.Value));
        Assert.Equal(At("2026-03-02 10:00"), ticket.ResponseDueAt);
        // Mon 8 h + Tue 9 h + Wed 07–12 and 13–15.
        Assert.Equal(At("2026-03-04 15:00"), ticket.ResolutionDueAt);
        Assert.Equal(ticket.ResolutionDueAt, ticket.OriginalResolutionDueAt);
    }

    [Fact] // Guía §10 and §14.2: time pending the user's answer pushes the due date; the original stays beside it
    public void Waiting_for_the_user_pushes_the_due_date_by_the_working_time_waited()
    {
        var ticket = Assigned();

        ticket.AskUser("¿Qué mensaje muestra?", PendingUser, Agente1, At("2026-03-02 09:00"));
        Apply(ticket, At("2026-03-02 09:00"));
        Assert.True(ticket.ClockStopped);
        Assert.Null(ticket.ResolutionDueAt); // while the clock stands still there is no due date

        ticket.Reply("Atasco de papel.", UserReplied, Usuario1, At("2026-03-03 09:00"));
        Apply(ticket, At("2026-03-03 09:00"));

        Assert.False(ticket.ClockStopped);
        // Nine working hours waited (Mon 09–12, 13–17; Tue 07–09): Wed 15:00 becomes Thu 15:00.
        Assert.Equal(At("2026-03-05 15:00"), ticket.ResolutionDueAt);
        Assert.Equal(At("2026-03-04 15:00"), ticket.OriginalResolutionDueAt);
        Assert.Equal(9 * 60, ticket.StoppedWorkingMinutes);
    }

    [Fact] // A priority change never forgets the time already stopped (a classic bug of other tools)
    public void A_priority_change_keeps_the_time_already_stopped()
    {
        var ticket = Assigned();
        ticket.AskUser("¿Qué mensaje muestra?", PendingUser, Agente1, At("2026-03-02 09:00"));
        ticket.Reply("Atasco de papel.", UserReplied, Usuario1, At("2026-03-03 09:00"));
        Apply(ticket, At("2026-03-03 09:00"));

        ticket.ChangeImpactAndUrgency(Level.High, Level.High, PriorityMatrix.Default, Agente1, At("2026-03-03 09:30"));
        Apply(ticket, At("2026-03-03 09:30"));

        Assert.Equal(480, ticket.ResolutionTargetMinutes);
        // Eight working hours from Monday 08:00, less the wait: Mon 08–09, Tue 09–12 and 13–17.
        Assert.Equal(At("2026-03-03 17:00"), ticket.ResolutionDueAt);
        Assert.Contains(ticket.Events, e => e.Kind == TicketEventKind.SlaChanged);
    }

    [Fact] // Guía §14.4: the wait for the user's confirmation does not count; "Incorrecta" resumes the clock
    public void Time_waiting_for_confirmation_does_not_count_after_a_reopening()
    {
        var ticket = Assigned();
        ticket.SignSolution("Se liberó la cola.", Agente1, At("2026-03-02 10:00"));
        Apply(ticket, At("2026-03-02 10:00"));
        Assert.True(ticket.ClockStopped);

        ticket.Confirm(false, null, "Sigue fallando.", Usuario1, At("2026-03-03 10:00"));
        Apply(ticket, At("2026-03-03 10:00"));

        Assert.False(ticket.ClockStopped);
        Assert.Equal(At("2026-03-05 15:00"), ticket.ResolutionDueAt);
    }

    [Fact] // The same history always gives the same dates
    public void Recomputing_twice_gives_the_same_dates()
    {
        var ticket = Assigned();
        ticket.SetSubstate(Substate("pending-vendor"), "Repuesto pedido.", Agente1, At("2026-03-02 11:00"));
        ticket.SetSubstate(null, "Llegó.", Agente1, At("2026-03-06 11:00"));
        Apply(ticket, At("2026-03-06 11:00"));
        var first = (ticket.ResponseDueAt, ticket.ResolutionDueAt);

        Apply(ticket, At("2026-03-06 12:00"));

        Assert.Equal(first, (ticket.ResponseDueAt, ticket.ResolutionDueAt));
    }

    [Fact] // Guía §14.2 "caduca": recorded once, with mail to the agent and the supervisors
    public void A_breach_is_recorded_once_and_tells_the_agent_and_the_supervisors()
    {
        var ticket = Assigned();

        Assert.True(ticket.RecordBreaches(Agente1, At("2026-03-04 16:00")));
        Assert.False(ticket.RecordBreaches(Agente1, At("2026-03-04 16:05")));

        Assert.True(ticket.ResolutionBreached);
        Assert.True(ticket.ResponseBreached);
        Assert.Equal(2, ticket.Events.Count(e => e.Kind == TicketEventKind.SlaBreached));
        Assert.Contains(ticket.Notifications, n => n.Kind == NotificationKind.SlaBreach && n.RecipientUserId == Agente1.Id);
        Assert.Contains(ticket.Notifications, n => n.Kind == NotificationKind.SlaBreach && n.ToSupervisors && n.RecipientGroupId == 1);
    }

    [Fact] // A first response in time is no breach; a late one is recorded when it happens
    public void A_first_response_in_time_is_not_a_breach()
    {
        var ticket = Assigned();
        ticket.RecordFirstResponse("Hola.", Agente1, At("2026-03-02 09:59"));
        Apply(ticket, At("2026-03-02 09:59"));

        Assert.False(ticket.RecordBreaches(Agente1, At("2026-03-02 12:00")));
        Assert.False(ticket.ResponseBreached);
        Assert.Equal(119, ticket.ResponseWorkingMinutes);
    }

    [Fact] // The warning at 75% of the resolution time, once
    public void The_warning_comes_once_at_three_quarters_of_the_resolution_time()
    {
        var ticket = Assigned();

        // 75% of 24 h is 18 h: Mon 8 h, Tue 9 h, Wed 07:00–08:00.
        Assert.Equal(At("2026-03-04 08:00"), ticket.ResolutionWarnAt);
        Assert.False(ticket.WarnNearBreach(Agente1, At("2026-03-04 07:59")));
        Assert.True(ticket.WarnNearBreach(Agente1, At("2026-03-04 08:00")));
        Assert.False(ticket.WarnNearBreach(Agente1, At("2026-03-04 09:00")));
        Assert.Single(ticket.Events, e => e.Kind == TicketEventKind.SlaWarning);
    }
}
