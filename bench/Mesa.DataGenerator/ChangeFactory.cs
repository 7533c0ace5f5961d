using Mesa.Core.Changes;
using Mesa.Core.People;

namespace Mesa.DataGenerator;

/// <summary>
/// Lives a change's life through the domain's own methods: registered by a second-line agent for their group, with a
/// work team and a committee of three; old changes end closed (or rejected); recent ones are spread over every state,
/// so that the panel's five views have something to count.
/// </summary>
public sealed class ChangeFactory(DeskModel desk, Random random, DateTimeOffset now)
{
    private static readonly string[] Titles =
    [
        "Actualizar el servidor de correo", "Cambiar el switch del piso", "Renovar el certificado del portal",
        "Migrar la base de datos de nómina", "Ampliar el almacenamiento de archivos", "Parche de seguridad del sistema operativo",
        "Cambiar el proveedor de internet de la sede", "Nueva versión del sistema misional",
    ];

    public ChangeRequest Create(string code, DateTimeOffset created)
    {
        var (group, agents) = desk.SecondLine[random.Next(desk.SecondLine.Count)];
        var (agentUser, agent) = agents[random.Next(agents.Count)];
        var other = desk.SecondLine[random.Next(desk.SecondLine.Count)].Group;
        var type = random.NextDouble() switch { < 0.3 => ChangeType.Standard, < 0.9 => ChangeType.Normal, _ => ChangeType.Emergency };
        var approvers = desk.SecondLine.SelectMany(g => g.Agents).OrderBy(_ => random.Next()).Take(3).Select(a => a.User.Id).ToList();
        var start = created.AddDays(random.Next(2, 20)).AddHours(random.Next(0, 24));
        var (service, category) = desk.Categories[random.Next(desk.Categories.Count)];
        var change = new ChangeRequest(code, new ChangeRequestForm(Titles[random.Next(Titles.Length)], SpanishText.Description(random),
            type, (ChangeRisk)random.Next(3), "Aplicar en la ventana según el procedimiento.", "Volver a la configuración anterior.",
            start, start.AddHours(random.Next(1, 6)), type == ChangeType.Standard ? [] : approvers,
            random.NextDouble() < 0.5 ? ApprovalRule.Majority : ApprovalRule.All)
        {
            Service = service,
            Category = category,
            Group = group,
            Agent = agentUser,
            TeamAgents = [agents[random.Next(agents.Count)].User],
            TeamGroups = random.NextDouble() < 0.5 ? [other] : [],
        }, agent, created);
        Live(change, type, approvers, agent, created);
        return change;
    }

    private void Live(ChangeRequest change, ChangeType type, IReadOnlyList<long> approvers, Actor agent, DateTimeOffset created)
    {
        var recent = now - created < TimeSpan.FromDays(90);
        // A recent change stops somewhere along its life; an old one has lived all of it.
        var steps = recent ? random.Next(0, 9) : int.MaxValue;
        var t = created;
        bool Next()
        {
            t = t.AddHours(random.Next(1, 48));
            return t < now;
        }

        if (steps-- <= 0 || !Next()) return;
        change.Evaluate("Impacto revisado con el dueño del servicio.", agent, t);
        if (steps-- <= 0 || !Next()) return;
        change.Submit("Listo para el comité.", agent, t);
        if (type != ChangeType.Standard)
        {
            var rejects = random.NextDouble() < 0.1;
            foreach (var approver in approvers)
            {
                if (change.State != ChangeState.AwaitingApproval || (steps-- <= 0 && recent) || !Next()) break;
                change.Decide(approver, rejects ? ApprovalDecision.Reject : ApprovalDecision.Approve,
                    rejects ? "Falta el plan de pruebas." : "De acuerdo.", t);
            }
        }

        foreach (var to in new[] { ChangeState.Scheduled, ChangeState.InProgress, ChangeState.Implemented, ChangeState.Reviewed, ChangeState.Closed })
        {
            if (!ChangeRequest.StepsAfter(change.State, type).Contains(to)) continue;
            if (steps-- <= 0 || !Next()) return;
            change.Transition(to, "Paso del cambio.", to == ChangeState.Reviewed ? ReviewOutcome.Successful : null, [], agent, t);
            if (change.State == ChangeState.Closed) return;
        }
    }
}
