using Mesa.Tests.Common;

namespace Mesa.Web.Tests.Support;

/// <summary>
/// Mesa on a real PostgreSQL server (started by ./test.sh, which sets MESA_TEST_POSTGRES). Each instance creates a
/// database of its own and drops it at the end.
/// </summary>
public class PostgresApp : MesaApp
{
    private readonly string _database = $"mesa_test_{Guid.NewGuid():N}";

    public override string Provider => "postgres";

    public string DatabaseName => _database;

    protected override string ConnectionString => TestPostgres.ConnectionString(_database, maxPoolSize: 120);

    public override async Task InitializeAsync()
    {
        await Templates.CreatePostgresAsync(_database);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await TestPostgres.DropAsync(_database);
    }
}
