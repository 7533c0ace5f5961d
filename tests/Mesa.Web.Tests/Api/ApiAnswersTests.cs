using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// The OpenAPI document against what the API really answered during the whole Web suite (<see cref="ApiAnswers"/>):
/// every documented response was produced by some test, and every answer given is documented. ./test.sh runs this
/// after the rest of the Web suite, which it runs with <c>MESA_API_ANSWERS</c> set; alone, it has nothing to compare.
/// </summary>
[Trait("Category", "ApiAnswers")]
public sealed class ApiAnswersTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_document_declares_exactly_the_answers_the_suite_saw()
    {
        Assert.True(ApiAnswers.File is not null && File.Exists(ApiAnswers.File),
            "MESA_API_ANSWERS names no file of recorded answers: run the Web suite through ./test.sh.");
        var seen = File.ReadAllLines(ApiAnswers.File).Where(l => l.Length > 0).Select(Normalised).ToHashSet();
        var documented = (await ApiDocument.ReadAsync(app)).Operations()
            .SelectMany(o => o.Statuses.Select(status => $"{o.Method} {o.Path} {status}")).ToHashSet();

        var neverProduced = documented.Except(seen).Order().ToList();
        var undocumented = seen.Except(documented).Order().ToList();

        Assert.True(neverProduced.Count == 0 && undocumented.Count == 0,
            $"Documented but never answered by a test:\n  {string.Join("\n  ", neverProduced)}\n" +
            $"Answered but not documented:\n  {string.Join("\n  ", undocumented)}");
    }

    private static string Normalised(string line)
    {
        var parts = line.Split(' ');
        return $"{parts[0]} {ApiDocument.PathOf(parts[1])} {parts[2]}";
    }
}
