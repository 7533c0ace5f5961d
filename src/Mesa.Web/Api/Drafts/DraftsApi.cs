using System.Text.Json;
using Mesa.Core.Common;
using Mesa.Core.Tickets;
using Mesa.Web.Api.Tickets;

namespace Mesa.Web.Api.Drafts;

/// <summary>
/// Drafts of tickets (Guía §14 "Borrar"): written, kept, registered or discarded by their owner. Registering runs the
/// same checks as <c>POST /api/v1/tickets</c>, and the draft disappears in the same transaction.
/// </summary>
public static class DraftsApi
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public sealed record DraftJson(long Id, string? Type, string? Title, string? Description, string? Service,
        string? Category, string? Impact, string? Urgency, string? Origin, string? Requester,
        IReadOnlyList<InformedUserRequest> InformedUsers, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
    {
        /// <summary>Guía §14.5: the custom fields' values as written, by name.</summary>
        public IReadOnlyDictionary<string, string?> CustomFields { get; init; } = new Dictionary<string, string?>();
    }

    public static RouteGroupBuilder MapDrafts(this RouteGroupBuilder api)
    {
        var drafts = api.MapGroup("/drafts");
        drafts.MapGet("", async (HttpContext http, TicketDrafts service, OrganisationTime time) =>
            (await service.ListAsync(await http.ActorAsync(), http.RequestAborted)).Select(d => ToJson(d, time)));
        drafts.MapGet("/{id:long}", async (HttpContext http, long id, TicketDrafts service, OrganisationTime time) =>
            ToJson(await service.GetAsync(await http.ActorAsync(), id, http.RequestAborted), time)).Refuses(404);
        drafts.MapPost("", async (HttpContext http, CreateTicketRequest? body, TicketDrafts service, RequestReader read,
            OrganisationTime time) =>
        {
            var draft = await service.CreateAsync(await http.ActorAsync(), ToFields(body, read), http.RequestAborted);
            return TypedResults.Created($"/api/v1/drafts/{draft.Id}", ToJson(draft, time));
        });
        drafts.MapPut("/{id:long}", async (HttpContext http, long id, CreateTicketRequest? body, TicketDrafts service,
            RequestReader read, OrganisationTime time) =>
            ToJson(await service.UpdateAsync(await http.ActorAsync(), id, ToFields(body, read), http.RequestAborted), time)).Refuses(404);
        drafts.MapDelete("/{id:long}", async (HttpContext http, long id, TicketDrafts service) =>
        {
            await service.DiscardAsync(await http.ActorAsync(), id, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(404);
        drafts.MapPost("/{id:long}/register", async (HttpContext http, long id, TicketDrafts drafts, TicketService tickets,
            TicketQueries queries, RequestReader read, OrganisationTime time) =>
        {
            var actor = await http.ActorAsync();
            var draft = await drafts.GetAsync(actor, id, http.RequestAborted);
            var input = ToRequest(draft).ToNewTicket(read);
            var ticket = await tickets.RegisterAsync(actor, input, http.RequestAborted, fromDraft: draft);
            return await TicketResponse.CreatedAsync(http, actor, ticket, queries, time);
        }).Refuses(400, 404);
        return api;
    }

    private static TicketDraftFields ToFields(CreateTicketRequest? body, RequestReader read)
    {
        body ??= new CreateTicketRequest(null, null, null, null, null, null, null, null, null, null);
        read.Text("type", body.Type, TicketDraft.ChoiceMaxLength);
        read.Text("title", body.Title, Ticket.TitleMaxLength);
        read.Text("description", body.Description, Ticket.DescriptionMaxLength);
        read.Text("service", body.Service, TicketDraft.ServiceMaxLength);
        read.Text("category", body.Category, TicketDraft.CategoryMaxLength);
        read.Text("impact", body.Impact, TicketDraft.ChoiceMaxLength);
        read.Text("urgency", body.Urgency, TicketDraft.ChoiceMaxLength);
        read.Text("origin", body.Origin, TicketDraft.ChoiceMaxLength);
        read.Text("requester", body.Requester, TicketDraft.RequesterMaxLength);
        var informed = body.InformedUsers is { Count: > 0 } rows ? JsonSerializer.Serialize(rows, Web) : null;
        read.Text("informedUsers", informed, TicketDraft.InformedUsersMaxLength);
        var custom = TicketDraftFields.CustomFieldsOf(CustomFieldsJson.Read(body.CustomFields, read));
        read.Text("customFields", custom, TicketDraft.CustomFieldsMaxLength);
        read.ThrowIfInvalid();
        return new TicketDraftFields(body.Type, body.Title, body.Description, body.Service, body.Category, body.Impact,
            body.Urgency, body.Origin, body.Requester, informed, custom);
    }

    private static CreateTicketRequest ToRequest(TicketDraft draft)
    {
        var f = draft.Fields;
        return new CreateTicketRequest(f.Type, f.Title, f.Description, f.Service, f.Category, f.Impact, f.Urgency,
            f.Origin, f.Requester, Informed(f.InformedUsers),
            CustomFields: f.CustomFieldValues().ToDictionary(v => v.Key, v => JsonSerializer.SerializeToElement(v.Value)));
    }

    private static List<InformedUserRequest> Informed(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<InformedUserRequest>>(json, Web) ?? [];

    private static DraftJson ToJson(TicketDraft d, OrganisationTime time) => new(d.Id, d.Type, d.Title, d.Description,
        d.Service, d.Category, d.Impact, d.Urgency, d.Origin, d.Requester, Informed(d.InformedUsers),
        time.ToLocal(d.CreatedAt), time.ToLocal(d.UpdatedAt))
    { CustomFields = d.Fields.CustomFieldValues() };
}
