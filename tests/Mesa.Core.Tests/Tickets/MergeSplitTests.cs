using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.Sla;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Tickets;

/// <summary>
/// Guía §14 "Incidencias/peticiones relacionadas": the same fault reported twice is followed once; a ticket that holds
/// two requests becomes two, each against its ANS from when the user asked.
/// </summary>
public sealed class MergeSplitTests
{
    [Fact] // A duplicate closes into the ticket that continues; its people follow that one; both histories say so
    public void Merging_a_duplicate_closes_it_and_its_people_follow_the_other()
    {
        var duplicate = A.Ticket().For(Usuario2User).Informing(Agente3User).Build().WithId(2);
        var target = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build().WithId(1);

        duplicate.MergeInto(target, "Es la misma impresora del piso 3.", Agente1, At("2026-03-02 10:00"));

        Assert.Equal((TicketState.Closed, ClosureResult.Merged, 1L), (duplicate.State, duplicate.ClosureResult, duplicate.MergedIntoId));
        Assert.Equal(At("2026-03-02 10:00"), duplicate.ClosedAt);
        Assert.Equal([Agente3User.Id, Usuario2User.Id], target.InformedUsers.Select(i => i.UserId).Order());
        Assert.All(target.InformedUsers, i => Assert.True(i.OnActions && i.OnResolution && i.OnClosure));
        Assert.Equal(1, duplicate.Links.Single().RelatedTicketId);
        Assert.Equal(2, target.Links.Single().RelatedTicketId);
        var closed = duplicate.Events.Single(e => e.Kind == TicketEventKind.Merged);
        Assert.Equal((Ticket.MergedIntoField, target.Code, "Es la misma impresora del piso 3."), (closed.Field, closed.NewValue, closed.Note));
        var received = target.Events.Single(e => e.Kind == TicketEventKind.MergedHere);
        Assert.Equal((Ticket.MergedFromField, duplicate.Code), (received.Field, received.NewValue));
        // Its requester and informed users learn where the follow-up continues.
        Assert.Equal([Agente3User.Id, Usuario2User.Id],
            duplicate.Notifications.Where(n => n.Kind == NotificationKind.Merged).Select(n => n.RecipientUserId!.Value).Order());
    }

    [Fact] // The requester of the target is not informed on their own ticket; people already informed keep their choices
    public void Merging_keeps_the_targets_requester_and_informed_users_as_they_are()
    {
        var target = A.Ticket().Informing(Usuario2User, onActions: false).Build().WithId(1);
        var duplicate = A.Ticket().Informing(Usuario2User).Build().WithId(2);

        duplicate.MergeInto(target, "Mismo caso.", Agente1, At("2026-03-02 10:00"));

        var informed = Assert.Single(target.InformedUsers);
        Assert.False(informed.OnActions);
    }

    [Fact] // Not into itself, not from or into a finished ticket, and always with a note
    public void A_merge_into_itself_or_with_a_finished_ticket_or_without_a_note_is_refused()
    {
        var open = A.Ticket().Build().WithId(1);
        var other = A.Ticket().Build().WithId(2);
        var finished = A.Ticket().Build().WithId(3);
        finished.Reject("Fuera del alcance.", Agente1, At("2026-03-02 09:00"));

        Rule.Broken(Rules.MergeIntoItself, () => open.MergeInto(open, "Mismo.", Agente1, At("2026-03-02 10:00")));
        Rule.Broken(Rules.MergeFinishedTicket, () => open.MergeInto(finished, "Mismo.", Agente1, At("2026-03-02 10:00")));
        Rule.Broken(Rules.MergeFinishedTicket, () => finished.MergeInto(open, "Mismo.", Agente1, At("2026-03-02 10:00")));
        Rule.Broken(Rules.NoteRequired, () => open.MergeInto(other, " ", Agente1, At("2026-03-02 10:00")));
        Assert.Equal(TicketState.New, open.State);
    }

    [Fact] // The new part counts its clock from the original's registration; both histories name the other
    public void A_split_part_takes_the_original_registration_instant()
    {
        var original = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build().WithId(1);
        var part = Ticket.Register("REQ 2026-000002",
            new TicketRegistration(TicketType.Incident, "Tampoco escanea", "El escáner del piso 3.", Origin.Portal,
                Usuario1User, null, SoporteTecnicoService, Impresoras, Level.Medium, Level.High, []),
            PriorityMatrix.Default, Agente1, At("2026-03-02 11:00"));

        part.ContinueFrom(original, "Son dos equipos distintos.", Agente1, At("2026-03-02 11:00"));

        Assert.Equal((original.CreatedAt, (long?)1), (part.CreatedAt, part.SplitFromId));
        Assert.Equal((Ticket.SplitField, original.Code), (part.Events.Last().Field, part.Events.Last().NewValue));
        Assert.Equal((TicketEventKind.Split, part.Code), (original.Events.Last().Kind, original.Events.Last().NewValue));
    }

    [Fact] // A finished ticket is not split
    public void A_finished_ticket_is_not_split()
    {
        var original = A.Ticket().Build().WithId(1);
        original.Reject("Fuera del alcance.", Agente1, At("2026-03-02 09:00"));
        var part = A.Ticket().Build();

        Rule.Broken(Rules.SplitFinishedTicket, () => part.ContinueFrom(original, "Dos casos.", Agente1, At("2026-03-02 10:00")));
    }
}
