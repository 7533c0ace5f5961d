using Mesa.Core.Common;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Tickets;

public sealed class RelatedTicketsTests
{
    [Fact] // Guía §14 Información adicional: a relation shows on both tickets and in both histories
    public void Relating_two_tickets_shows_on_both()
    {
        var first = A.Ticket().Build().WithId(1);
        var second = A.Ticket().For(Usuario2User).Build().WithId(2);

        first.Relate(second, Agente1, At("2026-03-02 09:00"));

        Assert.Equal(2, first.Links.Single().RelatedTicketId);
        Assert.Equal(1, second.Links.Single().RelatedTicketId);
        Assert.Equal((Ticket.RelatedField, second.Code), (first.Events.Last().Field, first.Events.Last().NewValue));
        Assert.False(second.Events.Last().Published);
    }

    [Fact] // The relation is undone on both sides
    public void Unrelating_removes_the_relation_from_both()
    {
        var first = A.Ticket().Build().WithId(1);
        var second = A.Ticket().Build().WithId(2);
        first.Relate(second, Agente1, At("2026-03-02 09:00"));

        second.Unrelate(first, Agente1, At("2026-03-02 09:05"));

        Assert.Empty(first.Links);
        Assert.Empty(second.Links);
        Assert.Equal((first.Code, (string?)null), (second.Events.Last().OldValue, second.Events.Last().NewValue));
    }

    [Fact] // Not with itself, not twice, not by a requester
    public void A_relation_to_itself_twice_or_by_a_requester_is_refused()
    {
        var first = A.Ticket().Build().WithId(1);
        var second = A.Ticket().Build().WithId(2);
        first.Relate(second, Agente1, At("2026-03-02 09:00"));

        Rule.BadInput("code", Rules.RelateToItself, () => first.Relate(first, Agente1, At("2026-03-02 09:01")));
        Rule.BadInput("code", Rules.AlreadyRelated, () => second.Relate(first, Agente1, At("2026-03-02 09:01")));
        Rule.Broken(Rules.StaffOnly, () => first.Unrelate(second, Usuario1, At("2026-03-02 09:01")));
    }
}
