using Mesa.Tests.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mesa.Web.Tests.Support;

/// <summary>
/// The schema and the demo set are built once per test run and per engine, by Mesa's own start-up, then copied for
/// each fixture: a file copy on SQLite, <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL. Every fixture still starts
/// the real host against its own database; it only skips migrating and seeding an empty one (seconds per fixture,
/// minutes per run). The copies are made at the same instant of the test clock as <see cref="MesaApp.Clock"/>.
/// </summary>
public static class DatabaseTemplates
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "mesa-tests");
    private static readonly Lazy<Task<string>> SqliteTemplate = new(MakeSqliteAsync);
    private static readonly Lazy<Task<string>> PostgresTemplate = new(MakePostgresAsync);

    public static async Task CopySqliteAsync(string file)
    {
        var template = await SqliteTemplate.Value;
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.Copy(template, file);
    }

    public static async Task CreatePostgresAsync(string database) =>
        await TestPostgres.CreateFromTemplateAsync(database, await PostgresTemplate.Value);

    private static async Task<string> MakeSqliteAsync()
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

    private static async Task<string> MakePostgresAsync()
    {
        var database = $"mesa_template_{Guid.NewGuid():N}";
        await TestPostgres.CreateAsync(database);
        await BuildAsync("postgres", TestPostgres.ConnectionString(database));
        Npgsql.NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TestPostgres.DropAsync(database).GetAwaiter().GetResult();
        return database;
    }

    /// <summary>Starts Mesa once on the empty database (schema, reference data, demo set) and stops it.</summary>
    private static async Task BuildAsync(string provider, string connectionString)
    {
        await using var host = new TemplateHost(provider, connectionString);
        _ = host.Server;
    }

    private sealed class TemplateHost(string provider, string connectionString) : WebApplicationFactory<Program>
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
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(MesaApp.Start)));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (Directory.Exists(_dataDir)) Directory.Delete(_dataDir, recursive: true);
        }
    }
}
