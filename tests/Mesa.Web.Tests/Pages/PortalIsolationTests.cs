using System.Net;
using System.Text.RegularExpressions;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Pages;

/// <summary>
/// A requester sees only the tickets they notified or are informed on. Every portal page and every
/// API address of a ticket is tried by another requester with that ticket's id and code: reads are 404, writes are
/// refused exactly as for a ticket that does not exist (no way to learn that it exists), and nothing changes.
/// </summary>
public abstract partial class PortalIsolationTests(MesaApp app)
{
    private const long Missing = 987_654_321;

    private readonly Desk _desk = new(app);

    private static readonly string[] ApiReads = ["", "/history", "/actions", "/sla", "/attachments", "/report"];

    /// <summary>Every ticket command of the API, with a body that would be valid for a ticket the caller may act on.</summary>
    private static readonly (string Method, string Path, object Body)[] ApiWrites =
    [
        ("PATCH", "", new { title = "Cambiado" }),
        ("DELETE", "", new { }),
        ("POST", "/replies", new { text = "Respuesta ajena." }),
        ("POST", "/rating", new { rating = 1 }),
        ("POST", "/notify", new { recipients = new[] { "usuario2" }, subject = "Ajeno", text = "Ajeno" }),
        ("POST", "/confirm", new { correct = true, rating = 5 }),
        ("POST", "/assign", new { group = "Mesa de Servicio", agent = "agente1", note = "x" }),
        ("POST", "/revoke", new { note = "x" }),
        ("POST", "/reject", new { note = "x" }),
        ("POST", "/revoke-and-reject", new { note = "x" }),
        ("POST", "/close-first-line", new { text = "x" }),
        ("POST", "/substate", new { substate = "pending-vendor", note = "x" }),
        ("POST", "/actions", new { kind = "technician-answer", text = "x", published = true }),
    ];

    [Fact]
    public async Task Another_requester_gets_404_at_every_api_address_of_a_ticket_and_changes_nothing()
    {
        var ticket = await _desk.ResolvedAsync();
        var file = await _desk.AttachAsync(ticket.Str("id"), "agente1", "diagnostico.txt", "Disco al 98 %.", published: true);
        var before = await _desk.GetAsync(ticket.Str("id"));
        var stranger = await app.As("usuario2");

        foreach (var key in new[] { ticket.Str("id"), Uri.EscapeDataString(ticket.Str("code")) })
        {
            foreach (var read in ApiReads.Append($"/attachments/{file.Str("id")}"))
            {
                var response = await stranger.GetAsync($"/api/v1/tickets/{key}{read}");
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {key}{read}: {(int)response.StatusCode}");
            }
        }

        foreach (var (method, path, body) in ApiWrites)
        {
            var onTicket = await SendAsync(stranger, method, $"/api/v1/tickets/{ticket["id"]}{path}", body);
            var onNothing = await SendAsync(stranger, method, $"/api/v1/tickets/{Missing}{path}", body);
            Assert.True(onTicket is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{method} {path}: {(int)onTicket}");
            Assert.True(onTicket == onNothing, $"{method} {path} tells an existing ticket ({onTicket}) from none ({onNothing})");
        }

        var upload = await stranger.PostAsync($"/api/v1/tickets/{ticket["id"]}/attachments", Desk.FileForm("x.txt", "x"));
        var uploadOnNothing = await stranger.PostAsync($"/api/v1/tickets/{Missing}/attachments", Desk.FileForm("x.txt", "x"));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (upload.StatusCode, uploadOnNothing.StatusCode));

        var list = await (await stranger.GetAsync($"/api/v1/tickets?q={Uri.EscapeDataString(ticket.Str("code"))}")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(0, (int)list["total"]!);
        var after = await _desk.GetAsync(ticket.Str("id"));
        Assert.Equal(before.Str("version"), after.Str("version"));
    }

    [Fact]
    public async Task Another_requester_gets_404_at_every_portal_page_of_a_ticket_and_changes_nothing()
    {
        var ticket = await _desk.ResolvedAsync();
        var file = await _desk.AttachAsync(ticket.Str("id"), "agente1", "instructivo.txt", "Pasos.", published: true);
        var before = await _desk.GetAsync(ticket.Str("id"));
        using var stranger = app.Browser();
        await stranger.SignInAsync("usuario2");
        // An antiforgery token is the person's, not the page's: take one from a page of their own.
        var token = TokenField().Match(await stranger.GetStringAsync("/portal/tickets/new")).Groups[1].Value;

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/portal/tickets/{ticket["id"]}")).StatusCode);
        var posts = new Dictionary<string, Dictionary<string, string>>
        {
            ["Reply"] = new() { ["Reply"] = "Respuesta ajena.", ["Version"] = before.Str("version") },
            ["Confirm"] = new()
            {
                ["Confirmation.Result"] = "correct",
                ["Confirmation.Rating"] = "5",
                ["Version"] = before.Str("version"),
            },
            ["Rate"] = new() { ["Confirmation.Rating"] = "1", ["Version"] = before.Str("version") },
        };
        foreach (var (handler, fields) in posts)
        {
            fields["__RequestVerificationToken"] = token;
            var response = await stranger.PostAsync($"/portal/tickets/{ticket["id"]}?handler={handler}", new FormUrlEncodedContent(fields));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{handler}: {(int)response.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(
            $"/portal/tickets/{ticket["id"]}?handler=Attachment&attachmentId={file.Str("id")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/portal/tickets/{ticket["id"]}?handler=Report")).StatusCode);
        var upload = Desk.FileForm("ajeno.txt", "x");
        upload.Add(new StringContent(token), "__RequestVerificationToken");
        upload.Add(new StringContent(before.Str("version")), "Version");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/portal/tickets/{ticket["id"]}?handler=Attach", upload)).StatusCode);

        Assert.DoesNotContain(ticket.Str("code"), await stranger.GetStringAsync("/portal"), StringComparison.Ordinal);
        Assert.Equal(before.Str("version"), (await _desk.GetAsync(ticket.Str("id"))).Str("version"));
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string method, string url, object body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = System.Net.Http.Json.JsonContent.Create(body),
        };
        return (await client.SendAsync(request)).StatusCode;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

public sealed class PortalIsolationOnSqlite(SqliteApp app) : PortalIsolationTests(app), IClassFixture<SqliteApp>;

public sealed class PortalIsolationOnPostgres(PostgresApp app) : PortalIsolationTests(app), IClassFixture<PostgresApp>;
