using Mesa.Core.Catalog;
using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Sla;

namespace Mesa.Core.Tickets;

/// <summary>Editing the registration data of the General tab (Guía §14.2). Each changed field is one history line.</summary>
public sealed partial class Ticket
{
    public void ChangeTitle(string title, Actor by, DateTimeOffset at)
    {
        RequireEditable();
        RequireText(title, nameof(Title), TitleMaxLength);
        var value = title.Trim();
        if (value == Title) return;
        FieldChanged(nameof(Title), Title, value, by, at);
        Title = value;
        RefreshSearchText();
    }

    public void ChangeDescription(string description, Actor by, DateTimeOffset at)
    {
        RequireEditable();
        RequireText(description, nameof(Description), DescriptionMaxLength);
        var value = description.Trim();
        if (value == Description) return;
        FieldChanged(nameof(Description), Description, value, by, at);
        Description = value;
        RefreshSearchText();
    }

    public void ChangeType(TicketType type, Actor by, DateTimeOffset at)
    {
        RequireEditable();
        if (type == Type) return;
        FieldChanged(nameof(Type), Type.ToString(), type.ToString(), by, at);
        Type = type;
    }

    /// <summary>
    /// Guía §12: a new category may change who should receive the ticket; the caller re-applies the escalation
    /// rules after this and applies an explicitly chosen group and agent last.
    /// </summary>
    public void Reclassify(Service? service, Category? category, Actor by, DateTimeOffset at)
    {
        RequireEditable();
        RequireCategoryOfService(service, category);
        if (service?.Id == ServiceId && category?.Id == CategoryId) return;
        if (service?.Id != ServiceId) FieldChanged(nameof(Service), Service?.Name, service?.Name, by, at);
        if (category?.Id != CategoryId) FieldChanged(nameof(Category), Category?.Path, category?.Path, by, at);
        Service = service;
        ServiceId = service?.Id;
        Category = category;
        CategoryId = category?.Id;
    }

    /// <summary>
    /// Guía §14.2 "Notificado por", corrected after registration (the call was for somebody else): the new requester
    /// follows the ticket in the portal from now on; they leave "otros usuarios informados" if they were there.
    /// </summary>
    public void ChangeRequester(User requester, Actor by, DateTimeOffset at)
    {
        RequireEditable();
        if (requester.Id == RequesterId) return;
        FieldChanged(nameof(Requester), Requester?.UserName, requester.UserName, by, at);
        Requester = requester;
        RequesterId = requester.Id;
        _informedUsers.RemoveAll(i => i.UserId == requester.Id);
    }

    /// <summary>Guía §14.2 "Localización / Cliente"; a new location may re-route the ticket like a new category.</summary>
    public void ChangeLocation(Location? location, Actor by, DateTimeOffset at)
    {
        RequireEditable();
        if (location?.Id == LocationId) return;
        FieldChanged(nameof(Location), Location?.Path, location?.Path, by, at);
        Location = location;
        LocationId = location?.Id;
    }

    public void ChangeImpactAndUrgency(Level impact, Level urgency, PriorityMatrix matrix, Actor by, DateTimeOffset at)
    {
        RequireEditable();
        if (impact == Impact && urgency == Urgency) return;
        if (impact != Impact) FieldChanged(nameof(Impact), Impact.ToString(), impact.ToString(), by, at);
        if (urgency != Urgency) FieldChanged(nameof(Urgency), Urgency.ToString(), urgency.ToString(), by, at);
        var priority = matrix.PriorityOf(impact, urgency);
        if (priority != Priority) FieldChanged(nameof(Priority), Priority.ToString(), priority.ToString(), by, at);
        Impact = impact;
        Urgency = urgency;
        Priority = priority;
    }

    /// <summary>Guía §14.2 "Servicio 1ª Línea": what was done so far, or why the ticket is escalated.</summary>
    public void ChangeFirstLineService(string? text, Actor by, DateTimeOffset at)
    {
        RequireEditable();
        if (text is { Length: > TextMaxLength }) throw new InputException(nameof(FirstLineService), Rules.TooLong, TextMaxLength);
        var value = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (value == FirstLineService) return;
        FieldChanged(nameof(FirstLineService), FirstLineService, value, by, at);
        FirstLineService = value;
    }

    /// <summary>Replaces "Otros usuarios informados" with the given list (the requester is never among them).</summary>
    public void ChangeInformedUsers(IReadOnlyList<InformedUser> informed, Actor by, DateTimeOffset at)
    {
        RequireEditable();
        var wanted = informed.Where(i => i.UserId != RequesterId).ToList();
        var before = string.Join(",", _informedUsers.OrderBy(i => i.UserId).Select(i => i.Describe()));
        var after = string.Join(",", wanted.OrderBy(i => i.UserId).Select(i => i.Describe()));
        if (before == after) return;
        FieldChanged(nameof(InformedUsers), before, after, by, at);
        _informedUsers.Clear();
        _informedUsers.AddRange(wanted);
    }

    /// <summary>Guía §14: a registered ticket is kept for ever; only an unregistered draft may be discarded.</summary>
    public static void RefuseDeletion() => throw new DomainException(Rules.RegisteredTicketCannotBeDeleted);

    private void RequireEditable() => Require(Standing.IsEditable, Rules.TicketNotEditable, State);

    private void FieldChanged(string field, string? from, string? to, Actor by, DateTimeOffset at)
    {
        Record(new TicketEvent(TicketEventKind.FieldChanged, by.Id, at, null, published: false)
        {
            Field = field,
            OldValue = from,
            NewValue = to,
        });
        Touch(by, at);
    }
}
