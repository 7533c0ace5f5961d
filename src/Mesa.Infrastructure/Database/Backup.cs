using System.Globalization;
using Mesa.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Mesa.Infrastructure.Database;

/// <summary>
/// The <c>backup</c> job (docs/operations.md): the attachments folder mirrored into the backup folder (files are named
/// by their SHA-256 and never change, so only new ones are copied), and, on SQLite, a consistent copy of the database
/// made while Mesa serves, by SQLite's online backup API; the newest <see cref="BackupOptions.Kept"/> copies stay.
/// PostgreSQL is backed up by its own tools (pg_dump), which the job leaves to the database's administrators.
/// </summary>
public sealed class Backup(MesaDbContext db, BackupOptions options, TimeProvider clock, ILogger<Backup> log)
{
    public const string FilePrefix = "mesa-";

    /// <summary>How many things were copied: new files, and the database.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(options.Folder);
        var copied = MirrorAttachments(ct);
        if (!db.IsSqlite)
        {
            log.LogInformation("Backup: {Files} new files mirrored; PostgreSQL is backed up with pg_dump", copied);
            return copied;
        }

        var target = Path.Combine(options.Folder,
            FilePrefix + clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + ".db");
        var source = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // Written beside its name and moved in when complete, so that a copy under that name is always whole.
            var partial = target + ".partial";
            await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                await destination.OpenAsync(ct);
                source.BackupDatabase(destination);
            }

            File.Move(partial, target, overwrite: true);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        foreach (var old in Directory.GetFiles(options.Folder, FilePrefix + "*.db").Order(StringComparer.Ordinal)
                     .SkipLast(Math.Max(1, options.Kept)))
            File.Delete(old);
        log.LogInformation("Backup: database copied to {Target}; {Files} new files mirrored", target, copied);
        return copied + 1;
    }

    private int MirrorAttachments(CancellationToken ct)
    {
        var from = Path.Combine(options.DataDir, "attachments");
        if (!Directory.Exists(from)) return 0;
        var to = Path.Combine(options.Folder, "attachments");
        var copied = 0;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            ct.ThrowIfCancellationRequested();
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("incoming", StringComparison.Ordinal)) continue;
            var target = Path.Combine(to, relative);
            if (File.Exists(target)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target + ".partial", overwrite: true);
            File.Move(target + ".partial", target, overwrite: true);
            copied++;
        }

        return copied;
    }
}

/// <summary>Where the <c>backup</c> job writes (<c>Mesa__Backup__Folder</c>, default the data folder's <c>backups</c>) and how many database copies it keeps.</summary>
public sealed class BackupOptions
{
    public string DataDir { get; set; } = "";

    public string Folder { get; set; } = "";

    public int Kept { get; set; } = 7;
}
