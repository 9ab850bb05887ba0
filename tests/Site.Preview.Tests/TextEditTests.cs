using Site.Build;
using Site.TestSupport;
using SkiaSharp;

namespace Site.Preview.Tests;

/// <summary>
/// An edit of an article's text alone (the watcher reported it, the front matter is the same) takes the short way:
/// the pages that show the article are made from the last build's model, and the output is still a clean build's.
/// </summary>
public sealed class TextEditTests : IDisposable
{
    private const string Sommet = "articles/2021/sommet.fr.md";
    private const string SommetPage = "fr/2021/06/sommet/index.html";
    // With a summary, so that the description does not change with the text (the case without is tested below).
    private const string FrontMatter = "tags: [Genève]\nsummary: \"Le résumé.\"\n";

    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private readonly TestSite _site = new();
    private readonly BuildSession _session = new();

    public TextEditTests()
    {
        _site.Article(Sommet, "Le sommet", "2021-06-16T18:00:00+02:00", extra: FrontMatter, body: "Premier texte.\n\n## Contexte\n\nSuite.\n");
        _site.Article("articles/2021/sommet.en.md", "The summit", "2021-06-16T18:00:00+02:00", extra: "tags: [Geneva]\n");
        _site.Article("articles/2020/vaccins.fr.md", "Les vaccins", "2020-12-10T09:00:00+01:00", category: "economie", extra: "tags: [Santé]\n", body: "Voir [le contexte](/fr/2021/06/sommet/#contexte).\n");
        _site.Article("articles/2019/ancien.fr.md", "Un ancien article", "2019-01-10T09:00:00+01:00", extra: "tags: [Histoire]\n");
        _site.WriteInputBytes("media/carte.png", Image(40, 30));
        _session.TrackChanges();
    }

