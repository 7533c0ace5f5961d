using Mesa.Core.People;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;

namespace Mesa.DataGenerator;

/// <summary>
/// Lives a ticket's whole life through the domain's own methods, so that states, substates, histories, clock stops
/// and due dates are consistent: old tickets end closed or rejected; recent ones are spread over every state.
/// </summary>
public sealed class TicketFactory(DeskModel desk, Random random, DateTimeOffset now)
{
    private readonly Dictionary<long, Actor> _requesters = desk.Requesters.ToDictionary(r => r.User.Id, r => r.Actor);

    private static readonly string[] ManualSubstates = ["pending-vendor", "in-attention", "device-maintenance", "in-testing", "reported-other-unit"];

    public Ticket Create(string code, DateTimeOffset created)
    {
        var (requesterUser, requester) = desk.Requesters[random.Next(desk.Requesters.Count)];
        var (service, category) = desk.Categories[random.Next(desk.Categories.Count)];
        var byPhone = random.NextDouble() < 0.15;
        var firstLine = desk.FirstLine[random.Next(desk.FirstLine.Count)];
        var (_, registrar) = byPhone ? firstLine.Agents[random.Next(firstLine.Agents.Count)] : (requesterUser, requester);
        var ticket = Ticket.Register(code, new TicketRegistration(
                random.NextDouble() < 0.55 ? TicketType.Request : TicketType.Incident,
                SpanishText.Title(category.Path, random), SpanishText.Description(random),
                byPhone ? Origin.Phone : random.NextDouble() < 0.3 ? Origin.Email : Origin.Portal,
                requesterUser, null, service, category, Pick(), Pick(), []),
            desk.Matrix, registrar, created);
        ticket.ApplySlaTerms(desk.Policy, desk.Calendar, desk.System, created);

        Live(ticket, created, firstLine);

        ticket.RecomputeDueDates(desk.Schedule, 0.75);
        ticket.RecordBreaches(desk.System, now);
        return ticket;
    }

