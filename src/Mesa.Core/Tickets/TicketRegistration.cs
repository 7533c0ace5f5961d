using Mesa.Core.Catalog;
using Mesa.Core.People;
using Mesa.Core.Sla;

namespace Mesa.Core.Tickets;

/// <summary>What is known when a ticket is registered (Guía §14.2, pestaña General).</summary>
public sealed record TicketRegistration(
    TicketType Type,
    string Title,
    string Description,
    Origin Origin,
    User Requester,
    Location? Location,
    Service? Service,
    Category? Category,
    Level Impact,
    Level Urgency,
    IReadOnlyList<InformedUser> InformedUsers,
    bool Acknowledge = true,
    long? TemplateId = null,
    IReadOnlyList<FieldAnswer>? Fields = null,
    IReadOnlyList<CustomFields.CustomFieldValue>? CustomFields = null);
