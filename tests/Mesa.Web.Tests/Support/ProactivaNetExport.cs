using System.Globalization;
using System.Text;

namespace Mesa.Web.Tests.Support;

/// <summary>
/// Exports shaped like ProactivaNET's *En curso* listing (tab-separated, as the guide shows it, Guía §11) and the
/// actions of its tickets, made from the demo set's people, groups, catalogue and substates: every state of the guide,
/// substates, ratings, solutions, people written "Apellidos, Nombres". For the import's tests and its benchmark.
/// </summary>
public static class ProactivaNetExport
{
    public const string TicketsHeader = "Código\tEstado\tFecha de registro\tFecha estimada resolución\tTítulo\tCategoría\tDescripción\t" +
                                        "Técnico de P. Mesa\tNotificado por\tGrupo\tCalificada\tSolución para el usuario";

    public const string ActionsHeader = "Código\tFecha\tTipo de acción\tTécnico\tDescripción\tPublicada";

    public sealed record Export(string Tickets, string Actions, int TicketCount, int ActionCount);

    private static readonly string[] Categories =
    [
        "Sistemas de Información Misionales/SIGEP", "Soporte Técnico/Hardware/Impresoras", "Redes/VPN", "Sistemas de Información",
    ];

    private static readonly string[] Requesters = ["Londoño Londoño, Sergio", "Quintero Perdomo, Marcela", "usuario1"];

    /// <summary>
    /// <paramref name="count"/> tickets registered over <paramref name="days"/> days from the start of
    /// <paramref name="year"/> (before the tests' clock), numbered from <paramref name="firstNumber"/>, with one to three
    /// actions each once placed.
    /// </summary>
    public static Export Generate(int count, string prefix = "REIO", int year = 2025, int firstNumber = 1, int days = 360)
    {
        var tickets = new StringBuilder(TicketsHeader).Append('\n');
        var actions = new StringBuilder(ActionsHeader).Append('\n');
        var actionCount = 0;
        var start = new DateTime(year, 1, 2, 8, 0, 0);
        var step = days * 24.0 * 60 / Math.Max(count, 1);
        for (var i = 0; i < count; i++)
        {
            var code = $"{prefix} {year}-{firstNumber + i:D6}";
            var registered = start.AddMinutes(Math.Floor(i * step));
            var (state, group, technician) = (i % 10) switch
            {
                0 => ("Nueva", "", ""),
                1 or 2 or 3 => ("Asignada a un grupo", "Mesa de Servicio", "Gómez Rincón, Laura"),
                4 => ("Asignada a un grupo - En atención", "Soporte Técnico", "Martínez Cano, Andrés"),
                5 => ("Asignada a un grupo - Pendiente proveedor externo", "Soporte Técnico", "agente3"),
                6 => ("Resuelta", "Mesa de Servicio", "Gómez Rincón, Laura"),
                7 or 8 => ("Cerrada", "Soporte Técnico", "Martínez Cano, Andrés"),
                _ => ("Rechazada", "Mesa de Servicio", "Gómez Rincón, Laura"),
            };
            var due = i % 7 == 0 ? "" : Date(registered.AddDays(5));
            var solution = state is "Resuelta" or "Cerrada" ? "Se restableció el acceso y el usuario pudo ingresar." :
                state == "Rechazada" ? "Fuera del catálogo de servicios." : "";
            tickets.AppendJoin('\t', code, state, Date(registered), due, $"Solicitud {i + 1}: no puedo ingresar al aplicativo",
                    Categories[i % Categories.Length],
                    "Buenas tardes. Me permito indicar que al ingresar al aplicativo aparece un error; agradezco su colaboración.",
                    technician, Requesters[i % Requesters.Length], group, i % 10 == 7 ? "Sí" : "No", solution)
                .Append('\n');

            if (group.Length == 0 || state == "Rechazada") continue;
            actions.AppendJoin('\t', code, Date(registered.AddHours(1)), "1ª Respuesta usuario", technician,
                "Buenos días, ya estamos revisando su caso.", "Sí").Append('\n');
            actionCount++;
            if (i % 3 == 0)
            {
                actions.AppendJoin('\t', code, Date(registered.AddHours(2)), "Nota", technician, "Se revisó el registro del usuario.", "No")
                    .Append('\n');
                actionCount++;
            }

            if (state == "Cerrada")
            {
                actions.AppendJoin('\t', code, Date(registered.AddDays(1)), "Firma solución", technician, solution, "Sí").Append('\n');
                actionCount++;
            }
        }

        return new Export(tickets.ToString(), actions.ToString(), count, actionCount);
    }

    public static string Date(DateTime local) => local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