    [Fact]
    public void GivenAnEditOfTheTextWhenThePreviewRebuildsThenOnlyThePagesThatShowTheArticleAreMadeAgainFromTheLastModel()
    {
        Assert.Equal(BuildOutcome.Success, Build().Outcome);

        var result = EditText("Texte corrigé.\n\n## Contexte\n\nSuite.\n");

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        Assert.DoesNotContain(result.Steps, s => s.Step is "assemble site" or "plan pages");
        var changed = _session.LastChanged;
        Assert.Contains(SommetPage, changed);
        Assert.Contains("fr/2021/06/sommet/print/index.html", changed);
        Assert.Contains("fr/index.html", changed);
        Assert.Contains("fr/tags/geneve/index.html", changed);
        Assert.Contains("fr/feed.xml", changed);
        Assert.DoesNotContain("fr/2019/01/ancien/index.html", changed);
        Assert.DoesNotContain("fr/2020/12/vaccins/index.html", changed);
        Assert.DoesNotContain("fr/tags/sante/index.html", changed);
        Assert.DoesNotContain("en/2021/06/sommet/index.html", changed);
        Assert.DoesNotContain("sitemap.xml", changed);
        Assert.Contains("Texte corrigé.", _site.ReadOutput(SommetPage));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void GivenTwoEditsOfTheTextInARowThenTheSecondShowsToo()
    {
        Build();
        EditText("Deuxième version.\n\n## Contexte\n");

        var result = EditText("Troisième version.\n\n## Contexte\n");

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        Assert.DoesNotContain(result.Steps, s => s.Step == "assemble site");
        Assert.Contains("Troisième version.", _site.ReadOutput(SommetPage));
        Assert.Contains("Troisième version.", _site.ReadOutput("fr/feed.xml"));
        AssertSameAsCleanBuild();
    }

    [Theory]
    [InlineData("a picture whose variants must be made", "Texte.\n\n## Contexte\n\n![Une carte](/media/carte.png)\n")]
    [InlineData("a link to another article", "Voir [les vaccins](/fr/2020/12/vaccins/).\n\n## Contexte\n")]
    [InlineData("a new heading", "Texte.\n\n## Contexte\n\n## Analyse\n")]
    public void GivenAnEditOfTheTextWhenThePreviewRebuildsThenItsOutputIsACleanBuilds(string what, string body)
    {
        Assert.Equal(BuildOutcome.Success, Build().Outcome);

        var result = EditText(body);

        Assert.True(result.Outcome == BuildOutcome.Success, what);
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void GivenAHeadingAnotherPageLinksToRemovedThenThatLinkIsReported()
    {
        Build();

        var result = EditText("Texte sans titre.\n");

        Assert.Equal(BuildOutcome.SiteProblems, result.Outcome);
        Assert.Contains(result.Findings, f => f.Page == "fr/2020/12/vaccins/index.html" && f.Url == "/fr/2021/06/sommet/#contexte");
        Assert.Contains("id=\"contexte\"", _site.ReadOutput(SommetPage));
    }

    [Fact]
    public void GivenAnArticleWithoutSummaryWhenItsFirstParagraphChangesThenTheOutputIsACleanBuilds()
    {
        _site.Article("articles/2019/ancien.fr.md", "Un ancien article", "2019-01-10T09:00:00+01:00", extra: "tags: [Histoire]\n", body: "Ancien début.\n");
        Build();

        _site.Article("articles/2019/ancien.fr.md", "Un ancien article", "2019-01-10T09:00:00+01:00", extra: "tags: [Histoire]\n", body: "Nouveau début.\n");
        _session.NoteChanged(Path.Combine(_site.Input, "articles/2019/ancien.fr.md"));
        var result = Build();

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        Assert.DoesNotContain(result.Steps, s => s.Step == "assemble site");
        Assert.Contains("Nouveau début.", _site.ReadOutput("fr/2019/01/ancien/index.html"));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void GivenABrokenLinkInTheTextThenTheBuildFailsAndTheLastGoodPageStaysUntilTheFix()
    {
        Build();

        var broken = EditText("Voir [ailleurs](/fr/nulle-part/).\n\n## Contexte\n");

        Assert.Equal(BuildOutcome.SiteProblems, broken.Outcome);
        Assert.Contains(broken.Findings, f => f.Url == "/fr/nulle-part/");
        Assert.Contains("Premier texte.", _site.ReadOutput(SommetPage));

        var fixedResult = EditText("Voir [ailleurs](/fr/).\n\n## Contexte\n");

        Assert.Equal(BuildOutcome.Success, fixedResult.Outcome);
        Assert.Contains("ailleurs", _site.ReadOutput(SommetPage));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void GivenAnArticleWhoseTitleAnotherSharesWhenItsTextIsEditedThenTheShortWayKeepsTheWarningAsACleanBuildWould()
    {
        _site.Article("articles/2020/autre-sommet.fr.md", "Le sommet", "2020-03-02T09:00:00+01:00", extra: "tags: [Histoire]\n");
        var first = Build();
        Assert.Equal(BuildOutcome.Success, first.Outcome);
        Assert.Contains(first.Findings, f => f.Page == SommetPage && f.Kind == Site.Checks.FindingKind.DuplicateTitle);

        var result = EditText("Texte corrigé.\n\n## Contexte\n\nSuite.\n");

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        Assert.DoesNotContain(result.Steps, s => s.Step == "assemble site");
        Assert.Contains("Texte corrigé.", _site.ReadOutput(SommetPage));
        var clean = new SiteBuilder(TextWriter.Null).Build(Options(Path.Combine(_site.Root, "clean-findings")));
        Assert.Equal(clean.Findings.Select(f => f.ToString()).Order(StringComparer.Ordinal), result.Findings.Select(f => f.ToString()).Order(StringComparer.Ordinal));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void GivenAnEditOfTheFrontMatterThenTheSiteIsAssembledAgain()
    {
        Build();

        _site.Article(Sommet, "Le grand sommet", "2021-06-16T18:00:00+02:00", extra: FrontMatter, body: "Premier texte.\n\n## Contexte\n\nSuite.\n");
        _session.NoteChanged(Path.Combine(_site.Input, Sommet));
        var result = Build();

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        Assert.Contains(result.Steps, s => s.Step == "assemble site");
        Assert.Contains("Le grand sommet", _site.ReadOutput("fr/2019/01/ancien/index.html"));
        AssertSameAsCleanBuild();
    }

    public void Dispose() => _site.Dispose();

    private BuildResult EditText(string body)
    {
        _site.Article(Sommet, "Le sommet", "2021-06-16T18:00:00+02:00", extra: FrontMatter, body: body);
        _session.NoteChanged(Path.Combine(_site.Input, Sommet));
        return Build();
    }

    private BuildResult Build() => new SiteBuilder(TextWriter.Null).Build(Options(_site.Output), _session);

    private BuildOptions Options(string output) => new() { InputDirectory = _site.Input, ThemeDirectory = _site.Theme, OutputDirectory = output, Now = Now };

    private void AssertSameAsCleanBuild()
    {
        var clean = Path.Combine(_site.Root, "clean");
        Assert.Equal(BuildOutcome.Success, new SiteBuilder(TextWriter.Null).Build(Options(clean)).Outcome);
        var want = Files(clean);
        var have = Files(_site.Output);
        Assert.Equal(want.Order(StringComparer.Ordinal), have.Order(StringComparer.Ordinal));
        foreach (var file in want)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(clean, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_site.Output, file))), $"{file} differs from a clean build's");
        }

        Directory.Delete(clean, recursive: true);
    }

    private static HashSet<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).ToHashSet(StringComparer.Ordinal);

    private static byte[] Image(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SteelBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
