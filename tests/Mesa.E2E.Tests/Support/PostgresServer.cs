using Mesa.Tests.Common;

namespace Mesa.E2E.Tests.Support;

/// <summary>Mesa on the PostgreSQL that ./test.sh starts (MESA_TEST_POSTGRES), in a database of its own dropped at the end.</summary>
public class PostgresServer : MesaServer
{
    private readonly string _database = $"mesa_e2e_{Guid.NewGuid():N}";

    public override string Provider => "postgres";

    protected override string ConnectionString => TestPostgres.ConnectionString(_database);

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
