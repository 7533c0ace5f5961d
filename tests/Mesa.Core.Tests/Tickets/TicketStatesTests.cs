using Mesa.Core.Tickets;

namespace Mesa.Core.Tests.Tickets;

public sealed class TicketStatesTests
{
    [Theory] // Guía §10: Rechazada and Cerrada are final
    [InlineData(TicketState.Rejected)]
    [InlineData(TicketState.Closed)]
    public void Final_states_have_no_way_out(TicketState final) =>
        Assert.All(Enum.GetValues<TicketState>(), to => Assert.False(TicketStates.CanMove(final, to)));

    [Fact] // Guía §13: the only way to Rechazada is from Nueva
    public void Only_new_tickets_are_rejected() =>
        Assert.Equal([TicketState.New],
            Enum.GetValues<TicketState>().Where(from => TicketStates.CanMove(from, TicketState.Rejected)));

    [Fact] // Guía §14.3: the only way to Resuelta is the signature on an assigned ticket
    public void Only_assigned_tickets_are_resolved() =>
        Assert.Equal([TicketState.Assigned],
            Enum.GetValues<TicketState>().Where(from => TicketStates.CanMove(from, TicketState.Resolved)));

    [Fact] // Guía §10 and the listing "En curso": Nueva, Asignada and Resuelta are open
    public void Open_states_are_new_assigned_and_resolved() =>
        Assert.Equal([TicketState.New, TicketState.Assigned, TicketState.Resolved],
            Enum.GetValues<TicketState>().Where(TicketStates.IsOpen));

    [Fact] // Guía §10: the fifteen substates, with the clock stops the guide gives
    public void The_guide_has_fifteen_substates_and_seven_of_them_stop_the_clock()
    {
        Assert.Equal(15, Substates.Guide.Count);
        Assert.Equal(15, Substates.Guide.Select(s => s.Code).Distinct().Count());
        Assert.Equal(8, Substates.Guide.Count(s => s.StopsClock));
        Assert.Equal([Substates.PendingUser, Substates.UserReplied],
            Substates.Guide.Where(s => s.Automatic).Select(s => s.Code));
    }
}
