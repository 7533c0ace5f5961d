using System.Text.RegularExpressions;
using System.Xml.Linq;
using Mesa.Tests.Common;
using Mesa.Web.Resources;

namespace Mesa.Web.Tests.Pages;

/// <summary>Every word of the pages is in the resources, in Spanish and in English (the brief's "Language").</summary>
public sealed partial class UiTextTests
{
    private static readonly string WebDir = Path.Combine(TestPaths.SolutionDir(), "src", "Mesa.Web");

    [Theory]
    [InlineData("Ui")]
    [InlineData("HelpText")]
    public void Spanish_and_english_have_the_same_keys(string resource)
    {
        var spanish = Keys(Path.Combine(WebDir, "Resources", $"{resource}.resx"));
        var english = Keys(Path.Combine(WebDir, "Resources", $"{resource}.en.resx"));

        Assert.Empty(spanish.Except(english));
        Assert.Empty(english.Except(spanish));
    }

    [Fact]
    public void Every_key_a_page_names_exists()
    {
        var keys = Keys(Path.Combine(WebDir, "Resources", "Ui.resx"));
        var used = Directory.EnumerateFiles(Path.Combine(WebDir, "Pages"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)))
            .Where(u => !keys.Contains(u.Key))
            .Select(u => $"{u.File}: {u.Key}")
            .ToList();

        Assert.Empty(used);
    }

    [Fact]
    public void Every_help_topic_has_a_title_and_a_body()
    {
        var keys = Keys(Path.Combine(WebDir, "Resources", "HelpText.resx"));

        Assert.All(HelpText.Topics, topic =>
        {
            Assert.Contains($"{topic}.Title", keys);
            Assert.Contains($"{topic}.Body", keys);
        });
    }

    private static HashSet<string> Keys(string path) =>
        XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

    // T["Key"], text["Key"], ui["Key"] — and the keys passed on to them as string literals of "Area.Name" shape.
    [GeneratedRegex("""(?:\bT|\btext|\bui)\["([A-Za-z0-9]+\.[A-Za-z0-9.]+)"|"(?=Ticket\.)(Ticket\.[A-Za-z]+)"\)""")]
    private static partial Regex LiteralKey();
}
