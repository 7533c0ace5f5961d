using Mesa.Tests.Common;

namespace Mesa.E2E.Tests.Support;

/// <summary>Mesa on an empty database, as an agency installs it: no demo set, only the reference data.</summary>
public sealed class NewInstallationSqliteServer : MesaServer
{
    public override string Provider => "sqlite";

    protected override string ConnectionString => $"Data Source={Path.Combine(DataDir, "mesa.db")}";

    protected override IReadOnlyDictionary<string, string> MoreSettings { get; } = new Dictionary<string, string> { ["Mesa:Demo"] = "false" };

    public override Task InitializeAsync()
    {
        Directory.CreateDirectory(DataDir);
        return base.InitializeAsync();
    }
}

/// <summary>The same on PostgreSQL, in an empty database of its own.</summary>
public sealed class NewInstallationPostgresServer : MesaServer
{
    private readonly string _database = $"mesa_e2e_{Guid.NewGuid():N}";

    public override string Provider => "postgres";

    protected override string ConnectionString => TestPostgres.ConnectionString(_database);

    protected override IReadOnlyDictionary<string, string> MoreSettings { get; } = new Dictionary<string, string> { ["Mesa:Demo"] = "false" };

    public override async Task InitializeAsync()
    {
        await TestPostgres.CreateAsync(_database);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await TestPostgres.DropAsync(_database);
    }
}
