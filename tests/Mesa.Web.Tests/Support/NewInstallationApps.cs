using Mesa.Tests.Common;

namespace Mesa.Web.Tests.Support;

/// <summary>
/// Mesa on an empty database, as a new installation starts: no demo set, only the reference data, and the configuration
/// document of <c>Mesa__ConfigurationFile</c> (<see cref="StartingDocument"/>).
/// </summary>
public abstract class NewInstallationApp : MesaApp
{
    /// <summary>What the new installation starts from: the organisation's name, nothing else.</summary>
    public const string StartingDocument = """{"version": 1, "settings": {"organisationName": "Entidad de la prueba"}}""";

    private readonly string _document = Path.Combine(Path.GetTempPath(), "mesa-tests", $"configuracion-{Guid.NewGuid():N}.json");

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Mesa:Demo"] = "false",
        ["Mesa:ConfigurationFile"] = _document,
    };

    public override async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_document)!);
        await File.WriteAllTextAsync(_document, StartingDocument);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_document);
    }
}

public sealed class NewInstallationSqliteApp : NewInstallationApp
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "mesa-tests", $"{Guid.NewGuid():N}.db");

    public override string Provider => "sqlite";

    protected override string ConnectionString => $"Data Source={_file}";

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(file);
    }
}

public sealed class NewInstallationPostgresApp : NewInstallationApp
{
    private readonly string _database = $"mesa_test_{Guid.NewGuid():N}";

    public override string Provider => "postgres";

    protected override string ConnectionString => TestPostgres.ConnectionString(_database);

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
