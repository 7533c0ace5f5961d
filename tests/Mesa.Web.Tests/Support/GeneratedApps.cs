using Mesa.DataGenerator;

namespace Mesa.Web.Tests.Support;

/// <summary>
/// Mesa over ten years of generated tickets (the data generator, lived through the domain: clock stops, reopenings,
/// automatic closures, holidays, ratings), ending at the test clock's start, on top of the demo set.
/// </summary>
public static class GeneratedTickets
{
    public const int Count = 1_500;

    public static Task FillAsync(string provider, string connectionString) =>
        Generator.RunAsync(new GeneratorOptions(provider, connectionString, Tickets: Count, Requesters: 60, Now: MesaApp.Start,
            Quiet: true, Changes: 0), CancellationToken.None);
}

/// <summary>One generated Mesa per engine, shared by the report tests (they only read).</summary>
[CollectionDefinition(Name)]
public sealed class GeneratedSqlite : ICollectionFixture<GeneratedSqliteApp>
{
    public const string Name = "Generated tickets on SQLite";
}

[CollectionDefinition(Name)]
public sealed class GeneratedPostgres : ICollectionFixture<GeneratedPostgresApp>
{
    public const string Name = "Generated tickets on PostgreSQL";
}

public sealed class GeneratedSqliteApp : SqliteApp
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await GeneratedTickets.FillAsync(Provider, ConnectionString);
    }
}

public sealed class GeneratedPostgresApp : PostgresApp
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await GeneratedTickets.FillAsync(Provider, ConnectionString);
    }
}
