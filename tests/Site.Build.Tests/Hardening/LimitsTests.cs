using Site.Core.Diagnostics;
using Site.TestSupport;

namespace Site.Build.Tests.Hardening;

/// <summary>
/// Huge or pathological articles either build or fail with a located error; none crashes or hangs. Each build is
/// awaited for at most <see cref="SafetyNet"/>: only a net for a hang, not a speed requirement (xunit's
/// <c>Timeout</c> is not used: it is not enforced when tests run in parallel).
/// </summary>
public sealed class LimitsTests
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromMinutes(10);

    private const string Path = "articles/2021/a.fr.md";

    /// <summary>The line of the file where the body starts, after the four lines of front matter and the two fences.</summary>
    private const int BodyLine = 6;

    [Fact]
    public async Task BuildsAFiveMegabyteArticle()
    {
        var paragraph = "Un paragraphe assez long, avec des *mots en italique* et un [lien](https://example.org/) pour remplir la page.\n\n";
        var body = string.Concat(Enumerable.Repeat(paragraph, (5 * 1024 * 1024 / paragraph.Length) + 1));

        var (site, result) = await BuildAsync(body);

        using (site)
        {
            Assert.Equal(BuildOutcome.Success, result.Outcome);
            Assert.True(new FileInfo(System.IO.Path.Combine(site.Output, "fr/2021/06/a/index.html")).Length > 5 * 1024 * 1024);
        }
    }

    [Fact]
    public async Task BuildsAnArticleWithTenThousandTags()
    {
        var tags = "tags:\n" + string.Concat(Enumerable.Range(1, 10_000).Select(i => $"  - Mot-clé {i}\n"));

        var (site, result) = await BuildAsync("Texte.\n", tags);

        using (site)
        {
            Assert.Equal(BuildOutcome.Success, result.Outcome);
            Assert.Equal(10_000, Directory.GetDirectories(System.IO.Path.Combine(site.Output, "fr/tags")).Length);
            Assert.True(site.OutputExists("fr/tags/mot-cle-10000/index.html"));
        }
    }

    public static TheoryData<string, string, int> TooDeep => new()
    {
        { "10,000 nested quotes", string.Concat(Enumerable.Repeat("> ", 10_000)) + "x\n", 1 },
        { "10,000 nested list items", string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n", 1 },
        { "quotes in list items", string.Concat(Enumerable.Repeat("> - ", 5_000)) + "x\n", 1 },
        { "50,000 '['", new string('[', 50_000) + "\n", 1 },
        { "25,000 '*a'", string.Concat(Enumerable.Repeat("*a", 25_000)) + "\n", 1 },
        { "25,000 '!['", string.Concat(Enumerable.Repeat("![", 25_000)) + "\n", 1 },
        { "deep quote after 10,000 fine lines", string.Concat(Enumerable.Repeat("Ligne.\n\n", 5_000)) + string.Concat(Enumerable.Repeat("> ", 100)) + "x\n\nFin.\n", 10_001 },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public async Task RefusesNestingDeeperThanTheLimitAtItsLine(string name, string body, int line)
    {
        var (site, result) = await BuildAsync(body);

        using (site)
        {
            Assert.True(result.Outcome == BuildOutcome.BadInput, name);
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal((Path, BodyLine + line - 1, Severity.Error), (error.File, error.Line, error.Severity));
            Assert.Contains("nested more than 64 levels", error.Message, StringComparison.Ordinal);
            Assert.NotNull(error.Hint);
            Assert.False(Directory.Exists(site.Output));
        }
    }

    [Fact]
    public async Task LocatesAListIndentedTooDeepAtTheItemThatCrossesTheLimit()
    {
        var body = string.Join("\n", Enumerable.Range(0, 1_000).Select(i => new string(' ', i * 2) + "- niveau")) + "\n";

        var (site, result) = await BuildAsync(body);

        using (site)
        {
            Assert.Equal(BuildOutcome.BadInput, result.Outcome);
            var error = Assert.Single(result.Diagnostics);
            Assert.InRange(error.Line, BodyLine + 16, BodyLine + 64);
        }
    }

    public static TheoryData<string, string, string, int, int> TooDeepYaml => new()
    {
        { "front matter", Path, $"---\ntitle: A\ndate: 2021-06-16T18:00:00+02:00\ncategory: monde\ntags: {new string('[', 100_000)}\n---\n", 5, 70 },
        { "front matter", Path, $"---\ntitle: A\ndate: 2021-06-16T18:00:00+02:00\ncategory: monde\ntags: {string.Concat(Enumerable.Repeat("{a: ", 100_000))}\n---\n", 5, 259 },
        { "front matter", Path, "---\ntitle: A\ndate: 2021-06-16T18:00:00+02:00\ncategory: monde\ntags:\n" + string.Concat(Enumerable.Range(1, 3_000).Select(i => new string(' ', i) + "-\n")) + "---\n", 69, 65 },
        { "site.yml", "site.yml", TestSite.BilingualConfig + $"\nlists: {new string('[', 100_000)}\n", 17, 71 },
    };

    [Theory]
    [MemberData(nameof(TooDeepYaml))]
    public async Task RefusesYamlNestedDeeperThanTheLimitInsteadOfOverflowingTheStack(string name, string path, string text, int line, int column)
    {
        var site = new TestSite();
        site.WriteInput(path, text);

        var result = await Task.Run(() => Builds.Run(site)).WaitAsync(SafetyNet);

        using (site)
        {
            Assert.True(result.Outcome == BuildOutcome.BadInput, name);
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal((path, line, column), (error.File, error.Line, error.Column));
            Assert.Contains("nested more than 64 levels", error.Message, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string> Pathological => new()
    {
        { "50,000 '*'", new string('*', 50_000) + "\n" },
        { "50,000 '_'", new string('_', 50_000) + "\n" },
        { "50,000 '`'", new string('`', 50_000) + "\n" },
        { "50,000 '<'", new string('<', 50_000) + "\n" },
        { "50,000 '\\'", new string('\\', 50_000) + "\n" },
        { "25,000 '&#'", string.Concat(Enumerable.Repeat("&#", 25_000)) + "\n" },
        { "a table 5,000 columns wide", "|" + string.Concat(Enumerable.Repeat("a|", 5_000)) + "\n|" + string.Concat(Enumerable.Repeat("-|", 5_000)) + "\n" },
        { "a 20,000-line table", "|a|b|\n|-|-|\n" + string.Concat(Enumerable.Repeat("|x|y|\n", 20_000)) },
        { "a 50,000-character word", new string('é', 50_000) + "\n" },
        { "5,000 footnotes", string.Concat(Enumerable.Range(0, 5_000).Select(i => $"Note[^{i}].\n\n[^{i}]: Texte {i}.\n\n")) },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public async Task BuildsPathologicalMarkdown(string name, string body)
    {
        var (site, result) = await BuildAsync(body);

        using (site)
        {
            Assert.True(result.Outcome == BuildOutcome.Success, $"{name}: {string.Join('\n', result.Diagnostics)}");
        }
    }

    private static async Task<(TestSite Site, BuildResult Result)> BuildAsync(string body, string extra = "")
    {
        var site = new TestSite();
        site.WriteInput(Path, $"---\ntitle: A\ndate: 2021-06-16T18:00:00+02:00\ncategory: monde\n{extra}---\n{body}");
        var result = await Task.Run(() => Builds.Run(site)).WaitAsync(SafetyNet);
        return (site, result);
    }
}
