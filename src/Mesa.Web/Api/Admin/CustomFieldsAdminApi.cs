using Mesa.Core.CustomFields;
using Mesa.Core.Tickets;

namespace Mesa.Web.Api.Admin;

/// <summary>
/// Guía §14.5 "Campos personalizados": the fields administrators add to tickets, where they apply,
/// whether they are required and whether requesters see them. A field is retired (<c>active: false</c>), never deleted.
/// </summary>
public static class CustomFieldsAdminApi
{
    public sealed record CustomFieldRequest(string? Name, string? Label, string? Kind, IReadOnlyList<string?>? Choices,
        bool? Required, string? Help, IReadOnlyList<string?>? Types, IReadOnlyList<string?>? Services,
        IReadOnlyList<string?>? Categories, bool? VisibleToRequester, bool? Active, int? Position);

    public sealed record CustomFieldJson(string Name, string Label, string Kind, IReadOnlyList<string> Choices, bool Required,
        string? Help, IReadOnlyList<string> Types, IReadOnlyList<string> Services, IReadOnlyList<string> Categories,
        bool VisibleToRequester, bool Active, int Position, int Tickets);

    private const int MaxListItems = 200;

    public static void MapCustomFieldsAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/custom-fields", async (CustomFieldAdministration fields, HttpContext http) =>
            (await fields.ListAsync(http.RequestAborted)).Select(Json).ToList());
        admin.MapGet("/custom-fields/{name}", async (string name, CustomFieldAdministration fields, HttpContext http) =>
            Json(await fields.GetAsync(name, http.RequestAborted))).Refuses(404);
        admin.MapPost("/custom-fields", async (CustomFieldRequest? body, CustomFieldAdministration fields, RequestReader read,
            HttpContext http) =>
        {
            var input = Input(body, read, creating: true);
            var created = await fields.CreateAsync(input, http.RequestAborted);
            return TypedResults.Created($"/api/v1/admin/custom-fields/{created.Name}",
                Json(await fields.GetAsync(created.Name, http.RequestAborted)));
        }).Refuses(400);
        admin.MapPatch("/custom-fields/{name}", async (string name, CustomFieldRequest? body, CustomFieldAdministration fields,
            RequestReader read, HttpContext http) =>
        {
            var input = Input(body, read, creating: false);
            var changed = await fields.UpdateAsync(name, input, http.RequestAborted);
            return Json(await fields.GetAsync(changed.Name, http.RequestAborted));
        }).Refuses(400, 404);
    }

    private static CustomFieldAdministration.CustomFieldInput Input(CustomFieldRequest? body, RequestReader read, bool creating)
    {
        var kind = read.Enum<CustomFieldKind>("kind", body?.Kind, required: creating);
        var types = body?.Types is null ? null : List(read, "types", body.Types)?
            .Select(t => read.Enum<TicketType>("types", t, required: true)).OfType<TicketType>().ToList();
        var choices = List(read, "choices", body?.Choices);
        var services = List(read, "services", body?.Services);
        var categories = List(read, "categories", body?.Categories);
        read.Number("position", body?.Position, 1, 1_000);
        read.ThrowIfInvalid();
        return new(body?.Name, body?.Label, kind, choices, body?.Required, body?.Help, types, services, categories,
            body?.VisibleToRequester, body?.Active, body?.Position);
    }

    /// <summary>A list of names: no blank item, none too long, not endless.</summary>
    private static List<string>? List(RequestReader read, string field, IReadOnlyList<string?>? items)
    {
        if (items is null) return null;
        read.Require(field, items.Count <= MaxListItems && items.All(i => !string.IsNullOrWhiteSpace(i)));
        foreach (var item in items) read.Text(field, item, Mesa.Core.Catalog.Category.PathMaxLength);
        return items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!).ToList();
    }

    private static CustomFieldJson Json(CustomFieldAdministration.CustomFieldView f) => new(f.Name, f.Label,
        ApiEnums.Name(f.Kind), f.Choices, f.Required, f.Help, f.Types.Select(ApiEnums.Name).ToList(), f.Services,
        f.Categories, f.VisibleToRequester, f.Active, f.Position, f.Tickets);
}
