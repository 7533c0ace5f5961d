using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Mesa.Web.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// The file store keeps what tickets name and nothing else: the files of a post that failed after they were stored
/// are swept a day later, and one person cannot fill the disk (a quota of files a day).
/// </summary>
public abstract partial class FileStoreTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task The_files_of_a_failed_post_are_swept_a_day_later_and_the_files_of_tickets_stay()
    {
        // A request sent with its file but without a title: the file was stored, the ticket never made.
        using var requester = app.Browser();
        await requester.SignInAsync("usuario1");
        var html = await requester.GetStringAsync("/portal/tickets/new");
        var orphan = "Borrador perdido " + Guid.NewGuid();
        var form = Desk.FileForm("captura.png", orphan, "Input.Files");
        form.Add(new StringContent(Token().Match(html).Groups[1].Value), "__RequestVerificationToken");
        form.Add(new StringContent("incident"), "Input.Type");
        form.Add(new StringContent("La impresora no imprime"), "Input.Description");
        var failed = await requester.PostAsync("/portal/tickets/new", form);
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        var kept = "Registro de la cola " + Guid.NewGuid();
        await _desk.AttachAsync((await _desk.AssignedAsync()).Str("id"), "agente1", "cola.txt", kept);
        Assert.True(File.Exists(PathOf(orphan)));

        Assert.Equal(0, await _desk.RunJobAsync("file-sweep")); // still within its day
        app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.True(await _desk.RunJobAsync("file-sweep") >= 1);

        Assert.False(File.Exists(PathOf(orphan)));
        Assert.True(File.Exists(PathOf(kept)));
    }

    private string PathOf(string content)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        var dataDir = app.Services.GetRequiredService<IConfiguration>()["Mesa:DataDir"]!;
        return Path.Combine(dataDir, "attachments", sha[..2], sha[2..4], sha);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public sealed class FileStoreOnSqlite(SqliteApp app) : FileStoreTests(app), IClassFixture<SqliteApp>;

public sealed class FileStoreOnPostgres(PostgresApp app) : FileStoreTests(app), IClassFixture<PostgresApp>;

/// <summary>One person cannot fill the disk: the files they add in 24 hours stay within a quota.</summary>
public sealed class AttachmentQuotaTests(SmallQuotaApp app) : IClassFixture<SmallQuotaApp>
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task A_person_over_the_days_quota_is_told_so_beside_the_field_until_the_day_has_passed()
    {
        var ticket = (await _desk.AssignedAsync()).Str("id");
        var requester = await app.As("usuario1");
        var kilobyte = new string('a', 1024);
        Assert.Equal(HttpStatusCode.Created,
            (await requester.PostAsync($"/api/v1/tickets/{ticket}/attachments", Desk.FileForm("uno.txt", kilobyte + "1"))).StatusCode);

        var refused = await (await requester.PostAsync($"/api/v1/tickets/{ticket}/attachments",
            Desk.FileForm("dos.txt", kilobyte + "2"))).ReadObjectAsync(HttpStatusCode.BadRequest);

        Assert.StartsWith("Ya agregó el máximo de archivos de un día", refused["errors"]!["file"]![0]!.ToString(), StringComparison.Ordinal);
        var agent = await app.As("agente1");
        Assert.Equal(HttpStatusCode.Created, // the quota is each person's
            (await agent.PostAsync($"/api/v1/tickets/{ticket}/attachments", Desk.FileForm("tres.txt", kilobyte + "3"))).StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Created,
            (await requester.PostAsync($"/api/v1/tickets/{ticket}/attachments", Desk.FileForm("dos.txt", kilobyte + "2"))).StatusCode);
    }
}
