using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Mesa.Tests.Common;
using Mesa.Web.Tests.Support;
using Npgsql;

namespace Mesa.Web.Tests.Database;

/// <summary>
/// docs/operations.md "Backup and restore", done as written: a backup taken while Mesa serves is restored into a
/// new Mesa (a real process) that holds the same tickets and the same files. SQLite by the backup job (SQLite's online
/// backup API); PostgreSQL by pg_dump and pg_restore, with the attachments folder the job mirrors.
/// </summary>
public abstract class BackupTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    /// <summary>A ticket with a file; its id and the file's bytes.</summary>
    protected async Task<(string Ticket, string Attachment, byte[] Bytes)> TicketWithFileAsync()
    {
        var ticket = await _desk.RegisterAsync("usuario1", "Registro que sobrevive a la restauración");
        var bytes = Encoding.UTF8.GetBytes("acta de entrega " + Guid.NewGuid());
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "acta.txt");
        var attachment = await (await (await app.As("usuario1")).PostAsync($"/api/v1/tickets/{ticket.Str("id")}/attachments", form))
            .ReadObjectAsync(HttpStatusCode.Created);
        return (ticket.Str("id"), attachment.Str("id"), bytes);
    }

    protected async Task<int> RunBackupAsync() => await _desk.RunJobAsync("backup");

    /// <summary>A Mesa started on the restored database and files sees the ticket and gives back the same bytes.</summary>
    protected static async Task AssertRestoredAsync(Dictionary<string, string> settings, string ticket, string attachment, byte[] bytes)
    {
        await using var restored = await MesaProcess.StartAsync(settings);
        using var agent = restored.Client();
        agent.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"agente1:{MesaApp.Password}")));
        var read = await (await agent.GetAsync($"/api/v1/tickets/{ticket}")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal("Registro que sobrevive a la restauración", read.Str("title"));
        var file = await agent.GetAsync($"/api/v1/tickets/{ticket}/attachments/{attachment}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(bytes, await file.Content.ReadAsByteArrayAsync());
    }

    /// <summary>A fresh data folder with the backup's attachments in place, as the restore steps say.</summary>
    protected string RestoredDataDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "mesa-tests", "restored-" + Guid.NewGuid().ToString("N"));
        var mirror = Path.Combine(app.DataDir, "backups", "attachments");
        foreach (var file in Directory.EnumerateFiles(mirror, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dir, "attachments", Path.GetRelativePath(mirror, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return dir;
    }
}

public sealed class BackupOnSqlite(SqliteApp app) : BackupTests(app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_copy_taken_while_mesa_serves_restores_into_a_mesa_with_the_same_tickets_and_files()
    {
        var (ticket, attachment, bytes) = await TicketWithFileAsync();

        Assert.True(await RunBackupAsync() >= 2, "the backup copied neither the database nor the file");
        await TicketWithFileAsync(); // after the copy: the restored Mesa does not have it, and that is fine

        var copy = Directory.GetFiles(Path.Combine(app.DataDir, "backups"), "mesa-*.db").Single();
        var dataDir = RestoredDataDir();
        var database = Path.Combine(dataDir, "mesa.db");
        File.Copy(copy, database);
        await AssertRestoredAsync(new Dictionary<string, string>
        {
            ["Mesa__Database__Provider"] = "sqlite",
            ["Mesa__Database__ConnectionString"] = $"Data Source={database}",
            ["Mesa__DataDir"] = dataDir,
        }, ticket, attachment, bytes);
    }
}

public sealed class BackupOnPostgres(PostgresApp app) : BackupTests(app), IClassFixture<PostgresApp>
{
    [Fact]
    public async Task A_pg_dump_restores_into_a_mesa_with_the_same_tickets_and_the_mirrored_files()
    {
        var (ticket, attachment, bytes) = await TicketWithFileAsync();
        Assert.Equal(1, await RunBackupAsync()); // the new file mirrored; the database is pg_dump's
        var dump = Path.Combine(app.DataDir, "backups", "mesa.dump");
        var restored = $"mesa_test_{Guid.NewGuid():N}";
        try
        {
            await PgAsync("pg_dump", "--format=custom", $"--file={dump}", app.DatabaseName);
            await TestPostgres.CreateAsync(restored);
            await PgAsync("pg_restore", "--no-owner", $"--dbname={restored}", dump);

            await AssertRestoredAsync(new Dictionary<string, string>
            {
                ["Mesa__Database__Provider"] = "postgres",
                ["Mesa__Database__ConnectionString"] = TestPostgres.ConnectionString(restored, maxPoolSize: 10),
                ["Mesa__DataDir"] = RestoredDataDir(),
            }, ticket, attachment, bytes);
        }
        finally
        {
            await TestPostgres.DropAsync(restored);
        }
    }

    /// <summary>One of PostgreSQL's own tools, from the same installation as the server ./test.sh started.</summary>
    private static async Task PgAsync(string tool, params string[] arguments)
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => int.Parse(Path.GetFileName(d))).Last();
        var server = new NpgsqlConnectionStringBuilder(TestPostgres.AdminConnection);
        var start = new ProcessStartInfo(Path.Combine(bin, "bin", tool)) { RedirectStandardError = true };
        foreach (var argument in new[] { $"--host={server.Host}", $"--port={server.Port}", $"--username={server.Username}" }.Concat(arguments))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {errors}");
    }
}
