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
