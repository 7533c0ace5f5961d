namespace Mesa.Core.Tests.Support;

/// <summary>
/// The seed of a test that draws random cases: a new one each run, named in the test's failure message, and
/// <c>MESA_TEST_SEED=…</c> replays it.
/// </summary>
public static class TestSeed
{
    public static int Next() =>
        int.TryParse(Environment.GetEnvironmentVariable("MESA_TEST_SEED"), out var seed) ? seed : Random.Shared.Next();

    public static string Replay(int seed) => $"seed {seed}: MESA_TEST_SEED={seed} replays it";
}
