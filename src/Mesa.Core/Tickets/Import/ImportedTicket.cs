using Mesa.Core.Sla;

namespace Mesa.Core.Tickets.Import;

/// <summary>
/// A ticket as the desk before Mesa left it (the *En curso* listing of ProactivaNET, Guía §11), every name already
/// found in Mesa: who asked, who worked it, in which group, under which service and category, in which state.
/// </summary>
/// <param name="SourceState">The state as the old desk wrote it ("Asignada a un grupo - En atención"), kept in the history.</param>
/// <param name="ResolutionDueAt">"Fecha estimada resolución": kept as the ticket's resolution due date.</param>
/// <param name="Rated">"Calificada": whether the user answered the old desk's survey (its score is not exported).</param>
/// <param name="Solution">"Solución para el usuario".</param>
/// <param name="Terms">The ANS Mesa's catalogue gives the classification, when it gives one.</param>
public sealed record ImportedTicket(
    string Code,
    TicketType Type,
    TicketState State,
    string SourceState,
    Substate? Substate,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? ResolutionDueAt,
    string Title,
    string Description,
    long? ServiceId,
    long? CategoryId,
    long RequesterId,
    long? GroupId,
    long? AgentId,
    bool Rated,
    string? Solution,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<ImportedAction> Actions,
    SlaService.SlaTerms? Terms);

/// <summary>One of the "Acciones realizadas" of an imported ticket (Guía §14.3), with its author and instant.</summary>
public sealed record ImportedAction(TicketActionKind Kind, string Text, bool Published, long AuthorId, DateTimeOffset At);
