using Site.Build;
using Site.TestSupport;

namespace Site.Preview.Tests;

public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly BuildSession _session = new();

    public IncrementalBuildTests()
    {
        _site.Article("articles/2021/sommet.fr.md", "Le sommet", "2021-06-16T18:00:00+02:00", extra: "tags: [Genève]\n", body: "Premier texte.\n");
        _site.Article("articles/2021/sommet.en.md", "The summit", "2021-06-16T18:00:00+02:00", extra: "tags: [Geneva]\n");
        _site.Article("articles/2020/vaccins.fr.md", "Les vaccins", "2020-12-10T09:00:00+01:00", category: "economie", extra: "tags: [Santé]\n");
        _site.Article("articles/2019/ancien.fr.md", "Un ancien article", "2019-01-10T09:00:00+01:00", extra: "tags: [Histoire]\n");
    }

    [Fact]
    public void AnEditedArticleReRendersOnlyThePagesThatShowIt()
    {
        Assert.Equal(BuildOutcome.Success, Build().Outcome);
        Assert.Contains("fr/2019/01/ancien/index.html", _session.LastChanged);

        Touch("articles/2021/sommet.fr.md", "Le sommet", "Texte corrigé.\n");
        var result = Build();

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        var changed = _session.LastChanged;
        Assert.Contains("fr/2021/06/sommet/index.html", changed);
        Assert.Contains("fr/2021/06/sommet/print/index.html", changed);
        Assert.Contains("fr/index.html", changed);
        Assert.Contains("fr/categories/monde/index.html", changed);
        Assert.Contains("fr/tags/geneve/index.html", changed);
        Assert.Contains("fr/feed.xml", changed);
        Assert.DoesNotContain("fr/2019/01/ancien/index.html", changed);
        Assert.DoesNotContain("fr/2020/12/vaccins/index.html", changed);
        Assert.DoesNotContain("fr/tags/sante/index.html", changed);
        Assert.DoesNotContain("en/2021/06/sommet/index.html", changed);
        Assert.DoesNotContain(changed, c => c.StartsWith("media/", StringComparison.Ordinal) || c.StartsWith("assets/", StringComparison.Ordinal));
        Assert.Contains("Texte corrigé.", _site.ReadOutput("fr/2021/06/sommet/index.html"));
    }

    [Fact]
    public void NothingIsWrittenWhenNothingChanged()
    {
        Build();

        Assert.Equal(BuildOutcome.Success, Build().Outcome);

        Assert.Empty(_session.LastChanged);
    }

    [Fact]
    public void ThePreviewHoldsNoArticleTextAndAnEditedOneIsReadBackAnew()
    {
        Build();
        Touch("articles/2021/sommet.fr.md", "Le sommet", "Texte corrigé.\n");
        Assert.Equal(BuildOutcome.Success, Build().Outcome);

        // Like a build's, the session's articles keep their Markdown and bodies in its spill file, not in memory.
        var last = _session.TakePreviewBuild()!;
        Assert.All(last.Site.Entries, e => Assert.False(e.Article.HoldsBody()));
        Assert.All(last.Site.Entries, e => Assert.False(e.Body.HoldsHtml));
        Assert.Contains("Texte corrigé.", last.Site.Entries.Single(e => e.Article.SourcePath == "articles/2021/sommet.fr.md").Body.Html);
        Assert.Contains("Texte corrigé.", _site.ReadOutput("fr/2021/06/sommet/index.html"));
    }

    [Fact]
    public void ANewTitleReachesTheTranslationAndTheListings()
    {
        Build();

        Touch("articles/2021/sommet.fr.md", "Le grand sommet", "Premier texte.\n");
        Build();

        Assert.Contains("Le grand sommet", _site.ReadOutput("fr/index.html"));
        Assert.Contains("Le grand sommet", _site.ReadOutput("fr/tags/geneve/index.html"));
        Assert.Contains("Le grand sommet", _site.ReadOutput("fr/2019/01/ancien/index.html"));
        Assert.DoesNotContain("fr/tags/histoire/index.html", _session.LastChanged);
    }

    [Fact]
    public void ATemplateChangeReRendersThePagesThatUseIt()
    {
        Build();

        var layout = Path.Combine(_site.Theme, "layouts", "article.liquid");
        File.AppendAllText(layout, "\n<!-- changed -->\n");
        File.SetLastWriteTimeUtc(layout, DateTime.UtcNow.AddSeconds(5));
        Build();

        Assert.Contains("fr/2019/01/ancien/index.html", _session.LastChanged);
        Assert.Contains("<!-- changed -->", _site.ReadOutput("fr/2019/01/ancien/index.html"));
    }

    [Fact]
    public void BadInputKeepsTheLastGoodPagesAndAFixRecovers()
    {
        Build();
        var before = _site.ReadOutput("fr/2021/06/sommet/index.html");

        _site.WriteInput("articles/2021/sommet.fr.md", "---\ntitle: [Le sommet\ndate: 2021-06-16T18:00:00+02:00\ncategory: monde\n---\nCassé.\n");
        var broken = Build();

        Assert.Equal(BuildOutcome.BadInput, broken.Outcome);
        Assert.Contains(broken.Diagnostics, d => d.File == "articles/2021/sommet.fr.md" && d.Line == 2);
        Assert.Equal(before, _site.ReadOutput("fr/2021/06/sommet/index.html"));

        Touch("articles/2021/sommet.fr.md", "Le sommet", "Réparé.\n");
        Assert.Equal(BuildOutcome.Success, Build().Outcome);
        Assert.Contains("Réparé.", _site.ReadOutput("fr/2021/06/sommet/index.html"));
    }

    [Fact]
    public void ABrokenLinkIsReportedAndNotPublished()
    {
        Build();
        var before = _site.ReadOutput("fr/2021/06/sommet/index.html");

        Touch("articles/2021/sommet.fr.md", "Le sommet", "Voir ![carte](/media/absente.png).\n");
        var broken = Build();

        Assert.Equal(BuildOutcome.SiteProblems, broken.Outcome);
        Assert.Contains(broken.Findings, f => f.Url == "/media/absente.png" && f.Page == "fr/2021/06/sommet/index.html");
        Assert.Equal(before, _site.ReadOutput("fr/2021/06/sommet/index.html"));
    }

    [Fact]
    public void ARenamedArticleTakesItsOldPagesAway()
    {
        Build();

        File.Move(Path.Combine(_site.Input, "articles/2019/ancien.fr.md"), Path.Combine(_site.Input, "articles/2019/archive.fr.md"));
        var result = Build();

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        Assert.Contains("fr/2019/01/ancien/index.html", _session.LastChanged);
        Assert.Contains("fr/2019/01/archive/index.html", _session.LastChanged);
        Assert.False(File.Exists(Path.Combine(_site.Output, "fr/2019/01/ancien/index.html")));
        Assert.False(File.Exists(Path.Combine(_site.Output, "fr/2019/01/ancien/print/index.html")));
        Assert.Contains("Un ancien article", _site.ReadOutput("fr/2019/01/archive/index.html"));
    }

    [Fact]
    public void ALinkToAPageThatWentAwayIsReported()
    {
        Touch("articles/2021/sommet.fr.md", "Le sommet", "Voir [l’ancien](/fr/2019/01/ancien/).\n");
        Assert.Equal(BuildOutcome.Success, Build().Outcome);

        File.Delete(Path.Combine(_site.Input, "articles/2019/ancien.fr.md"));
        var broken = Build();

        Assert.Equal(BuildOutcome.SiteProblems, broken.Outcome);
        Assert.Contains(broken.Findings, f => f.Url == "/fr/2019/01/ancien/" && f.Page == "fr/2021/06/sommet/index.html");
    }

    [Fact]
    public void FragmentsOfPagesThatDidNotChangeAreFound()
    {
        _site.Article("articles/2020/vaccins.fr.md", "Les vaccins", "2020-12-10T09:00:00+01:00", category: "economie", extra: "tags: [Santé]\n", body: "## Contexte\n\nTexte.\n");
        Build();

        Touch("articles/2021/sommet.fr.md", "Le sommet", "Voir [le contexte](/fr/2020/12/vaccins/#contexte).\n");
        Assert.Equal(BuildOutcome.Success, Build().Outcome);
        Assert.DoesNotContain("fr/2020/12/vaccins/index.html", _session.LastChanged);

        Touch("articles/2021/sommet.fr.md", "Le sommet", "Voir [la suite](/fr/2020/12/vaccins/#suite).\n");
        var broken = Build();

        Assert.Equal(BuildOutcome.SiteProblems, broken.Outcome);
        Assert.Contains(broken.Findings, f => f.Url == "/fr/2020/12/vaccins/#suite");
    }

    [Fact]
    public void ALinkToAnAnchorThatWentAwayIsReported()
    {
        _site.Article("articles/2020/vaccins.fr.md", "Les vaccins", "2020-12-10T09:00:00+01:00", category: "economie", extra: "tags: [Santé]\n", body: "## Contexte\n\nTexte.\n");
        Touch("articles/2021/sommet.fr.md", "Le sommet", "Voir [le contexte](/fr/2020/12/vaccins/#contexte).\n");
        Assert.Equal(BuildOutcome.Success, Build().Outcome);

        _site.Article("articles/2020/vaccins.fr.md", "Les vaccins", "2020-12-10T09:00:00+01:00", category: "economie", extra: "tags: [Santé]\n", body: "## Ailleurs\n\nTexte.\n");
        File.SetLastWriteTimeUtc(Path.Combine(_site.Input, "articles/2020/vaccins.fr.md"), DateTime.UtcNow.AddSeconds(30));
        var broken = Build();

        Assert.Equal(BuildOutcome.SiteProblems, broken.Outcome);
        Assert.Contains(broken.Findings, f => f.Url == "/fr/2020/12/vaccins/#contexte" && f.Page == "fr/2021/06/sommet/index.html");
    }

    public void Dispose()
    {
        _session.Dispose();
        _site.Dispose();
    }

    private BuildResult Build() => new SiteBuilder(TextWriter.Null).Build(
        new BuildOptions { InputDirectory = _site.Input, ThemeDirectory = _site.Theme, OutputDirectory = _site.Output, Now = DateTimeOffset.Parse("2026-01-01T00:00:00Z") },
        _session);

    // Rewrites an article and moves its modification time on, as an editor's save does.
    private void Touch(string path, string title, string body)
    {
        _site.Article(path, title, "2021-06-16T18:00:00+02:00", extra: "tags: [Genève]\n", body: body);
        File.SetLastWriteTimeUtc(Path.Combine(_site.Input, path), DateTime.UtcNow.AddSeconds(Random.Shared.Next(10, 1000)));
    }
}
