using Mesa.Core.Data;
using Mesa.Infrastructure.Database;
using Mesa.Tests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Database;

/// <summary>
/// The schema the migrations build on an empty database, on each engine, line for line against the one recorded in
/// <c>Database/Schema</c>; and the model has nothing a migration has not yet said. A change to the schema shows in
/// review as a change to that file: rewrite it with <c>MESA_WRITE_SCHEMA=1</c>.
/// </summary>
public sealed class SchemaTests
{
    [Fact]
    public async Task A_fresh_SQLite_database_holds_the_recorded_schema()
    {
        var file = Path.Combine(Path.GetTempPath(), "mesa-tests", $"schema-{Guid.NewGuid():N}.db");
        var connection = $"Data Source={file};Pooling=false";
        try
        {
            await MigrateAsync("sqlite", connection);
            Compare("sqlite.txt", await SchemaDump.SqliteAsync(connection));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_fresh_PostgreSQL_database_holds_the_recorded_schema()
    {
        var database = $"mesa_test_{Guid.NewGuid():N}";
        await TestPostgres.CreateAsync(database);
        try
        {
            await MigrateAsync("postgres", TestPostgres.ConnectionString(database));
            Compare("postgres.txt", await SchemaDump.PostgresAsync(TestPostgres.ConnectionString(database)));
        }
        finally
        {
            await TestPostgres.DropAsync(database);
        }
    }

    private static async Task MigrateAsync(string provider, string connectionString)
    {
        var services = new ServiceCollection().AddLogging()
            .AddMesaDatabase(new DatabaseOptions { Provider = provider, ConnectionString = connectionString }, Path.GetTempPath());
        await using var provided = services.BuildServiceProvider();
        await using var scope = provided.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
        await DatabaseSetup.PrepareAsync(db, migrate: true, default);
        Assert.False(db.Database.HasPendingModelChanges(), $"The model has changes no {provider} migration makes: add one.");
    }

    private static void Compare(string name, IReadOnlyList<string> actual)
    {
        var path = Path.Combine(TestPaths.SolutionDir(), "tests", "Mesa.Web.Tests", "Database", "Schema", name);
        if (Environment.GetEnvironmentVariable("MESA_WRITE_SCHEMA") == "1")
            File.WriteAllText(path, string.Join('\n', actual) + "\n");
        var expected = File.ReadAllLines(path);
        var missing = expected.Except(actual).Select(line => "- " + line);
        var extra = actual.Except(expected).Select(line => "+ " + line);
        var differences = string.Join('\n', missing.Concat(extra));
        Assert.True(differences.Length == 0, $"The schema differs from {name}:\n{differences}");
    }
}
