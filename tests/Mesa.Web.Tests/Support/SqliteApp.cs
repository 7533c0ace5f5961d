namespace Mesa.Web.Tests.Support;

/// <summary>Mesa on its embedded default: a SQLite file in the data folder.</summary>
public class SqliteApp : MesaApp
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "mesa-tests", $"{Guid.NewGuid():N}.db");

    public override string Provider => "sqlite";

    protected override string ConnectionString => $"Data Source={_file}";

    public override async Task InitializeAsync()
    {
        await Templates.CopySqliteAsync(_file);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(file);
    }
}

/// <summary>Mesa with the optional assignment at registration switched on.</summary>
public sealed class AssignOnRegistrationApp : SqliteApp
{
    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string> { ["Mesa:AssignOnRegistration"] = "true" };
}
