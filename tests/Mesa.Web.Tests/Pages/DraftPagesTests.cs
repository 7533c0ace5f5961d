using System.Net;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Pages;

/// <summary>
/// Guía §14: "Nuevo registro" keeps a draft while the agent writes, and *Guardar*, *Cancelar* and *Borrar* close it:
/// registered (the draft goes in the same transaction), left for later, or discarded with nothing left of it.
/// </summary>
public abstract class DraftPagesTests(MesaApp app)
{
    private static Dictionary<string, string> Form(string title, string? draft = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Type"] = "request",
            ["Input.Requester"] = "usuario1",
            ["Input.Origin"] = "phone",
            ["Input.Title"] = title,
            ["Input.Description"] = "Llamó a la mesa: necesita acceso a la carpeta de contratos.",
            ["Input.Classification"] = "Soporte Técnico::/Redes/VPN",
            ["Input.Impact"] = "medium",
            ["Input.Urgency"] = "medium",
        };
        if (draft is not null) fields["draft"] = draft;
        return fields;
    }

    private async Task<JsonArray> DraftsAsync() =>
        await (await (await app.As("agente1")).GetAsync("/api/v1/drafts")).ReadArrayAsync();

    [Fact]
    public async Task A_draft_saved_while_writing_is_taken_up_again_and_registered_once()
    {
        using var agent = app.Browser();
        await agent.SignInAsync("agente1");
        var title = $"Acceso a la carpeta {Guid.NewGuid():N}";

        var saved = await agent.PostFromAsync("/agent/tickets/new", "/agent/tickets/new?handler=Autosave", Form(title));
        var draft = (await saved.ReadObjectAsync(HttpStatusCode.OK)).Str("draft");
        await agent.PostFromAsync("/agent/tickets/new", "/agent/tickets/new?handler=Autosave", Form(title + " (editado)", draft));

        Assert.Single(await DraftsAsync(), d => d.Str("id") == draft && d.Str("title") == title + " (editado)");
        var resumed = await agent.GetStringAsync($"/agent/tickets/new?draft={draft}");
        Assert.Contains(title + " (editado)", WebUtility.HtmlDecode(resumed), StringComparison.Ordinal);

        var registered = await agent.PostFromAsync("/agent/tickets/new", "/agent/tickets/new", Form(title + " (editado)", draft));

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.DoesNotContain(await DraftsAsync(), d => d.Str("id") == draft);
    }

    [Fact] // Guía §14 "Borrar ... cuando se está creando una nueva incidencia, pero ya no es requerida"
    public async Task Borrar_discards_the_draft_and_leaves_nothing_of_it()
    {
        using var agent = app.Browser();
        await agent.SignInAsync("agente1");
        var title = $"Ya no hace falta {Guid.NewGuid():N}";
        var kept = await agent.PostFromAsync("/agent/tickets/new", "/agent/tickets/new?handler=SaveDraft", Form(title));
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        var draft = System.Text.RegularExpressions.Regex.Match(kept.Headers.Location!.OriginalString, @"draft=(\d+)").Groups[1].Value;

        var discarded = await agent.PostFromAsync("/agent/tickets/new", "/agent/tickets/new?handler=Discard", Form(title, draft));

        Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
        Assert.DoesNotContain(await DraftsAsync(), d => d.Str("title") == title);
        var agentApi = await app.As("agente1");
        var found = await (await agentApi.GetAsync($"/api/v1/tickets?view=all-open&q={Uri.EscapeDataString(title)}")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Empty(found["items"]!.AsArray());
    }

    [Fact]
    public async Task Someone_else_s_draft_is_not_there_and_an_oversize_field_is_refused()
    {
        using var other = app.Browser();
        await other.SignInAsync("agente2");
        using var agent = app.Browser();
        await agent.SignInAsync("agente1");
        var saved = await agent.PostFromAsync("/agent/tickets/new", "/agent/tickets/new?handler=Autosave", Form("Borrador de agente1"));
        var draft = (await saved.ReadObjectAsync(HttpStatusCode.OK)).Str("draft");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/agent/tickets/new?draft={draft}")).StatusCode);
        var tooLong = await agent.PostFromAsync("/agent/tickets/new", "/agent/tickets/new?handler=Autosave", Form(new string('x', 5_000)));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }
}

public sealed class DraftPagesOnSqlite(SqliteApp app) : DraftPagesTests(app), IClassFixture<SqliteApp>;

public sealed class DraftPagesOnPostgres(PostgresApp app) : DraftPagesTests(app), IClassFixture<PostgresApp>;
