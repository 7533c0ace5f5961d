using System.Net;
using System.Text.RegularExpressions;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Pages;

/// <summary>
/// Guía §5 Plantilla and §11 "Nuevo registro desde plantilla" on the pages (issues 5 and 6): the forms as a browser
/// posts them. A missing answer is shown beside its field and the form keeps what was typed.
/// </summary>
public abstract partial class TemplatePagesTests(MesaApp app)
{
    [Fact]
    public async Task A_requester_fills_a_template_in_the_portal_after_a_missing_answer_is_pointed_out()
    {
        var id = await TemplateIdAsync("Instalación de software");
        using var requester = app.Browser();
        await requester.SignInAsync("usuario1");
        var start = await requester.GetStringAsync("/portal/tickets/new");
        Assert.Contains("Instalación de software", start, StringComparison.Ordinal);
        Assert.DoesNotContain("Creación de cuenta de usuario", start, StringComparison.Ordinal);

        var path = $"/portal/tickets/new?template={id}";
        var missing = await requester.PostFormAsync(path, new Dictionary<string, string>
        {
            ["Input.Fields[0]"] = "QGIS 3.34",
            ["Input.Fields[1]"] = "",
            ["Input.Fields[2]"] = "",
        });
        var page = await missing.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("id=\"template-field-1-error\"", page, StringComparison.Ordinal);
        Assert.Contains("Diligencie «Placa del equipo»: la plantilla lo exige.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"QGIS 3.34\"", page, StringComparison.Ordinal);

        var sent = await requester.PostFormAsync(path, new Dictionary<string, string>
        {
            ["Input.Fields[0]"] = "QGIS 3.34",
            ["Input.Fields[1]"] = "MB-1001",
            ["Input.Fields[2]"] = "Mapas del plan de ordenamiento",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var ticket = await requester.GetStringAsync(sent.Headers.Location!.ToString());
        Assert.Contains("Placa del equipo", ticket, StringComparison.Ordinal);
        Assert.Contains("Mapas del plan de ordenamiento", ticket, StringComparison.Ordinal);
    }

    [Fact] // Isolation: a template kept for agents is not in the portal, even by its address
    public async Task A_template_for_agents_only_answers_404_in_the_portal()
    {
        var id = await TemplateIdAsync("Creación de cuenta de usuario");
        using var requester = app.Browser();
        await requester.SignInAsync("usuario1");

        Assert.Equal(HttpStatusCode.NotFound, (await requester.GetAsync($"/portal/tickets/new?template={id}")).StatusCode);
    }

    [Fact] // Guía §11: from the panel, "Nuevo registro desde plantilla"; the answers land in Información adicional
    public async Task An_agent_registers_from_a_template_and_corrects_an_answer()
    {
        var id = await TemplateIdAsync("Creación de cuenta de usuario");
        using var agent = app.Browser();
        await agent.SignInAsync("agente1");
        Assert.Contains("href=\"/agent/tickets/templates\"", await agent.GetStringAsync("/agent"), StringComparison.Ordinal);
        Assert.Contains($"/agent/tickets/new?template={id}", await agent.GetStringAsync("/agent/tickets/templates"), StringComparison.Ordinal);
        var form = await agent.GetStringAsync($"/agent/tickets/new?template={id}");
        Assert.Contains("value=\"Creación de cuenta de usuario\"", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Planta\" selected=\"selected\">", form, StringComparison.Ordinal);

        var sent = await agent.PostFormAsync($"/agent/tickets/new?template={id}", new Dictionary<string, string>
        {
            ["Input.Requester"] = "usuario2",
            ["Input.Origin"] = "phone",
            ["Input.Type"] = "request",
            ["Input.Title"] = "Creación de cuenta de usuario",
            ["Input.Description"] = "Ingresa el lunes.",
            ["Input.Classification"] = "Sistemas de Información::/Sistemas de Información Misionales/Roles y Clave de Usuario",
            ["Input.Impact"] = "medium",
            ["Input.Urgency"] = "high",
            ["Input.Fields[0]"] = "Ana Pérez",
            ["Input.Fields[1]"] = "1020304",
            ["Input.Fields[2]"] = "Talento Humano",
            ["Input.Fields[3]"] = "2026-12-01",
            ["Input.Fields[4]"] = "Contratista",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var ticketPath = sent.Headers.Location!.ToString();
        var additional = await agent.GetStringAsync(ticketPath + "?tab=additional");
        Assert.Contains("Registrado desde la plantilla «Creación de cuenta de usuario».", additional, StringComparison.Ordinal);
        Assert.Contains("01/12/2026", additional, StringComparison.Ordinal);

        var edit = ticketPath + "?tab=additional&edit=true";
        var html = await agent.GetStringAsync(edit);
        var corrected = await agent.PostFormAsync(ticketPath + "?handler=Fields", new Dictionary<string, string>
        {
            ["Version"] = VersionField().Match(html).Groups[1].Value,
            ["CustomFields[0]"] = "Ana María Pérez",
            ["CustomFields[1]"] = "1020304",
            ["CustomFields[2]"] = "Talento Humano",
            ["CustomFields[3]"] = "01/12/2026",
            ["CustomFields[4]"] = "Contratista",
        });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Contains("Ana María Pérez", await agent.GetStringAsync(ticketPath + "?tab=additional"), StringComparison.Ordinal);
        Assert.Contains("Ana Pérez → Ana María Pérez", await agent.GetStringAsync(ticketPath), StringComparison.Ordinal);
    }

    [Fact] // The admin previews the form being written, then saves it; a mistake is shown beside its row
    public async Task The_admin_previews_and_saves_a_template()
    {
        using var admin = app.Browser();
        await admin.SignInAsync("admin");
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "Solicitud de VPN",
            ["Input.Type"] = "Request",
            ["Input.Impact"] = "Medium",
            ["Input.Urgency"] = "Medium",
            ["Input.Classification"] = "Soporte Técnico::/Redes/VPN",
            ["Input.ForRequesters"] = "true",
            ["Input.Active"] = "true",
            ["Input.Fields[0].Label"] = "",
            ["Input.Fields[0].Kind"] = "Text",
            ["Input.Fields[1].Label"] = "Sistema operativo",
            ["Input.Fields[1].Kind"] = "Choice",
            ["Input.Fields[1].Options"] = "Windows",
        };

        var wrong = await (await admin.PostFormAsync("/admin/templates/edit?handler=Preview", fields)).Content.ReadAsStringAsync();
        Assert.Contains("necesita al menos dos opciones", wrong, StringComparison.Ordinal);
        Assert.Matches("Campo 2</legend>\\s*<span class=\"field-error\"><span class=\"field-validation-error\"", wrong);

        fields["Input.Fields[1].Options"] = "Windows\nmacOS\nLinux";
        var preview = await (await admin.PostFormAsync("/admin/templates/edit?handler=Preview", fields)).Content.ReadAsStringAsync();
        Assert.Contains("Vista previa del formulario", preview, StringComparison.Ordinal);
        Assert.Contains("<option value=\"macOS\">macOS</option>", preview, StringComparison.Ordinal);
        Assert.DoesNotContain(await (await (await app.As("admin")).GetAsync("/api/v1/admin/templates")).ReadArrayAsync(),
            t => t.Str("name") == "Solicitud de VPN");

        var saved = await admin.PostFormAsync("/admin/templates/edit", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Solicitud de VPN", await admin.GetStringAsync("/admin/templates"), StringComparison.Ordinal);
    }

    private async Task<string> TemplateIdAsync(string name) =>
        (await (await (await app.As("agente1")).GetAsync("/api/v1/templates")).ReadArrayAsync())
        .Single(t => t.Str("name") == name)!.Str("id");

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}

public sealed class TemplatePagesOnSqlite(SqliteApp app) : TemplatePagesTests(app), IClassFixture<SqliteApp>;

public sealed class TemplatePagesOnPostgres(PostgresApp app) : TemplatePagesTests(app), IClassFixture<PostgresApp>;