    private void Live(Ticket ticket, DateTimeOffset created,
        (Mesa.Core.Routing.SupportGroup Group, IReadOnlyList<(User User, Actor Actor)> Agents) firstLine)
    {
        var recent = now - created < TimeSpan.FromDays(60);
        var roll = random.NextDouble();
        var end = recent
            ? roll < 0.04 ? TicketState.New : roll < 0.09 ? TicketState.Rejected : roll < 0.54 ? TicketState.Assigned
              : roll < 0.70 ? TicketState.Resolved : TicketState.Closed
            : roll < 0.06 ? TicketState.Rejected : TicketState.Closed;
        var t = created;
        bool Step(int minMinutes, int maxMinutes)
        {
            t = t.AddMinutes(random.Next(minMinutes, maxMinutes));
            return t < now;
        }

        var (agentUser, agent) = firstLine.Agents[random.Next(firstLine.Agents.Count)];
        if (end == TicketState.New) return;
        if (end == TicketState.Rejected)
        {
            if (Step(10, 240)) ticket.Reject("Fuera del catálogo de servicios; debe solicitarse con la plantilla.", agent, t);
            return;
        }

        if (end == TicketState.Closed && random.NextDouble() < 0.15)
        {
            if (Step(3, 30)) ticket.CloseAtFirstLine(SpanishText.Solution(random), agent, t);
            return;
        }

        if (!Step(1, 10)) return;
        ticket.Assign(firstLine.Group, agentUser, "Asignación automática por categoría.", desk.System, t);
        if (random.NextDouble() < 0.8 && Step(5, 240)) ticket.RecordFirstResponse("Hola, ya estamos revisando su caso.", agent, t);
        if (random.NextDouble() < 0.03)
        {
            // Guía §13: the agent gives it back, and the sweep places it again.
            if (!Step(10, 240)) return;
            ticket.RevokeAssignment("No corresponde a este grupo; se devuelve para revisar la categoría.", agent, t);
            if (!Step(5, 10)) return;
            ticket.Assign(firstLine.Group, agentUser, "Asignación automática por categoría.", desk.System, t);
        }

        if (random.NextDouble() < 0.45)
        {
            var second = desk.SecondLine[random.Next(desk.SecondLine.Count)];
            (agentUser, agent) = second.Agents[random.Next(second.Agents.Count)];
            if (!Step(30, 1440)) return;
            ticket.Assign(second.Group, agentUser, "Se agotaron las acciones de primera línea; se escala.", FirstLineActor(firstLine), t);
        }

        for (var n = random.Next(0, 4); n > 0; n--)
        {
            if (!Step(20, 2880)) return;
            ticket.AddNote(SpanishText.Note(random), random.NextDouble() < 0.3, agent, t);
        }

        if (random.NextDouble() < 0.3)
        {
            if (!Step(10, 600)) return;
            ticket.AskUser("¿Podría indicarnos el mensaje de error que aparece?", desk.Substates[Substates.PendingUser], agent, t);
            if (end == TicketState.Assigned && random.NextDouble() < 0.4) return;
            if (!Step(30, 4320)) return;
            ticket.Reply("El mensaje dice que no hay conexión con el servidor.", desk.Substates[Substates.UserReplied],
                ActorOf(ticket), t);
        }

        if (random.NextDouble() < 0.15)
        {
            if (!Step(10, 600)) return;
            var manual = desk.Substates[ManualSubstates[random.Next(ManualSubstates.Length)]];
            ticket.SetSubstate(manual, "Se registra el subestado de la gestión.", agent, t);
            if (end == TicketState.Assigned && random.NextDouble() < 0.5) return;
            if (!Step(60, 10080)) return;
            ticket.SetSubstate(null, "Se retoma la atención.", agent, t);
        }

        if (end == TicketState.Assigned || !Step(30, 4320)) return;
        ticket.SignSolution(SpanishText.Solution(random), agent, t);
        if (end == TicketState.Resolved || !Step(30, 2880)) return;

        if (random.NextDouble() < 0.08)
        {
            ticket.Confirm(false, null, "La solución no funcionó.", ActorOf(ticket), t);
            if (!Step(60, 2880)) return;
            ticket.SignSolution(SpanishText.Solution(random), agent, t);
            if (!Step(30, 2880)) return;
        }

        if (random.NextDouble() < 0.2)
        {
            // Guía §10: nobody answered, and the automatic closure took the solution as accepted.
            if (Step(2880, 7200)) ticket.CloseAutomatically(desk.System, t);
            return;
        }

        var rating = random.NextDouble() < 0.6 ? Rating() : (int?)null;
        var comment = rating is not null && random.NextDouble() < 0.15 ? Comments[random.Next(Comments.Length)] : null;
        ticket.Confirm(true, rating, comment, ActorOf(ticket), t);
    }

    private static readonly string[] Comments =
    [
        "Muy buena atención, gracias.", "Tardaron más de lo esperado.", "El técnico explicó todo con paciencia.",
        "Quedó funcionando, pero tuve que insistir.", "Excelente servicio.",
    ];

    /// <summary>Survey answers as a desk sees them: mostly 4 and 5, a few low ones.</summary>
    private int Rating()
    {
        var roll = random.NextDouble();
        return roll < 0.05 ? 1 : roll < 0.12 ? 2 : roll < 0.3 ? 3 : roll < 0.65 ? 4 : 5;
    }

    private Actor ActorOf(Ticket ticket) => _requesters[ticket.RequesterId];

    private Actor FirstLineActor((Mesa.Core.Routing.SupportGroup Group, IReadOnlyList<(User User, Actor Actor)> Agents) firstLine) =>
        firstLine.Agents[random.Next(firstLine.Agents.Count)].Actor;

    private Level Pick()
    {
        var roll = random.NextDouble();
        return roll < 0.2 ? Level.Low : roll < 0.75 ? Level.Medium : roll < 0.95 ? Level.High : Level.Critical;
    }
}
