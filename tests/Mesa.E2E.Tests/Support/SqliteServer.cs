namespace Mesa.E2E.Tests.Support;

/// <summary>Mesa on its embedded default: a SQLite file in a data folder of its own.</summary>
public class SqliteServer : MesaServer
{
    public override string Provider => "sqlite";

    protected override string ConnectionString => $"Data Source={Path.Combine(DataDir, "mesa.db")}";

    public override async Task InitializeAsync()
    {
        await Templates.CopySqliteAsync(Path.Combine(DataDir, "mesa.db"));
        await base.InitializeAsync();
    }
}
