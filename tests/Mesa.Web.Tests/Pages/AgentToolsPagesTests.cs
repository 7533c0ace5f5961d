using System.Net;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Pages;

/// <summary>
/// The agents' tools on the ticket page and the administrators' webhooks page, as a browser without JavaScript uses
/// them: minutes on an action, a duplicate merged, a request split, a webhook registered and switched off.
/// </summary>
public sealed class AgentToolsPagesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private readonly Desk _desk = new(app);

    [Fact] // Guía §14.3: the minutes of an action, and the ticket's total on the Resumen tab
    public async Task An_agent_records_the_minutes_of_an_action_and_the_summary_shows_the_total()
    {
        var ticket = await _desk.AssignedAsync();
        var path = $"/agent/tickets/{ticket.Str("id")}";
        using var agent = await SignedInAsync("agente1");

        var wrong = await PostAsync(agent, path, "Action", "investigation", ticket, ("Action.Kind", "note"), ("Action.Text", "Revisión."),
            ("Action.MinutesSpent", "2000"));
        var added = await PostAsync(agent, path, "Action", "investigation", ticket, ("Action.Kind", "note"),
            ("Action.Text", "Se cambió el tóner."), ("Action.MinutesSpent", "95"));

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("El valor debe estar entre 1 y 1440.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("1 h 35 min", WebUtility.HtmlDecode(await agent.GetStringAsync(path)), StringComparison.Ordinal);
    }

    [Fact] // A prepared answer starts the action's text, filled for the ticket
    public async Task An_agent_starts_an_action_from_a_prepared_answer()
    {
        var agent = await app.As("agente1");
        var answer = await (await agent.PostJsonAsync("/api/v1/responses", new { name = "Visita", text = "{nombre}, pasamos hoy por {codigo}." }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var ticket = await _desk.AssignedAsync();
        using var browser = await SignedInAsync("agente1");

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/agent/tickets/{ticket.Str("id")}?tab=investigation&answer={answer.Str("id")}"));

        Assert.Contains($"{ticket["requester"]!.Str("displayName")}, pasamos hoy por {ticket.Str("code")}.</textarea>", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"answer-choice\">", page, StringComparison.Ordinal);
    }

    [Fact] // A duplicate merged from the Información adicional tab: the agent lands on the ticket that continues
    public async Task An_agent_merges_a_duplicate_and_lands_on_the_ticket_that_continues()
    {
        var target = await _desk.AssignedAsync();
        var duplicate = await _desk.RegisterAsync("usuario2", "Tampoco imprime en el piso 3");
        var path = $"/agent/tickets/{duplicate.Str("id")}";
        using var agent = await SignedInAsync("agente1");

        var noNote = await PostAsync(agent, path, "Merge", "additional", duplicate, ("Merge.Into", target.Str("code")));
        Assert.Equal(HttpStatusCode.OK, noNote.StatusCode);
        Assert.Equal("new", (await _desk.GetAsync(duplicate.Str("id"))).Str("state"));

        var merged = await PostAsync(agent, path, "Merge", "additional", duplicate, ("Merge.Into", target.Str("code")),
            ("Merge.Note", "Es la misma impresora."));

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.StartsWith($"/agent/tickets/{target.Str("id")}", merged.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var summary = WebUtility.HtmlDecode(await agent.GetStringAsync(path));
        Assert.Contains($"<a href=\"/agent/tickets/{target.Str("id")}\">{target.Str("code")}</a>", summary, StringComparison.Ordinal);
    }

    [Fact] // A ticket that asks for two things becomes two from the same tab
    public async Task An_agent_splits_a_ticket_and_lands_on_the_new_part()
    {
        var original = await _desk.AssignedAsync();
        var path = $"/agent/tickets/{original.Str("id")}";
        using var agent = await SignedInAsync("agente1");

        var split = await PostAsync(agent, path, "Split", "additional", original, ("Split.Title", "Tampoco escanea"),
            ("Split.Description", "El escáner del piso 3 no envía al correo."), ("Split.Note", "Son dos equipos."));

        Assert.Equal(HttpStatusCode.Redirect, split.StatusCode);
        var part = await agent.GetStringAsync(split.Headers.Location!.OriginalString);
        Assert.Contains($"<a href=\"/agent/tickets/{original.Str("id")}\">{original.Str("code")}</a>", part, StringComparison.Ordinal);
        Assert.Contains("Tampoco escanea", part, StringComparison.Ordinal);
    }

    [Fact] // The administrators register an integration's webhook, read its log and switch it off
    public async Task An_admin_registers_a_webhook_and_switches_it_off()
    {
        using var admin = await SignedInAsync("admin");
        var token = await admin.TokenAsync("/admin/webhooks");

        var wrong = await admin.PostAsync("/admin/webhooks", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("Input.Url", "ftp://127.0.0.1/x"), new("Input.Secret", "corto"),
        ]));
        var added = await admin.PostAsync("/admin/webhooks", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("Input.Url", "http://127.0.0.1:9/tablero"),
            new("Input.Events", "ticket.registered"), new("Input.Events", "ticket.closed"), new("Input.Secret", "secreto-del-tablero-de-la-mesa"),
        ]));

        var errors = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Escriba una dirección http o https completa", errors, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = added.Headers.Location!.OriginalString.Split("id=")[1];
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/webhooks?id={id}"));
        Assert.Contains("http://127.0.0.1:9/tablero", page, StringComparison.Ordinal);
        Assert.Contains("ticket.registered, ticket.closed", page, StringComparison.Ordinal);

        var off = await admin.PostAsync($"/admin/webhooks?handler=Deactivate&webhookId={id}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        var hook = await (await (await app.As("admin")).GetAsync($"/api/v1/admin/webhooks/{id}")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.False(hook["active"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/webhooks?id=999999")).StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string person)
    {
        var browser = app.Browser();
        await browser.SignInAsync(person);
        return browser;
    }

    /// <summary>Posts a form of the ticket page, with the ticket's version as the page holds it.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, string handler, string tab,
        System.Text.Json.Nodes.JsonObject ticket, params (string Name, string Value)[] fields)
    {
        var token = await browser.TokenAsync($"{path}?tab={tab}");
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", token)).Append(new("Version", ticket.Str("version")));
        return await browser.PostAsync($"{path}?handler={handler}&tab={tab}", new FormUrlEncodedContent(form));
    }
}
