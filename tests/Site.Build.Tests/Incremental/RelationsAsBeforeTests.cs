using Site.Checks;

namespace Site.Build.Tests.Incremental;

/// <summary>
/// A build after an edit checks the references of the pages it rendered again, and takes the relations between pages
/// (hreflang, canonical, sitemaps, feeds, duplicate titles and descriptions) as the last build judged them only when
/// those pages relate to the others as they did; its findings are a cold build's in every case.
/// </summary>
public sealed class RelationsAsBeforeTests
{
    private const string Sommet = "articles/2022/sommet.fr.md";

    [Fact]
    public void GivenAnArticleSharingItsTitleWhenItsTextIsEditedThenTheWarningIsKeptWithoutJudgingTheRelationsAgain()
    {
        using var site = SiteWithTwoSummits(summary: true);
        var first = IncrementalBuildCountTests.Build(site);
        Assert.Equal(BuildOutcome.Success, first.Outcome);
        Assert.Contains(first.Findings, f => f.Page.Contains("/sommet/", StringComparison.Ordinal) && f.Kind == FindingKind.DuplicateTitle);

        EditSommet(site, body: "Un autre texte, plus long que le premier.\n");
        var again = IncrementalBuildCountTests.Build(site);

        Assert.Equal(BuildOutcome.Success, again.Outcome);
        Assert.True(again.RelationsKept);
        Assert.False(again.DuplicatesJudgedAgain);
        Assert.InRange(again.PagesRendered!.Value, 1, first.PagesRendered!.Value / 3);
        Assert.Equal(first.Findings, again.Findings);
        Assert.Equal(ColdFindings(site), again.Findings);
    }

    [Fact]
    public void GivenAnArticleWithoutSummaryWhenItsFirstParagraphIsEditedThenDuplicateDescriptionsAreJudgedAgain()
    {
        // Without a summary, the description is the first paragraph: the other articles' "Premier paragraphe." at first.
        using var site = SiteWithTwoSummits(summary: false);
        var first = IncrementalBuildCountTests.Build(site);
        Assert.Contains(first.Findings, f => f.Page.Contains("/sommet/", StringComparison.Ordinal) && f.Kind == FindingKind.DuplicateDescription);

        EditSommet(site, body: "Un premier paragraphe tout neuf.\n");
        var again = IncrementalBuildCountTests.Build(site);

        Assert.Equal(BuildOutcome.Success, again.Outcome);
        Assert.True(again.RelationsKept);
        Assert.True(again.DuplicatesJudgedAgain);
        Assert.DoesNotContain(again.Findings, f => f.Page.Contains("/sommet/", StringComparison.Ordinal) && f.Kind == FindingKind.DuplicateDescription);
        Assert.Equal(ColdFindings(site), again.Findings);
    }

    [Fact]
    public void GivenATitleEditedToAnothersWhenBuildingAgainThenDuplicateTitlesAreJudgedAgain()
    {
        using var site = SiteWithTwoSummits(summary: true);
        var first = IncrementalBuildCountTests.Build(site);
        Assert.DoesNotContain(first.Findings, f => f.Page.Contains("/sujet-1/", StringComparison.Ordinal) && f.Kind == FindingKind.DuplicateTitle);

        site.Article("articles/2022/sujet-1.fr.md", "Le sommet", "2022-02-11T09:00:00+01:00", extra: "tags: [Europe, Thème 1]\n");
        IncrementalBuildCountTests.Age(site);
        var again = IncrementalBuildCountTests.Build(site);

        Assert.Equal(BuildOutcome.Success, again.Outcome);
        Assert.True(again.RelationsKept);
        Assert.True(again.DuplicatesJudgedAgain);
        Assert.Contains(again.Findings, f => f.Page.Contains("/sujet-1/", StringComparison.Ordinal) && f.Kind == FindingKind.DuplicateTitle);
        Assert.Equal(ColdFindings(site), again.Findings);
    }

    [Fact]
    public void GivenThreeArticlesSharingATitleWhenTheFirstIsRetitledThenTheSecondBecomesTheOneTheOthersDuplicate()
    {
        using var site = SiteWithTwoSummits(summary: true);
        site.Article("articles/2023/sommet-encore.fr.md", "Le sommet", "2023-03-02T09:00:00+01:00", extra: "summary: Encore un sommet.\n");
        IncrementalBuildCountTests.Age(site);
        var first = IncrementalBuildCountTests.Build(site);
        Assert.Equal(2, first.Findings.Count(f => f.Kind == FindingKind.DuplicateTitle && f.Url.EndsWith("/fr/2021/03/autre-sommet/", StringComparison.Ordinal)));

        site.Article("articles/2021/autre-sommet.fr.md", "Un autre sommet", "2021-03-02T09:00:00+01:00", extra: "summary: Deux chefs d'État se rencontrent.\n");
        IncrementalBuildCountTests.Age(site);
        var again = IncrementalBuildCountTests.Build(site);

        Assert.True(again.DuplicatesJudgedAgain);
        var duplicate = Assert.Single(again.Findings, f => f.Kind == FindingKind.DuplicateTitle && f.Page.Contains("sommet", StringComparison.Ordinal));
        Assert.Equal("fr/2023/03/sommet-encore/index.html", duplicate.Page);
        Assert.EndsWith("/fr/2022/03/sommet/", duplicate.Url, StringComparison.Ordinal);
        Assert.Equal(ColdFindings(site), again.Findings);
    }

