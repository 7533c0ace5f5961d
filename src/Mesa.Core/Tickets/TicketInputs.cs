using Mesa.Core.Sla;

namespace Mesa.Core.Tickets;

/// <summary>
/// A new ticket as a person or an integration describes it: names, not ids. With a <see cref="Template"/> (its id or
/// name), <see cref="Fields"/> answers its fields by label and what is left blank comes from the template.
/// </summary>
public sealed record NewTicket(
    TicketType Type,
    string Title,
    string Description,
    Origin? Origin = null,
    string? Service = null,
    string? Category = null,
    Level? Impact = null,
    Level? Urgency = null,
    string? Requester = null,
    IReadOnlyList<InformedUserInput>? InformedUsers = null,
    string? Location = null,
    IReadOnlyList<Attachments.NewAttachment>? Attachments = null,
    string? Template = null,
    IReadOnlyDictionary<string, string?>? Fields = null)
{
    /// <summary>Guía §14.5: values of the custom fields by name; a value is text as people or the API write it.</summary>
    public IReadOnlyDictionary<string, string?>? CustomFields { get; init; }
}

/// <summary>One row of "Otros usuarios informados" with its four checkboxes (Guía §14.2).</summary>
public sealed record InformedUserInput(
    string UserName,
    bool OnCreation = true,
    bool OnActions = true,
    bool OnResolution = true,
    bool OnClosure = true);

/// <summary>
/// Changes to the General tab and to the custom fields of Información adicional (by label). A null field is left as
/// it is; an empty service, category, location or Servicio 1ª Línea clears it.
/// </summary>
public sealed record TicketChanges(
    string? Title = null,
    string? Description = null,
    TicketType? Type = null,
    string? Service = null,
    string? Category = null,
    Level? Impact = null,
    Level? Urgency = null,
    string? FirstLineService = null,
    IReadOnlyList<InformedUserInput>? InformedUsers = null,
    string? Location = null,
    string? Requester = null,
    IReadOnlyDictionary<string, string>? Fields = null)
{
    /// <summary>Guía §14.5: custom fields by name, each to its new value; null clears one.</summary>
    public IReadOnlyDictionary<string, string?>? CustomFields { get; init; }
}

/// <summary>
/// Guía §15.1 Notificar: subject, text, recipients (user names) and, optionally, the ticket's report as a file. With a
/// <see cref="Template"/> (id or name), a subject or text left blank is the template's, filled for this ticket.
/// </summary>
public sealed record NoticeInput(string? Subject, string? Text, IReadOnlyList<string> Recipients,
    Attachments.NewAttachment? Report = null, string? Template = null);
