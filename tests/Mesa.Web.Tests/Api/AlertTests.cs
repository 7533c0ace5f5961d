using System.Net;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// Guía §11 "Pestaña avisos / alertas": supervisors publish alerts that every agent's panel shows
/// while they last; by the API and by the pages.
/// </summary>
public abstract class AlertTests(MesaApp app)
{
    [Fact]
    public async Task A_supervisors_alert_shows_to_every_agent_until_it_ends()
    {
        var supervisor = await app.As("supervisor1");
        var now = app.Clock.GetUtcNow();

        var alert = await (await supervisor.PostJsonAsync("/api/v1/alerts", new
        {
            text = "El correo institucional no envía mensajes externos.",
            level = "critical",
            endsAt = now.AddHours(2).ToString("O"),
        })).ReadObjectAsync(HttpStatusCode.Created);

        Assert.Equal("critical", alert.Str("level"));
        Assert.Contains(await ShowingAsync("agente2"), a => a.Str("id") == alert.Str("id"));
        app.Clock.Advance(TimeSpan.FromHours(2));
        Assert.DoesNotContain(await ShowingAsync("agente2"), a => a.Str("id") == alert.Str("id"));
        var all = await (await supervisor.GetAsync("/api/v1/alerts?all=true")).ReadArrayAsync();
        Assert.Contains(all, a => a.Str("id") == alert.Str("id") && a.Str("showing") == "false");
    }

    [Fact]
    public async Task A_scheduled_alert_waits_for_its_start_and_a_withdrawn_one_leaves_every_panel()
    {
        var supervisor = await app.As("supervisor1");
        var starts = app.Clock.GetUtcNow().AddHours(1);
        var alert = await (await supervisor.PostJsonAsync("/api/v1/alerts", new
        {
            text = "Mantenimiento del servidor de archivos esta noche.",
            startsAt = starts.ToString("O"),
        })).ReadObjectAsync(HttpStatusCode.Created);

        Assert.Equal("information", alert.Str("level"));
        Assert.DoesNotContain(await ShowingAsync("agente1"), a => a.Str("id") == alert.Str("id"));
        app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Contains(await ShowingAsync("agente1"), a => a.Str("id") == alert.Str("id"));

        var withdrawn = await (await supervisor.DeleteAsync($"/api/v1/alerts/{alert.Str("id")}")).ReadObjectAsync(HttpStatusCode.OK);

        Assert.NotEqual("", withdrawn.Str("withdrawnAt"));
        Assert.DoesNotContain(await ShowingAsync("agente1"), a => a.Str("id") == alert.Str("id"));
    }

    [Fact]
    public async Task Agents_read_alerts_but_do_not_publish_them_and_requesters_see_none()
    {
        var refused = await (await (await app.As("agente1")).PostJsonAsync("/api/v1/alerts", new { text = "Hola" }))
            .ReadObjectAsync(HttpStatusCode.Forbidden);
        var requester = await (await app.As("usuario1")).GetAsync("/api/v1/alerts");

        Assert.Contains("supervisores", refused.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, requester.StatusCode);
    }

    [Fact]
    public async Task A_bad_alert_is_refused_beside_its_fields_and_nothing_is_published()
    {
        var supervisor = await app.As("supervisor1");
        var before = (await (await supervisor.GetAsync("/api/v1/alerts?all=true")).ReadArrayAsync()).Count;
        var now = app.Clock.GetUtcNow();

        var empty = await (await supervisor.PostJsonAsync("/api/v1/alerts", new { text = " ", level = "urgentísima" }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var backwards = await (await supervisor.PostJsonAsync("/api/v1/alerts", new
        {
            text = "Aviso",
            startsAt = now.AddHours(3).ToString("O"),
            endsAt = now.AddHours(1).ToString("O"),
        })).ReadObjectAsync(HttpStatusCode.BadRequest);

        Assert.True(empty["errors"]!.AsObject().ContainsKey("text"));
        Assert.True(empty["errors"]!.AsObject().ContainsKey("level"));
        Assert.Contains("termina antes de empezar", backwards["errors"]!["endsAt"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, (await (await supervisor.GetAsync("/api/v1/alerts?all=true")).ReadArrayAsync()).Count);
    }

    [Fact]
    public async Task A_supervisor_publishes_from_the_page_and_the_agents_panel_shows_it_with_its_level_in_words()
    {
        using var supervisor = app.Browser();
        await supervisor.SignInAsync("supervisor1");
        var badDate = await supervisor.PostFormAsync("/agent/alerts", new Dictionary<string, string>
        {
            ["Input.Text"] = "Falla en la VPN: use la conexión de respaldo.",
            ["Input.Level"] = "Warning",
            ["Input.EndsAt"] = "mañana",
        });
        var page = await badDate.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, badDate.StatusCode);
        Assert.Contains("Escriba la fecha y la hora completas.", page, StringComparison.Ordinal);
        Assert.Contains("Falla en la VPN: use la conexión de respaldo.</textarea>", page, StringComparison.Ordinal);

        var end = app.Clock.GetUtcNow().AddDays(1).ToOffset(TimeSpan.FromHours(-5)).ToString("yyyy-MM-dd'T'HH:mm");
        var published = await supervisor.PostFormAsync("/agent/alerts", new Dictionary<string, string>
        {
            ["Input.Text"] = "Falla en la VPN: use la conexión de respaldo.",
            ["Input.Level"] = "Warning",
            ["Input.EndsAt"] = end,
        });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        using var agent = app.Browser();
        await agent.SignInAsync("agente2");
        var panel = await agent.GetStringAsync("/agent");
        Assert.Contains("Falla en la VPN: use la conexión de respaldo.", panel, StringComparison.Ordinal);
        Assert.Contains("<span class=\"alert-level\">Advertencia</span>", panel, StringComparison.Ordinal);
        // Agents read the list, but the publishing form is only for supervisors.
        Assert.DoesNotContain("name=\"Input.Text\"", await agent.GetStringAsync("/agent/alerts"), StringComparison.Ordinal);
    }

    private async Task<JsonArray> ShowingAsync(string userName) =>
        await (await (await app.As(userName)).GetAsync("/api/v1/alerts")).ReadArrayAsync();
}

public sealed class AlertsOnSqlite(SqliteApp app) : AlertTests(app), IClassFixture<SqliteApp>;

public sealed class AlertsOnPostgres(PostgresApp app) : AlertTests(app), IClassFixture<PostgresApp>;
