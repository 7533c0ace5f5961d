namespace Mesa.DataGenerator;

/// <summary>What to generate and where: <c>--provider sqlite|postgres --connection … --tickets N [--changes N] --seed S</c>.</summary>
public sealed record GeneratorOptions(
    string Provider,
    string ConnectionString,
    int Tickets = 1_000_000,
    int Seed = 20260302,
    int Requesters = 3_000,
    int Years = 10,
    DateTimeOffset? Now = null,
    bool Quiet = false,
    int? Changes = null)
{
    /// <summary>Changes (RFC) over the same years: one for every twenty tickets unless told (50,000 at a million).</summary>
    public int ChangeCount => Changes ?? Tickets / 20;

    public const int BatchSize = 5_000;

    public static GeneratorOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        var provider = Value("--provider") ?? "sqlite";
        var connection = Value("--connection")
            ?? (provider == "sqlite" ? "Data Source=data/mesa-generated.db" : throw new ArgumentException("--connection is required for postgres"));
        return new GeneratorOptions(provider, connection,
            Tickets: int.Parse(Value("--tickets") ?? "1000000", System.Globalization.CultureInfo.InvariantCulture),
            Seed: int.Parse(Value("--seed") ?? "20260302", System.Globalization.CultureInfo.InvariantCulture),
            Quiet: args.Contains("--quiet"),
            Changes: Value("--changes") is { } changes ? int.Parse(changes, System.Globalization.CultureInfo.InvariantCulture) : null);
    }
}
