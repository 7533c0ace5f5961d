namespace Mesa.E2E.Tests.Support;

/// <summary>Mesa on its embedded default: a SQLite file in a data folder of its own.</summary>
public sealed class SqliteServer : MesaServer
{
    public override string Provider => "sqlite";

    protected override string ConnectionString => $"Data Source={Path.Combine(DataDir, "mesa.db")}";
}
