using System.Net;
using System.Text;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// Guía §14 "Información adicional – Adjuntos": files go both ways, a
/// requester sees only what is published to them, and a file that breaks a limit is refused in Spanish with nothing kept.
/// </summary>
public abstract class AttachmentTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact] // The requester's own file is theirs to see; it is in the history
    public async Task A_requester_sends_a_file_that_the_agent_downloads_as_it_was_sent()
    {
        var ticket = await _desk.AssignedAsync();

        var file = await _desk.AttachAsync(ticket.Str("id"), "usuario1", "captura del error.txt", "Error 0x80070005 – acceso denegado");

        Assert.Equal(("captura del error.txt", "text/plain", "true", "usuario1"),
            (file.Str("fileName"), file.Str("contentType"), file.Str("published"), file.Str("addedBy")));
        var agent = await app.As("agente1");
        var download = await agent.GetAsync($"/api/v1/tickets/{ticket.Str("id")}/attachments/{file.Str("id")}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("Error 0x80070005 – acceso denegado", Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync()));
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("captura del error.txt", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Contains(await _desk.HistoryAsync(ticket.Str("id")),
            e => e.Str("kind") == "attachment-added" && e.Str("newValue") == "captura del error.txt");
    }

    [Fact] // Staff choose: an internal file never reaches the portal, a published one does
    public async Task The_requester_sees_only_the_files_published_to_them()
    {
        var ticket = await _desk.AssignedAsync();
        var internalFile = await _desk.AttachAsync(ticket.Str("id"), "agente1", "log interno.txt", "traza");
        await _desk.AttachAsync(ticket.Str("id"), "agente1", "instructivo.txt", "Pasos", published: true);

        var requester = await app.As("usuario1");
        var seen = await (await requester.GetAsync($"/api/v1/tickets/{ticket.Str("id")}/attachments")).ReadArrayAsync();

        Assert.Equal(["instructivo.txt"], seen.Select(a => a.Str("fileName")));
        Assert.Equal(HttpStatusCode.NotFound,
            (await requester.GetAsync($"/api/v1/tickets/{ticket.Str("id")}/attachments/{internalFile.Str("id")}")).StatusCode);
    }

    [Theory] // Limits: a kind not on the list (a program, a page, a drawing that runs script, one nobody thought of),
    // no extension, an empty file; the answer says why, in Spanish, and nothing is kept
    [InlineData("instalador.exe", "MZ", "No se admiten archivos .exe")]
    [InlineData("factura.html", "<script>x()</script>", "No se admiten archivos .html")]
    [InlineData("logo.svg", "<svg onload='x()'/>", "No se admiten archivos .svg")]
    [InlineData("extraño.qqq", "datos", "No se admiten archivos .qqq. Se admiten estos tipos: .7z, ")]
    [InlineData("LEEME", "datos", "El archivo no tiene extensión")]
    [InlineData("vacio.txt", "", "El archivo está vacío.")]
    public async Task A_file_that_breaks_a_limit_is_refused_and_nothing_is_kept(string name, string content, string message)
    {
        var ticket = await _desk.AssignedAsync();
        var before = await _desk.GetAsync(ticket.Str("id"));
        var client = await app.As("usuario1");

        var problem = await (await client.PostAsync($"/api/v1/tickets/{ticket.Str("id")}/attachments", Desk.FileForm(name, content)))
            .ReadObjectAsync(HttpStatusCode.BadRequest);

        Assert.StartsWith(message, problem["errors"]!["file"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(before.Str("version"), (await _desk.GetAsync(ticket.Str("id"))).Str("version"));
        Assert.Empty(await (await client.GetAsync($"/api/v1/tickets/{ticket.Str("id")}/attachments")).ReadArrayAsync());
    }

    [Fact]
    public async Task An_upload_without_a_file_is_bad_input()
    {
        var ticket = await _desk.AssignedAsync();
        var client = await app.As("agente1");

        var problem = await (await client.PostAsync($"/api/v1/tickets/{ticket.Str("id")}/attachments",
            new MultipartFormDataContent { { new StringContent("true"), "published" } })).ReadObjectAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["file"]);
    }

    [Fact] // Guía §10: a closed ticket takes nothing more
    public async Task A_closed_ticket_takes_no_more_files()
    {
        var ticket = await _desk.ResolvedAsync();
        var requester = await app.As("usuario1");
        await (await requester.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/confirm", new { correct = true }))
            .ReadObjectAsync(HttpStatusCode.OK);

        var problem = await (await requester.PostAsync($"/api/v1/tickets/{ticket.Str("id")}/attachments",
            Desk.FileForm("tarde.txt", "tarde"))).ReadObjectAsync(HttpStatusCode.Conflict);

        Assert.Contains("ya no admite adjuntos", problem.Str("detail"), StringComparison.Ordinal);
    }
}

public sealed class AttachmentsOnSqlite(SqliteApp app) : AttachmentTests(app), IClassFixture<SqliteApp>;

public sealed class AttachmentsOnPostgres(PostgresApp app) : AttachmentTests(app), IClassFixture<PostgresApp>;
