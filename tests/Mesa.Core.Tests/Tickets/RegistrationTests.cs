using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.Sla;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Tickets;

public sealed class RegistrationTests
{
    [Fact] // Guía §10 "Nueva": estado inicial al registrarse, con su número consecutivo único
    public void A_registered_ticket_is_new_with_its_code_and_a_first_line_of_history()
    {
        var ticket = A.Ticket().Build();

        Assert.Equal(TicketState.New, ticket.State);
        Assert.Equal("REQ 2026-000001", ticket.Code);
        var created = Assert.Single(ticket.Events, e => e.Kind == TicketEventKind.Created);
        Assert.Equal(TicketState.New, created.ToState);
        Assert.True(created.Published);
        Assert.Equal(Usuario1.Id, created.ActorId);
    }

    [Fact] // Guía §9: el usuario recibe por correo la confirmación con el número de requerimiento
    public void Registration_queues_the_confirmation_for_the_requester_and_the_informed_users_who_asked_for_it()
    {
        var ticket = A.Ticket().Informing(Usuario2User, onCreation: true).Informing(Agente3User, onCreation: false).Build();

        var registration = ticket.Notifications.Where(n => n.Kind == NotificationKind.Registration).ToList();
        Assert.Equal([Usuario1.Id, Usuario2.Id], registration.Select(n => n.RecipientUserId!.Value).Order());
        Assert.All(registration, n => Assert.Equal(NotificationStatus.Pending, n.Status));
        Assert.Contains(ticket.Events, e => e.Kind == TicketEventKind.NotificationQueued);
    }

    [Fact] // Guía §14.2 "Prioridad: Medio (Impacto * Urgencia)"
    public void The_priority_comes_from_the_impact_by_urgency_matrix()
    {
        var ticket = A.Ticket().Build();

        Assert.Equal(PriorityMatrix.Default.PriorityOf(Level.Medium, Level.High), ticket.Priority);
        ticket.ChangeImpactAndUrgency(Level.Critical, Level.Critical, PriorityMatrix.Default, Agente1, At("2026-03-02 08:10"));
        Assert.Equal(Level.Critical, ticket.Priority);
        Assert.Contains(ticket.Events, e => e.Field == "Priority" && e.NewValue == "Critical");
    }

    [Fact] // Guía §14.2 "Otros usuarios informados": the requester is never listed twice
    public void The_requester_is_not_among_the_informed_users()
    {
        var ticket = A.Ticket().Informing(Usuario1User).Informing(Usuario2User).Build();

        Assert.Equal([Usuario2.Id], ticket.InformedUsers.Select(i => i.UserId));
    }

    [Fact] // Guía §14.2 "Servicio / Categoría": a category belongs to its service
    public void A_category_of_another_service_is_bad_input()
    {
        var ticket = A.Ticket().Build();

        Rule.BadInput(nameof(Ticket.Category), Rules.UnknownCategory,
            () => ticket.Reclassify(SoporteTecnicoService, Misionales, Agente1, At("2026-03-02 08:10")));
        Assert.Equal(Impresoras.Id, ticket.CategoryId);
    }

    [Fact] // Guía §14: a registered ticket is never deleted
    public void A_registered_ticket_cannot_be_deleted() =>
        Rule.Broken(Rules.RegisteredTicketCannotBeDeleted, Ticket.RefuseDeletion);

    [Fact] // Guía §14.1: every change is a line of the history, and a new version
    public void Each_change_gives_the_ticket_a_new_version()
    {
        var ticket = A.Ticket().Build();
        var before = ticket.Version;

        ticket.ChangeTitle("La impresora del piso 3 no imprime", Agente1, At("2026-03-02 08:10"));

        Assert.True(ticket.Version > before);
        var change = Assert.Single(ticket.Events, e => e.Kind == TicketEventKind.FieldChanged);
        Assert.Equal(("Title", "La impresora no imprime", "La impresora del piso 3 no imprime"),
            (change.Field, change.OldValue, change.NewValue));
    }

    [Fact] // Guía §14.1: the history records changes, not saves
    public void An_unchanged_field_writes_no_history()
    {
        var ticket = A.Ticket().Build();
        var before = (ticket.Version, ticket.Events.Count);

        ticket.ChangeTitle("La impresora no imprime", Agente1, At("2026-03-02 08:10"));

        Assert.Equal(before, (ticket.Version, ticket.Events.Count));
    }
}
