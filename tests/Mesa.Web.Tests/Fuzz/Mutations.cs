namespace Mesa.Web.Tests.Fuzz;

/// <summary>
/// The values a hostile or clumsy client sends instead of the expected one: empty, huge, the wrong kind, control
/// characters and NUL, text in other scripts and broken UTF-16, odd URLs, and the usual injection probes. Drawn from a
/// seeded <see cref="Random"/>, so that a failing run can be replayed with its seed.
/// </summary>
public sealed class Mutations(int seed)
{
    private static readonly string[] Values =
    [
        "", " ", "\0", "a\0b", "\u0001\u0002\u001b[31m\u007f", "\r\n", "\t", "é ñ ü ☃ 𝄞 中文 العربية",
        "\uD800", "x\uDFFFy", "\uFEFF\u200B\u202E", "99999999999999999999999", "-1", "0", "-2147483649", "1.5", "1e308",
        "NaN", "abc", "true", "on", "2026-13-45", "31/12/2026", "0001-01-01", "9999-12-31T23:59", "2026-02-30",
        "//evil.example/", "https://evil.example/", "/\\evil.example", "\\\\evil.example", "javascript:alert(1)",
        "/%0d%0aSet-Cookie:x=1", "/a\r\nLocation: /x", "/ñandú", "' OR '1'='1' --", "<script>alert(1)</script>",
        "{{7*7}}", "%00", "../../etc/passwd", "a,b,c",
    ];

    private readonly Random _random = new(seed);

    public int Seed { get; } = seed;

    /// <summary>Every mutation (the long run).</summary>
    public static IReadOnlyList<string> All => [.. Values, Huge('x', 70_000), Huge('ñ', 5_000)];

    /// <summary><paramref name="count"/> mutations drawn at random (the short run), one of them sometimes huge.</summary>
    public IReadOnlyList<string> Some(int count)
    {
        var picked = new List<string>(count);
        for (var i = 0; i < count; i++) picked.Add(Values[_random.Next(Values.Length)]);
        if (_random.Next(8) == 0) picked.Add(Huge(_random.Next(2) == 0 ? 'x' : 'ñ', _random.Next(300, 70_000)));
        return picked;
    }

    public int Next(int max) => _random.Next(max);

    private static string Huge(char c, int length) => new(c, length);

    /// <summary>The seed of this run: MESA_FUZZ_SEED when replaying, otherwise a new one.</summary>
    public static int SeedFromEnvironment() =>
        int.TryParse(Environment.GetEnvironmentVariable("MESA_FUZZ_SEED"), out var seed) ? seed : Random.Shared.Next();
}
