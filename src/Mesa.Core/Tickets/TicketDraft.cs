namespace Mesa.Core.Tickets;

/// <summary>
/// Guía §14 "Borrar ... cuando se está creando una nueva incidencia, pero ya no es requerida": a ticket being written
/// that has not been registered yet. It has no code and no history; its owner may keep editing it, register it
/// (it then becomes a ticket and the draft disappears) or discard it. The fields are kept as typed, since a draft
/// may be incomplete or not yet valid.
/// </summary>
public sealed class TicketDraft
{
    /// <summary>A choice kept as typed (type, impact, urgency, origin), before it is checked at registration.</summary>
    public const int ChoiceMaxLength = 40;

    public const int ServiceMaxLength = 200;

    public const int CategoryMaxLength = 400;

    public const int RequesterMaxLength = 200;

    public const int InformedUsersMaxLength = 20_000;

    public const int CustomFieldsMaxLength = 20_000;

    private TicketDraft()
    {
    }

    public TicketDraft(long ownerId, TicketDraftFields fields, DateTimeOffset at)
    {
        OwnerId = ownerId;
        CreatedAt = at;
        Update(fields, at);
    }

    public long Id { get; private set; }

    public long OwnerId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string? Type { get; private set; }

    public string? Title { get; private set; }

    public string? Description { get; private set; }

    public string? Service { get; private set; }

    public string? Category { get; private set; }

    public string? Impact { get; private set; }

    public string? Urgency { get; private set; }

    public string? Origin { get; private set; }

    public string? Requester { get; private set; }

    /// <summary>"Otros usuarios informados" as JSON (user name and the four checkboxes).</summary>
    public string? InformedUsers { get; private set; }

    /// <summary>Guía §14.5: the custom fields' values as typed, a JSON object by the field's name.</summary>
    public string? CustomFields { get; private set; }

    public TicketDraftFields Fields => new(Type, Title, Description, Service, Category, Impact, Urgency, Origin, Requester,
        InformedUsers, CustomFields);

    public void Update(TicketDraftFields fields, DateTimeOffset at)
    {
        (Type, Title, Description, Service, Category, Impact, Urgency, Origin, Requester, InformedUsers, CustomFields) = fields;
        UpdatedAt = at;
    }
}

/// <summary>The fields of a draft, as typed.</summary>
public sealed record TicketDraftFields(
    string? Type,
    string? Title,
    string? Description,
    string? Service,
    string? Category,
    string? Impact,
    string? Urgency,
    string? Origin,
    string? Requester,
    string? InformedUsers,
    string? CustomFields = null)
{
    /// <summary>The custom fields' values as the draft keeps them (JSON by name), the blank ones left out.</summary>
    public static string? CustomFieldsOf(IReadOnlyDictionary<string, string?>? values) =>
        values?.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Key, v => v.Value) is { Count: > 0 } kept
            ? System.Text.Json.JsonSerializer.Serialize(kept)
            : null;

    /// <summary>The custom fields' values the draft keeps, by name.</summary>
    public IReadOnlyDictionary<string, string?> CustomFieldValues() => CustomFields is null
        ? new Dictionary<string, string?>()
        : System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string?>>(CustomFields) ?? [];

    /// <summary>A draft may be incomplete, never longer than its columns: a field too long is refused beside it.</summary>
    public void Check()
    {
        foreach (var (field, value, max) in new (string, string?, int)[]
                 {
                     ("type", Type, TicketDraft.ChoiceMaxLength), ("title", Title, Ticket.TitleMaxLength),
                     ("description", Description, Ticket.DescriptionMaxLength), ("service", Service, TicketDraft.ServiceMaxLength),
                     ("category", Category, TicketDraft.CategoryMaxLength), ("impact", Impact, TicketDraft.ChoiceMaxLength),
                     ("urgency", Urgency, TicketDraft.ChoiceMaxLength), ("origin", Origin, TicketDraft.ChoiceMaxLength),
                     ("requester", Requester, TicketDraft.RequesterMaxLength),
                     ("informedUsers", InformedUsers, TicketDraft.InformedUsersMaxLength),
                     ("customFields", CustomFields, TicketDraft.CustomFieldsMaxLength),
                 })
        {
            if (value is { Length: var length } && length > max) throw new Common.InputException(field, Common.Rules.TooLong, max);
        }
    }
}
