namespace Mesa.DataGenerator;

/// <summary>
/// Fills a database with realistic tickets and changes (<c>--changes N</c>, one for every twenty tickets by default). Examples:
/// <c>dotnet run -c Release --project bench/Mesa.DataGenerator -- --provider sqlite --connection "Data Source=data/big.db" --tickets 100000</c>
/// <c>dotnet run -c Release --project bench/Mesa.DataGenerator -- --provider postgres --connection "Host=127.0.0.1;Database=mesa_big;Username=postgres"</c>
/// </summary>
internal static class Program
{
    public static async Task Main(string[] args)
    {
        var options = GeneratorOptions.Parse(args);
        Console.WriteLine($"Generating {options.Tickets:N0} tickets and {options.ChangeCount:N0} changes into {options.Provider}...");
        var result = await Generator.RunAsync(options, CancellationToken.None);
        Console.WriteLine($"{result.Tickets:N0} tickets, {result.Events:N0} history events, {result.Actions:N0} actions " +
                          $"in {result.Elapsed:hh\\:mm\\:ss} ({result.Tickets / result.Elapsed.TotalSeconds:N0} tickets/s; " +
                          $"living them {result.Living.TotalSeconds:N0} s, writing them {result.Writing.TotalSeconds:N0} s); " +
                          $"{result.Changes:N0} changes.");
    }
}
