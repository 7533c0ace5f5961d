using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Tickets;

public sealed class NoticeTests
{
    private static readonly HashSet<long> MesaMembers = [Agente1.Id];

    [Fact] // Guía §15.1: Notificar writes to the ticket's people; the message stays as an action, one e-mail each
    public void A_notice_to_the_requester_is_a_published_action_with_one_mail_per_recipient()
    {
        var ticket = A.Ticket().Informing(Usuario2User).AssignedTo(MesaDeServicio, Agente1User).Build();
        var version = ticket.Version;

        var action = ticket.SendNotice("Estado de su solicitud", "Adjuntamos el informe.", [Usuario1.Id, Usuario2.Id],
            MesaMembers, null, Agente1, At("2026-03-02 10:00"));

        Assert.Equal((TicketActionKind.Notice, true), (action.Kind, action.Published));
        var mails = ticket.Notifications.Where(n => n.Kind == NotificationKind.Notice).ToList();
        Assert.Equal([Usuario1.Id, Usuario2.Id], mails.Select(n => n.RecipientUserId!.Value));
        Assert.All(mails, n => Assert.Equal("Estado de su solicitud", n.Subject));
        Assert.Equal(version + 1, ticket.Version);
    }

    [Fact] // Sent only among staff, the message is not shown in the portal
    public void A_notice_only_to_the_group_is_internal()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();

        var action = ticket.SendNotice("Revisión", "¿Alguien conoce este error?", [Agente1.Id], MesaMembers, null,
            Supervisor1, At("2026-03-02 10:00"));

        Assert.False(action.Published);
    }

    [Fact] // "Seleccione el destinatario": only people of the ticket, and at least one; a closed ticket may still be reported on
    public void A_notice_needs_recipients_of_the_ticket()
    {
        var ticket = A.Ticket().ResolvedBy(Agente1).Build();
        ticket.Confirm(true, 5, null, Usuario1, At("2026-03-02 11:00"));

        Rule.BadInput("recipients", Rules.NoticeNeedsRecipient,
            () => ticket.SendNotice("Asunto", "Texto", [], MesaMembers, null, Agente1, At("2026-03-02 12:00")));
        Rule.BadInput("recipients", Rules.NoticeOnlyTicketPeople,
            () => ticket.SendNotice("Asunto", "Texto", [Usuario2.Id], MesaMembers, null, Agente1, At("2026-03-02 12:00")));
        Rule.BadInput("subject", Rules.Required,
            () => ticket.SendNotice(" ", "Texto", [Usuario1.Id], MesaMembers, null, Agente1, At("2026-03-02 12:00")));
        var sent = ticket.SendNotice("Informe final", "Adjuntamos el informe.", [Usuario1.Id], MesaMembers, null, Agente1,
            At("2026-03-02 12:00"));
        Assert.Equal(TicketState.Closed, ticket.State);
        Assert.Equal(TicketActionKind.Notice, sent.Kind);
    }
}