    [Fact]
    public void GivenAnOlderArticleRetitledAsOthersWhenBuildingAgainThenTheOthersDuplicateIt()
    {
        using var site = SiteWithTwoSummits(summary: true);
        site.Article("articles/2020/vieux.fr.md", "Un vieux sujet", "2020-03-02T09:00:00+01:00", extra: "summary: Un vieux sujet.\n");
        IncrementalBuildCountTests.Age(site);
        Assert.Equal(BuildOutcome.Success, IncrementalBuildCountTests.Build(site).Outcome);

        site.Article("articles/2020/vieux.fr.md", "Le sommet", "2020-03-02T09:00:00+01:00", extra: "summary: Un vieux sujet.\n");
        IncrementalBuildCountTests.Age(site);
        var again = IncrementalBuildCountTests.Build(site);

        Assert.True(again.DuplicatesJudgedAgain);
        Assert.Equal(2, again.Findings.Count(f => f.Kind == FindingKind.DuplicateTitle && f.Url.EndsWith("/fr/2020/03/vieux/", StringComparison.Ordinal)));
        Assert.Equal(ColdFindings(site), again.Findings);
    }

    [Fact]
    public void GivenTwoArticlesMadeTranslationsOfEachOtherWhenBuildingAgainThenEveryRelationIsJudgedAgain()
    {
        using var site = SiteWithTwoSummits(summary: true);
        site.Article("articles/2022/summit.en.md", "The summit", "2022-03-02T09:00:00+01:00", extra: "summary: Two heads of state meet.\n");
        IncrementalBuildCountTests.Age(site);
        Assert.Equal(BuildOutcome.Success, IncrementalBuildCountTests.Build(site).Outcome);

        // Each page's head gains hreflang links: what the hreflang rule reads.
        site.Article(Sommet, "Le sommet", "2022-03-02T09:00:00+01:00", extra: "summary: Deux chefs d'État se rencontrent.\ntranslationKey: sommet-2022\n");
        site.Article("articles/2022/summit.en.md", "The summit", "2022-03-02T09:00:00+01:00", extra: "summary: Two heads of state meet.\ntranslationKey: sommet-2022\n");
        IncrementalBuildCountTests.Age(site);
        var again = IncrementalBuildCountTests.Build(site);

        Assert.Equal(BuildOutcome.Success, again.Outcome);
        Assert.False(again.RelationsKept);
        Assert.Equal(ColdFindings(site), again.Findings);
    }

    [Fact]
    public void GivenALayoutThatMakesArticlesNoindexWhenBuildingAgainThenEveryRelationIsJudgedAgain()
    {
        using var site = SiteWithTwoSummits(summary: true);
        var first = IncrementalBuildCountTests.Build(site);
        Assert.Contains(first.Findings, f => f.Kind == FindingKind.DuplicateTitle);

        // Only the heads' robots change (no file comes or goes, sitemaps and feeds stay): pages search engines do not
        // list cannot share a title with another, and a sitemap must not list them.
        var layout = Path.Combine(site.Theme, "layouts", "base.liquid");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("{%- if page.noindex %}", "{%- if page.noindex or page.kind == \"article\" %}", StringComparison.Ordinal));
        IncrementalBuildCountTests.Age(site);
        var again = IncrementalBuildCountTests.Build(site);

        Assert.False(again.RelationsKept);
        var cold = IncrementalBuildEquivalenceTests.Build(site, "cold", cache: null);
        Assert.Equal(cold.Outcome, again.Outcome);
        Assert.Equal(cold.Findings, again.Findings);
        Assert.NotEqual(first.Findings, again.Findings);
    }

    [Fact]
    public void GivenABrokenLinkAddedToATextWhenBuildingAgainThenTheBuildFailsOnIt()
    {
        using var site = SiteWithTwoSummits(summary: true);
        Assert.Equal(BuildOutcome.Success, IncrementalBuildCountTests.Build(site).Outcome);

        EditSommet(site, body: "Voir [ailleurs](/fr/nulle-part/).\n");
        var broken = IncrementalBuildCountTests.Build(site);

        Assert.Equal(BuildOutcome.SiteProblems, broken.Outcome);
        Assert.Contains(broken.Findings, f => f.Url == "/fr/nulle-part/" && f.Kind == FindingKind.BrokenLink);
        Assert.Equal(ColdFindings(site), broken.Findings);
    }

    /// <summary>The usual dozen articles, and two that share a title (each with a summary, or with none).</summary>
    private static TestSupport.TestSite SiteWithTwoSummits(bool summary)
    {
        var site = IncrementalBuildCountTests.Site();
        var extra = summary ? "summary: Deux chefs d'État se rencontrent.\n" : string.Empty;
        site.Article(Sommet, "Le sommet", "2022-03-02T09:00:00+01:00", extra: extra);
        site.Article("articles/2021/autre-sommet.fr.md", "Le sommet", "2021-03-02T09:00:00+01:00", extra: extra);
        IncrementalBuildCountTests.Age(site);
        return site;
    }

    private static void EditSommet(TestSupport.TestSite site, string body)
    {
        var summary = File.ReadAllText(Path.Combine(site.Input, Sommet)).Contains("summary:", StringComparison.Ordinal);
        site.Article(Sommet, "Le sommet", "2022-03-02T09:00:00+01:00", body: body, extra: summary ? "summary: Deux chefs d'État se rencontrent.\n" : string.Empty);
        IncrementalBuildCountTests.Age(site);
    }

    /// <summary>The findings of a build with no cache, into another folder, with the names the incremental build gives.</summary>
    private static IReadOnlyList<Finding> ColdFindings(TestSupport.TestSite site) =>
        IncrementalBuildEquivalenceTests.Build(site, "cold", cache: null).Findings;
}
