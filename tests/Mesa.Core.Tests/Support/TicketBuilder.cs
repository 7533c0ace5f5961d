using Mesa.Core.Catalog;
using Mesa.Core.People;
using Mesa.Core.Routing;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Support;

public static class A
{
    public static TicketBuilder Ticket() => new();
}

/// <summary>Builds a ticket in the state a test starts from, through the ticket's own methods.</summary>
public sealed class TicketBuilder
{
    private User _requester = Usuario1User;
    private readonly List<InformedUser> _informed = [];
    private (SupportGroup Group, User? Agent)? _assignment;
    private bool _resolvedBy;
    private Actor _signer = Agente1;
    private FieldAnswer[] _answers = [];

    public TicketBuilder For(User requester)
    {
        _requester = requester;
        return this;
    }

    public TicketBuilder Informing(User user, bool onCreation = true, bool onActions = true, bool onResolution = true,
        bool onClosure = true)
    {
        _informed.Add(new InformedUser(user.Id, onCreation, onActions, onResolution, onClosure));
        return this;
    }

    public TicketBuilder WithAnswers(params FieldAnswer[] answers)
    {
        _answers = answers;
        return this;
    }

    public TicketBuilder AssignedTo(SupportGroup group, User? agent = null)
    {
        _assignment = (group, agent);
        return this;
    }

    public TicketBuilder ResolvedBy(Actor signer)
    {
        _resolvedBy = true;
        _signer = signer;
        return this;
    }

    public Ticket Build()
    {
        var by = new Actor(_requester.Id, _requester.UserName!, new HashSet<string> { Roles.Requester },
            new HashSet<long>(), new HashSet<long>(), false);
        var ticket = Mesa.Core.Tickets.Ticket.Register("REQ 2026-000001",
            new TicketRegistration(TicketType.Incident, "La impresora no imprime", "Quedan en cola.", Origin.Portal,
                _requester, null, SoporteTecnicoService, Impresoras, Level.Medium, Level.High, _informed,
                Fields: _answers),
            PriorityMatrix.Default, by, At("2026-03-02 08:00"));
        if (_assignment is { } a || _resolvedBy)
        {
            var (group, agent) = _assignment ?? (MesaDeServicio, Agente1User);
            ticket.Assign(group, agent, "Asignación automática por categoría.", Agente1, At("2026-03-02 08:05"));
        }

        if (_resolvedBy) ticket.SignSolution("Se reinició la cola de impresión.", _signer, At("2026-03-02 09:00"));
        return ticket;
    }
}
