using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Pages;

/// <summary>
/// Guía §14 "Información adicional – Adjuntos" in the console and files both ways in the portal (issues 5 and 6):
/// the forms as a browser posts them, with their antiforgery token.
/// </summary>
public abstract partial class AttachmentPagesTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task The_agent_attaches_a_file_for_the_user_who_downloads_it_from_the_portal()
    {
        var ticket = await _desk.AssignedAsync();
        var id = ticket.Str("id");
        using var agent = app.Browser();
        await agent.SignInAsync("agente1");

        var posted = await PostFileAsync(agent, $"/agent/tickets/{id}?tab=additional", $"/agent/tickets/{id}?handler=Attach",
            "instructivo de impresión.txt", "1. Abrir la cola.", published: true);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        await PostFileAsync(agent, $"/agent/tickets/{id}?tab=additional", $"/agent/tickets/{id}?handler=Attach",
            "traza interna.txt", "stack", published: false);

        var panel = await agent.GetStringAsync($"/agent/tickets/{id}?tab=additional");
        Assert.Contains("instructivo de impresión.txt", panel, StringComparison.Ordinal);
        Assert.Contains("traza interna.txt", panel, StringComparison.Ordinal);

        using var requester = app.Browser();
        await requester.SignInAsync("usuario1");
        var page = await requester.GetStringAsync($"/portal/tickets/{id}");
        Assert.Contains("instructivo de impresión.txt", page, StringComparison.Ordinal);
        Assert.DoesNotContain("traza interna.txt", page, StringComparison.Ordinal);
        var link = DownloadLink().Match(page).Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        var download = await requester.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("1. Abrir la cola.", Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync()));
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task The_user_sends_a_file_from_the_portal_and_a_program_is_refused_beside_the_field()
    {
        var ticket = await _desk.AssignedAsync();
        var id = ticket.Str("id");
        using var requester = app.Browser();
        await requester.SignInAsync("usuario1");

        var refused = await PostFileAsync(requester, $"/portal/tickets/{id}", $"/portal/tickets/{id}?handler=Attach",
            "arreglo.bat", "del *.*");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("No se admiten archivos .bat", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var sent = await PostFileAsync(requester, $"/portal/tickets/{id}", $"/portal/tickets/{id}?handler=Attach",
            "captura.txt", "Pantalla con el error");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var files = await (await (await app.As("agente1")).GetAsync($"/api/v1/tickets/{id}/attachments")).ReadArrayAsync();
        Assert.Equal([("captura.txt", "usuario1", "true")], files.Select(f => (f.Str("fileName"), f.Str("addedBy"), f.Str("published"))));
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient browser, string page, string action,
        string fileName, string content, bool published = false)
    {
        var html = await browser.GetStringAsync(page);
        var form = Desk.FileForm(fileName, content, "Upload.File");
        form.Add(new StringContent(Token().Match(html).Groups[1].Value), "__RequestVerificationToken");
        form.Add(new StringContent(Version().Match(html).Groups[1].Value), "Version");
        if (published) form.Add(new StringContent("true"), "Upload.Published");
        return await browser.PostAsync(action, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex Version();

    [GeneratedRegex("href=\"([^\"]*handler=Attachment[^\"]*)\"")]
    private static partial Regex DownloadLink();
}

public sealed class AttachmentPagesOnSqlite(SqliteApp app) : AttachmentPagesTests(app), IClassFixture<SqliteApp>;

public sealed class AttachmentPagesOnPostgres(PostgresApp app) : AttachmentPagesTests(app), IClassFixture<PostgresApp>;
