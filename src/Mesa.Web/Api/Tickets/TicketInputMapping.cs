using Mesa.Core.Sla;
using Mesa.Core.Tickets;

namespace Mesa.Web.Api.Tickets;

/// <summary>From request bodies to the domain's inputs, collecting every bad field at once.</summary>
public static class TicketInputMapping
{
    private const int NameMax = 200;

    public static NewTicket ToNewTicket(this CreateTicketRequest? body, RequestReader read)
    {
        body ??= new CreateTicketRequest(null, null, null, null, null, null, null, null, null, null);
        // With a template, the template gives the type and may give the title and the description (Guía §5).
        var free = string.IsNullOrWhiteSpace(body.Template);
        var type = read.Enum<TicketType>("type", body.Type, required: free);
        var title = read.Text("title", body.Title, Ticket.TitleMaxLength, required: free);
        var description = read.Text("description", body.Description, Ticket.DescriptionMaxLength, required: free);
        read.Text("template", body.Template, Mesa.Core.Templates.TicketTemplate.NameMaxLength);
        read.Text("service", body.Service, NameMax);
        read.Text("category", body.Category, NameMax * 2);
        var impact = read.Enum<Level>("impact", body.Impact);
        var urgency = read.Enum<Level>("urgency", body.Urgency);
        var origin = read.Enum<Origin>("origin", body.Origin);
        read.Text("requester", body.Requester, NameMax);
        read.Text("location", body.Location, Mesa.Core.Catalog.Location.PathMaxLength);
        var informed = body.InformedUsers?.ToInformedUsers(read);
        var custom = CustomFieldsJson.Read(body.CustomFields, read);
        read.ThrowIfInvalid();
        return new NewTicket(type ?? TicketType.Incident, title ?? "", description ?? "", origin, body.Service,
            body.Category, impact, urgency, body.Requester, informed, body.Location, Template: body.Template,
            Fields: body.Fields)
        { CustomFields = custom };
    }

    public static TicketChanges ToChanges(this UpdateTicketRequest? body, RequestReader read)
    {
        body ??= new UpdateTicketRequest(null, null, null, null, null, null, null, null, null);
        foreach (var value in body.Fields?.Values ?? [])
        {
            read.Require("fields", !string.IsNullOrWhiteSpace(value));
            read.Text("fields", value, TicketField.ValueMaxLength);
        }

        var title = read.Text("title", body.Title, Ticket.TitleMaxLength);
        if (body.Title is not null) read.Require("title", !string.IsNullOrWhiteSpace(body.Title));
        var description = read.Text("description", body.Description, Ticket.DescriptionMaxLength);
        if (body.Description is not null) read.Require("description", !string.IsNullOrWhiteSpace(body.Description));
        var type = read.Enum<TicketType>("type", body.Type);
        read.Text("service", body.Service, NameMax);
        read.Text("category", body.Category, NameMax * 2);
        var impact = read.Enum<Level>("impact", body.Impact);
        var urgency = read.Enum<Level>("urgency", body.Urgency);
        read.Text("firstLineService", body.FirstLineService, Ticket.TextMaxLength);
        read.Text("location", body.Location, Mesa.Core.Catalog.Location.PathMaxLength);
        read.Text("requester", body.Requester, NameMax);
        var informed = body.InformedUsers?.ToInformedUsers(read);
        var custom = CustomFieldsJson.Read(body.CustomFields, read);
        read.ThrowIfInvalid();
        return new TicketChanges(title, description, type, body.Service, body.Category, impact, urgency,
            body.FirstLineService, informed, body.Location, body.Requester,
            body.Fields?.ToDictionary(f => f.Key, f => f.Value ?? ""))
        { CustomFields = custom };
    }

    private static List<InformedUserInput> ToInformedUsers(this IReadOnlyList<InformedUserRequest?> rows,
        RequestReader read)
    {
        var result = new List<InformedUserInput>();
        foreach (var row in rows)
        {
            read.Require("informedUsers", !string.IsNullOrWhiteSpace(row?.UserName));
            if (row is null || string.IsNullOrWhiteSpace(row.UserName)) continue;
            result.Add(new InformedUserInput(row.UserName, row.OnCreation ?? true, row.OnActions ?? true,
                row.OnResolution ?? true, row.OnClosure ?? true));
        }

        return result;
    }
}
