using Mesa.Core.Common;
using Mesa.Core.Routing;
using Mesa.Core.Tickets;

namespace Mesa.Core.Catalog.Import;

/// <summary>The words a spreadsheet holds for the enumerated columns, in Spanish or as the API writes them.</summary>
public static class ImportValues
{
    public static bool Active(string column, string? value) => Word(column, value, true, new()
    {
        ["si"] = true,
        ["s"] = true,
        ["activo"] = true,
        ["true"] = true,
        ["1"] = true,
        ["yes"] = true,
        ["no"] = false,
        ["n"] = false,
        ["inactivo"] = false,
        ["false"] = false,
        ["0"] = false,
    });

    public static int Tier(string column, string? value) => Word(column, value, 0, new()
    {
        ["1"] = 1,
        ["primera"] = 1,
        ["primera linea"] = 1,
        ["2"] = 2,
        ["segunda"] = 2,
        ["segunda linea"] = 2,
    }) is var tier and > 0 ? tier : throw new InputException(column, Rules.Required);

    public static AssignmentMode Mode(string column, string? value) => Word(column, value, AssignmentMode.RoundRobin, new()
    {
        ["rotacion"] = AssignmentMode.RoundRobin,
        ["round-robin"] = AssignmentMode.RoundRobin,
        ["menor carga"] = AssignmentMode.LeastLoaded,
        ["least-loaded"] = AssignmentMode.LeastLoaded,
        ["solo grupo"] = AssignmentMode.GroupOnly,
        ["group-only"] = AssignmentMode.GroupOnly,
    });

    public static TicketType? Type(string column, string? value) => Word<TicketType?>(column, value, null, new()
    {
        ["incidencia"] = TicketType.Incident,
        ["incident"] = TicketType.Incident,
        ["peticion"] = TicketType.Request,
        ["request"] = TicketType.Request,
    });

    public static GroupRole Role(string column, string? value) => Word(column, value, GroupRole.Member, new()
    {
        ["miembro"] = GroupRole.Member,
        ["agente"] = GroupRole.Member,
        ["member"] = GroupRole.Member,
        ["supervisor"] = GroupRole.Supervisor,
    });

    /// <summary>"Calificada", "Publicada": an empty cell is no.</summary>
    public static bool Yes(string column, string? value) => Word(column, value, false, new()
    {
        ["si"] = true,
        ["s"] = true,
        ["true"] = true,
        ["1"] = true,
        ["yes"] = true,
        ["no"] = false,
        ["n"] = false,
        ["false"] = false,
        ["0"] = false,
    });

    /// <summary>The states of the guide (§10) as ProactivaNET's listings write them.</summary>
    public static TicketState State(string column, string value) => Word(column, value, TicketState.New, new()
    {
        ["nueva"] = TicketState.New,
        ["asignada"] = TicketState.Assigned,
        ["asignada a un grupo"] = TicketState.Assigned,
        ["asignada a un tecnico"] = TicketState.Assigned,
        ["asignada a un agente"] = TicketState.Assigned,
        ["en curso"] = TicketState.Assigned,
        ["resuelta"] = TicketState.Resolved,
        ["cerrada"] = TicketState.Closed,
        ["rechazada"] = TicketState.Rejected,
    });

    /// <summary>The kinds of action of the guide (§14.3) as ProactivaNET writes them.</summary>
    public static TicketActionKind ActionKind(string column, string value) => Word(column, value, TicketActionKind.Note, new()
    {
        ["1a respuesta usuario"] = TicketActionKind.FirstResponse,
        ["1ª respuesta usuario"] = TicketActionKind.FirstResponse,
        ["primera respuesta"] = TicketActionKind.FirstResponse,
        ["pregunta al usuario"] = TicketActionKind.Question,
        ["respuesta de tecnico"] = TicketActionKind.TechnicianAnswer,
        ["nota"] = TicketActionKind.Note,
        ["anotacion"] = TicketActionKind.Note,
        ["accion"] = TicketActionKind.Note,
        ["firma solucion"] = TicketActionKind.Solution,
        ["solucion"] = TicketActionKind.Solution,
        ["respuesta del usuario"] = TicketActionKind.UserReply,
        ["comentario del usuario"] = TicketActionKind.UserReply,
        ["notificar"] = TicketActionKind.Notice,
        ["correo"] = TicketActionKind.Notice,
        ["soporte remoto"] = TicketActionKind.RemoteSupport,
    });

    private static T Word<T>(string column, string? value, T empty, Dictionary<string, T> words)
    {
        if (value is null) return empty;
        return words.TryGetValue(SearchText.Fold(value).Trim(), out var found)
            ? found
            : throw new InputException(column, Rules.ImportInvalidWord, value, string.Join(", ", words.Keys));
    }
}
