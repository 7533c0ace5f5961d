using System.Net;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.CustomFields;

/// <summary>Guía §14.5 "Campos personalizados" through the pages, as a browser without scripts uses them.</summary>
public abstract partial class CustomFieldTests
{
    private static Dictionary<string, string> NewTicketForm(string prefix, string title) => new()
    {
        ["Input.Type"] = "incident",
        ["Input.Requester"] = "usuario1",
        ["Input.Origin"] = "phone",
        ["Input.Title"] = title,
        ["Input.Description"] = "Llamó a la mesa: el equipo no enciende.",
        ["Input.Classification"] = $"Soporte Técnico::{Computers(prefix)}",
        ["Input.Impact"] = "medium",
        ["Input.Urgency"] = "medium",
    };

    [Fact] // Guía §14.5: the administrators configure the fields from the browser
    public async Task An_admin_defines_a_field_on_its_page_and_a_bad_one_is_refused_beside_its_input()
    {
        await CategoryAsync("g");
        using var admin = App.Browser();
        await admin.SignInAsync("admin");
        var form = new Dictionary<string, string>
        {
            ["Input.Label"] = "Piso",
            ["Input.Name"] = "g-piso",
            ["Input.Kind"] = "Choice",
            ["Input.Choices"] = "Primero\nSegundo",
            ["Input.Incidents"] = "true",
            ["Input.Requests"] = "true",
            ["Input.Categories"] = $"Soporte Técnico::{Computers("g")}",
            ["Input.VisibleToRequester"] = "true",
            ["Input.Active"] = "true",
        };

        var saved = await admin.PostFormAsync("/admin/custom-fields/edit", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var api = await App.As("admin");
        var field = await (await api.GetAsync("/api/v1/admin/custom-fields/g-piso")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(("choice", "true", Computers("g")), (field.Str("kind"), field.Str("visibleToRequester"), field["categories"]![0]!.GetValue<string>()));
        var list = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/custom-fields"));
        Assert.Contains("Piso", list, StringComparison.Ordinal);
        var edit = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/custom-fields/edit?name=g-piso"));
        Assert.Contains($"value=\"Soporte Técnico::{Computers("g")}\" selected", edit, StringComparison.Ordinal);

        form["Input.Name"] = "g-sola";
        form["Input.Choices"] = "Una";
        var refused = await admin.PostFormAsync("/admin/custom-fields/edit", form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("al menos dos opciones", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/admin/custom-fields/g-sola")).StatusCode);
    }

    [Fact] // Guía §11 "Nuevo registro", §14.5: the console's form asks for the fields, and Información adicional edits them
    public async Task An_agent_fills_the_fields_when_registering_and_changes_them_in_Informacion_adicional()
    {
        var p = await DefineComputerFieldsAsync("h");
        using var agent = App.Browser();
        await agent.SignInAsync("agente1");
        var title = $"No enciende {Guid.NewGuid():N}";
        var page = WebUtility.HtmlDecode(await agent.GetStringAsync("/agent/tickets/new"));
        Assert.Contains($"name=\"Input.CustomFields[{p}-placa]\"", page, StringComparison.Ordinal);
        Assert.Contains("La etiqueta plateada bajo el equipo.", page, StringComparison.Ordinal);

        var missing = await agent.PostFormAsync("/agent/tickets/new", NewTicketForm(p, title));
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Diligencie «Placa del equipo»: es obligatorio.", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var form = NewTicketForm(p, title);
        form[$"Input.CustomFields[{p}-placa]"] = "PC-77";
        form[$"Input.CustomFields[{p}-serial]"] = "SN-77";
        form[$"Input.CustomFields[{p}-costo]"] = "2.500,75";
        form[$"Input.CustomFields[{p}-garantia]"] = "true";
        var registered = await agent.PostFormAsync("/agent/tickets/new", form);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var id = registered.Headers.Location!.OriginalString.Split('/').Last();

        var additional = WebUtility.HtmlDecode(await agent.GetStringAsync($"/agent/tickets/{id}?tab=additional"));
        Assert.Contains("PC-77", additional, StringComparison.Ordinal);
        Assert.Contains("2.500,75", additional, StringComparison.Ordinal);
        var editing = WebUtility.HtmlDecode(await agent.GetStringAsync($"/agent/tickets/{id}?tab=additional&edit=true"));
        var version = System.Text.RegularExpressions.Regex.Match(editing, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        var changed = await agent.PostFromAsync($"/agent/tickets/{id}?tab=additional&edit=true", $"/agent/tickets/{id}?handler=Fields&tab=additional",
            new Dictionary<string, string>
            {
                ["Version"] = version,
                [$"CustomValues[{p}-placa]"] = "PC-78",
                [$"CustomValues[{p}-serial]"] = "SN-77",
                [$"CustomValues[{p}-costo]"] = "2500.75",
                [$"CustomValues[{p}-sede]"] = "Sur",
            });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var ticket = await (await App.As("agente1")).GetAsync($"/api/v1/tickets/{id}");
        var json = await ticket.ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(("PC-78", "Sur", "true"), (json["customFields"]![$"{p}-placa"]!.GetValue<string>(),
            json["customFields"]![$"{p}-sede"]!.GetValue<string>(), json["customFields"]![$"{p}-garantia"]!.ToJsonString()));
        var summary = WebUtility.HtmlDecode(await agent.GetStringAsync($"/agent/tickets/{id}?tab=summary"));
        Assert.Contains("Placa del equipo", summary, StringComparison.Ordinal);
        Assert.Contains("PC-77", summary, StringComparison.Ordinal);
    }

    [Fact] // Guía §14.5: the portal asks for the fields visible to requesters and shows them on the request
    public async Task A_requester_fills_the_visible_fields_in_the_portal_and_reads_them_back()
    {
        var p = await DefineComputerFieldsAsync("i");
        using var user = App.Browser();
        await user.SignInAsync("usuario1");
        var page = WebUtility.HtmlDecode(await user.GetStringAsync("/portal/tickets/new"));
        Assert.Contains($"Input.CustomFields[{p}-placa]", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"Input.CustomFields[{p}-costo]", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"Input.CustomFields[{p}-responsable]", page, StringComparison.Ordinal);

        var registered = await user.PostFormAsync("/portal/tickets/new", new Dictionary<string, string>
        {
            ["Input.Type"] = "incident",
            ["Input.Title"] = "Mi equipo no enciende",
            ["Input.Description"] = "Desde esta mañana.",
            ["Input.Classification"] = $"Soporte Técnico::{Computers(p)}",
            [$"Input.CustomFields[{p}-placa]"] = "PC-90",
            [$"Input.CustomFields[{p}-sede]"] = "Norte",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var details = WebUtility.HtmlDecode(await user.GetStringAsync(registered.Headers.Location!.OriginalString));
        Assert.Contains("PC-90", details, StringComparison.Ordinal);
        Assert.Contains("Sede", details, StringComparison.Ordinal);
    }

    [Fact] // Guía §11 "En curso", §14.5: a field as a filter and a column, and in the list's files
    public async Task En_curso_filters_by_a_field_shows_it_as_a_column_and_exports_it()
    {
        var p = await DefineComputerFieldsAsync("j");
        var api = await App.As("agente1");
        var ticket = await (await api.PostJsonAsync("/api/v1/tickets", Ticket(p, new Dictionary<string, object>
        { [$"{p}-placa"] = "PC-J1", [$"{p}-serial"] = "S", [$"{p}-sede"] = "Sur", [$"{p}-costo"] = 1250.5 }))).ReadObjectAsync(HttpStatusCode.Created);
        using var agent = App.Browser();
        await agent.SignInAsync("agente1");

        var list = WebUtility.HtmlDecode(await agent.GetStringAsync($"/agent/tickets?field.{p}-sede=Sur&column={p}-placa"));
        Assert.Contains(ticket.Str("code"), list, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Placa del equipo</th>", list, StringComparison.Ordinal);
        Assert.Contains("<td>PC-J1</td>", list, StringComparison.Ordinal);
        var none = WebUtility.HtmlDecode(await agent.GetStringAsync($"/agent/tickets?field.{p}-sede=Norte"));
        Assert.DoesNotContain(ticket.Str("code"), none, StringComparison.Ordinal);
        var refused = WebUtility.HtmlDecode(await agent.GetStringAsync($"/agent/tickets?field.{p}-costo=mucho"));
        Assert.Contains("debe ser un número", refused, StringComparison.Ordinal);

        var csv = await agent.GetAsync($"/agent/tickets?field.{p}-sede=Sur&handler=Export&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("Placa del equipo", text, StringComparison.Ordinal);
        Assert.Contains("PC-J1", text, StringComparison.Ordinal);
        Assert.Contains(ticket.Str("code"), text, StringComparison.Ordinal);
        var xlsx = await agent.GetAsync($"/agent/tickets?field.{p}-sede=Sur&handler=Export&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.True((await xlsx.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact] // Guía §14 "Guardar", §14.5: a draft keeps the custom fields typed, through the page and the API
    public async Task A_draft_keeps_the_custom_fields_typed_and_registers_them()
    {
        var p = await DefineComputerFieldsAsync("k");
        using var agent = App.Browser();
        await agent.SignInAsync("agente1");
        var form = NewTicketForm(p, "Equipo sin arrancar");
        form[$"Input.CustomFields[{p}-placa]"] = "PC-K1";

        var saved = await agent.PostFromAsync("/agent/tickets/new", "/agent/tickets/new?handler=Autosave", form);
        var draft = (await saved.ReadObjectAsync(HttpStatusCode.OK)).Str("draft");
        var resumed = WebUtility.HtmlDecode(await agent.GetStringAsync($"/agent/tickets/new?draft={draft}"));
        Assert.Contains("value=\"PC-K1\"", resumed, StringComparison.Ordinal);

        var api = await App.As("agente1");
        var kept = await (await api.GetAsync($"/api/v1/drafts/{draft}")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal("PC-K1", kept["customFields"]![$"{p}-placa"]!.GetValue<string>());
        await (await api.PutJsonAsync($"/api/v1/drafts/{draft}", new
        {
            type = "incident",
            title = "Equipo sin arrancar",
            description = "No enciende.",
            requester = "usuario1",
            service = "Soporte Técnico",
            category = Computers(p),
            customFields = new Dictionary<string, object> { [$"{p}-placa"] = "PC-K2", [$"{p}-serial"] = "SN-K", [$"{p}-costo"] = 12.5 },
        })).ReadObjectAsync(HttpStatusCode.OK);
        var ticket = await (await api.PostJsonAsync($"/api/v1/drafts/{draft}/register", new { })).ReadObjectAsync(HttpStatusCode.Created);
        Assert.Equal(("PC-K2", 12.5m), (ticket["customFields"]![$"{p}-placa"]!.GetValue<string>(), ticket["customFields"]![$"{p}-costo"]!.GetValue<decimal>()));
    }
}
