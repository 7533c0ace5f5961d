using Mesa.Core.Common;
using Mesa.Core.Sla;
using Mesa.Core.Tests.Sla;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Tickets;

/// <summary>
/// Guía §10: a substate may generate "una parada de reloj y/o una ampliación de la fecha estimada de resolución del
/// ANS"; the desk creates its own. Each stop keeps the flags its substate had, so changing a substate never rewrites
/// a ticket's past.
/// </summary>
public sealed class SubstateFlagsTests
{
    /// <summary>An assigned medium-priority ticket registered Monday 2 March 2026 at 08:00: resolution due Wednesday 15:00.</summary>
    private static Ticket Assigned()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();
        ticket.ChangeImpactAndUrgency(Level.Medium, Level.Medium, PriorityMatrix.Default, Agente1, At("2026-03-02 08:00"));
        Apply(ticket);
        return ticket;
    }

    private static void Apply(Ticket ticket)
    {
        ticket.ApplySlaTerms(Sla24, PrimerNivelCalendar, Agente1, At("2026-03-02 08:00"));
        ticket.RecomputeDueDates(Calendars.PrimerNivel, 0.75);
    }

    /// <summary>
    /// Nine working hours in the substate (Mon 09–12, 13–17; Tue 07–09), then solved Tuesday at 10:00: the due date
    /// as it stood before the solution (the wait for the user's confirmation stops the clock), and the ticket.
    /// </summary>
    private static (DateTimeOffset? Due, Ticket Ticket) WaitedNineHoursIn(Substate substate)
    {
        var ticket = Assigned();
        ticket.SetSubstate(substate, "En espera.", Agente1, At("2026-03-02 09:00"));
        ticket.SetSubstate(null, "Sigue la atención.", Agente1, At("2026-03-03 09:00"));
        Apply(ticket);
        var due = ticket.ResolutionDueAt;
        ticket.SignSolution("Listo.", Agente1, At("2026-03-03 10:00"));
        Apply(ticket);
        return (due, ticket);
    }

    private static Substate Own(bool stopsClock, bool extendsDueDate) =>
        new Substate("pendiente-compras", "Pendiente compras", "", stopsClock, automatic: false, extendsDueDate).WithId(90);

    [Fact]
    public void A_substate_that_stops_the_clock_and_extends_the_date_does_both_as_the_guide_s_do()
    {
        var (due, ticket) = WaitedNineHoursIn(Own(stopsClock: true, extendsDueDate: true));

        Assert.Equal(At("2026-03-05 15:00"), due);
        // Mon 08–09 and Tue 09–10: two working hours counted.
        Assert.Equal(120, ticket.ResolutionWorkingMinutes);
    }

    [Fact]
    public void A_substate_that_only_extends_the_date_moves_it_but_counts_the_time_worked()
    {
        var (due, ticket) = WaitedNineHoursIn(Own(stopsClock: false, extendsDueDate: true));

        Assert.Equal(At("2026-03-05 15:00"), due);
        Assert.Equal(11 * 60, ticket.ResolutionWorkingMinutes);
        Assert.Equal(0, ticket.StoppedWorkingMinutes);
    }

    [Fact]
    public void A_substate_that_only_stops_the_clock_leaves_the_date_where_it_was()
    {
        var (due, ticket) = WaitedNineHoursIn(Own(stopsClock: true, extendsDueDate: false));

        Assert.Equal(At("2026-03-04 15:00"), due);
        Assert.Equal(120, ticket.ResolutionWorkingMinutes);
        Assert.Equal(9 * 60, ticket.StoppedWorkingMinutes);
    }

    [Fact] // "Changing a flag never rewrites the past"
    public void Changing_a_substate_s_flags_later_keeps_the_stops_already_recorded()
    {
        var substate = Own(stopsClock: true, extendsDueDate: true);
        var (_, ticket) = WaitedNineHoursIn(substate);
        var before = (ticket.ResolutionDueAt, ticket.ResolutionWorkingMinutes, ticket.StoppedWorkingMinutes);

        substate.SetClockFlags(stopsClock: false, extendsDueDate: false);
        Apply(ticket);

        Assert.Equal(before, (ticket.ResolutionDueAt, ticket.ResolutionWorkingMinutes, ticket.StoppedWorkingMinutes));
        Assert.Equal(120, ticket.ResolutionWorkingMinutes);
    }

    [Fact]
    public void An_informative_substate_is_no_stop_at_all()
    {
        var (due, ticket) = WaitedNineHoursIn(Own(stopsClock: false, extendsDueDate: false));

        Assert.DoesNotContain(ticket.ClockStops, s => s.Reason != ClockStop.Resolved);
        Assert.Equal(At("2026-03-04 15:00"), due);
    }

    [Fact]
    public void A_substate_of_new_tickets_is_not_chosen_on_an_assigned_one()
    {
        var ticket = Assigned();
        var ofNew = new Substate("en-triaje", "En triaje", "", false, automatic: false, state: TicketState.New).WithId(91);

        var refused = Assert.Throws<DomainException>(() => ticket.SetSubstate(ofNew, "Triaje.", Agente1, At("2026-03-02 09:00")));

        Assert.Equal(Rules.SubstateOfOtherState, refused.Rule);
    }

    [Fact] // Guía §10: the automatic ones are how Mesa records a question and its answer
    public void The_guide_s_automatic_substates_are_never_retired()
    {
        var pendingUser = Substate(Substates.PendingUser);

        Assert.Throws<DomainException>(() => pendingUser.SetActive(false));
        Assert.True(pendingUser.Active);
    }
}
