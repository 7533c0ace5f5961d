using Mesa.Tests.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mesa.Tests.Common;

/// <summary>
/// The schema and the demo set are built once per test run and per engine, by Mesa's own start-up, then copied for
/// each fixture: a file copy on SQLite, <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL. Every fixture still starts
/// the real host against its own database; it only skips migrating and seeding an empty one (seconds per fixture,
/// minutes per run).
/// </summary>
public sealed class DatabaseTemplates
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "mesa-tests");
    private readonly DateTimeOffset? _at;
    private readonly Lazy<Task<string>> _sqlite;
    private readonly Lazy<Task<string>> _postgres;

    /// <param name="at">The instant of the test clock the demo set is made at; null for the real clock.</param>
    public DatabaseTemplates(DateTimeOffset? at)
    {
        _at = at;
        _sqlite = new(MakeSqliteAsync);
        _postgres = new(MakePostgresAsync);
    }

    public async Task CopySqliteAsync(string file)
    {
        var template = await _sqlite.Value;
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.Copy(template, file);
    }

    public async Task CreatePostgresAsync(string database) =>
        await TestPostgres.CreateFromTemplateAsync(database, await _postgres.Value);

    private async Task<string> MakeSqliteAsync()
    {
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        await BuildAsync("sqlite", $"Data Source={file}");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // Fold the write-ahead log into the file, so that one file copy is the whole database.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;";
            await checkpoint.ExecuteNonQueryAsync();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
        };
        return file;
    }

    private async Task<string> MakePostgresAsync()
    {
        var database = $"mesa_template_{Guid.NewGuid():N}";
        await TestPostgres.CreateAsync(database);
        await BuildAsync("postgres", TestPostgres.ConnectionString(database));
        Npgsql.NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TestPostgres.DropAsync(database).GetAwaiter().GetResult();
        return database;
    }

    /// <summary>Starts Mesa once on the empty database (schema, reference data, demo set) and stops it.</summary>
    private async Task BuildAsync(string provider, string connectionString)
    {
        await using var host = new TemplateHost(provider, connectionString, _at);
        _ = host.Server;
    }

    private sealed class TemplateHost(string provider, string connectionString, DateTimeOffset? at) : WebApplicationFactory<Program>
    {
        private readonly string _dataDir = Path.Combine(Folder, Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Mesa:DataDir", _dataDir);
            builder.UseSetting("Mesa:Demo", "true");
            builder.UseSetting("Mesa:Jobs:Enabled", "false");
            builder.UseSetting("Mesa:Database:Provider", provider);
            builder.UseSetting("Mesa:Database:ConnectionString", connectionString);
            if (at is { } start) builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(start)));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (Directory.Exists(_dataDir)) Directory.Delete(_dataDir, recursive: true);
        }
    }
}
