using Site.Core.Diagnostics;
using Site.TestSupport;

namespace Site.Build.Tests.Aliases;

/// <summary>Front matter <c>aliases</c>: redirect pages at the old addresses, Netlify's <c>_redirects</c>, and the errors.</summary>
public sealed class AliasTests
{
    private const string Poutine = "articles/2021/poutine.fr.md";

    [Fact]
    public void GivenAnAliasWhenBuildingThenItsOldAddressRedirectsToTheArticle()
    {
        using var site = Builds.Bilingual();
        site.Article(Poutine, "Poutine à Genève", "2021-06-16T18:00:00+02:00", extra: "aliases: [\"/fr/2021/06/sommet-geneve/\"]\n");

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        var html = site.ReadOutput("fr/2021/06/sommet-geneve/index.html");
        const string Target = "https://example.org/fr/2021/06/poutine/";
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains($"<meta http-equiv=\"refresh\" content=\"0; url={Target}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"{Target}\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Target}\">Poutine à Genève</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-pagefind-body", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sommet-geneve", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void GivenAliasesInSeveralFilesWhenBuildingThenRedirectsListsEveryOneSortedWithTheBasePath()
    {
        using var site = Builds.Bilingual();
        site.Article(Poutine, "Poutine à Genève", "2021-06-16T18:00:00+02:00", extra: "aliases:\n  - /fr/2021/06/z-geneve/\n  - /fr/ancien.html\n");
        site.WriteInput("pages/about.en.md", "---\ntitle: About\ndate: 2020-01-01T00:00:00+01:00\ntranslationKey: about\naliases: [/en/who-we-are/]\n---\nWho we are.\n");

        var result = Builds.Run(site, baseUrl: new Uri("https://example.org/repo/"));

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        Assert.Equal(
            "/repo/en/who-we-are/ /repo/en/about/ 301\n"
            + "/repo/fr/2021/06/z-geneve/ /repo/fr/2021/06/poutine/ 301\n"
            + "/repo/fr/ancien.html /repo/fr/2021/06/poutine/ 301\n",
            site.ReadOutput("_redirects"));
        Assert.Contains("url=https://example.org/repo/en/about/\"", site.ReadOutput("en/who-we-are/index.html"), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", site.ReadOutput("en/who-we-are/index.html"), StringComparison.Ordinal);
        Assert.True(site.OutputExists("fr/ancien.html"));
    }

    [Fact]
    public void GivenNoAliasWhenBuildingThenThereIsNoRedirectsFile()
    {
        using var site = Builds.Bilingual();

        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);

        Assert.False(site.OutputExists("_redirects"));
    }

    [Fact]
    public void GivenTheSameAliasesWhenBuildingTwiceThenTheOutputIsTheSame()
    {
        using var site = Builds.Bilingual();
        site.Article(Poutine, "Poutine à Genève", "2021-06-16T18:00:00+02:00", extra: "aliases: [/fr/b/, /fr/a/]\n");
        site.Article("articles/2020/vaccins.fr.md", "Les vaccins", "2020-12-10T09:00:00+01:00", extra: "aliases: [/fr/c/]\n");

        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);
        var first = site.OutputHashes();
        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);

        Assert.Equal(first, site.OutputHashes());
        Assert.Equal("/fr/a/ /fr/2021/06/poutine/ 301\n/fr/b/ /fr/2021/06/poutine/ 301\n/fr/c/ /fr/2020/12/vaccins/ 301\n", site.ReadOutput("_redirects"));
    }

    [Fact]
    public void GivenALinkToAnAliasWithAFragmentOfTheTargetWhenBuildingThenTheCheckFollowsTheAlias()
    {
        using var site = Builds.Bilingual();
        site.Article(Poutine, "Poutine à Genève", "2021-06-16T18:00:00+02:00", body: "Le sommet.\n\n## Un tête-à-tête\n\nTexte.\n", extra: "aliases: [/fr/sommet/]\n");
        site.Article("articles/2020/vaccins.fr.md", "Les vaccins", "2020-12-10T09:00:00+01:00", body: "Voir [le sommet](/fr/sommet/) et [le tête-à-tête](/fr/sommet/#un-tete-a-tete).\n");

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.Success, result.Outcome);
    }

    [Fact]
    public void GivenALinkToAnAliasWithAFragmentTheTargetLacksWhenBuildingThenItIsReported()
    {
        using var site = Builds.Bilingual();
        site.Article(Poutine, "Poutine à Genève", "2021-06-16T18:00:00+02:00", extra: "aliases: [/fr/sommet/]\n");
        site.Article("articles/2020/vaccins.fr.md", "Les vaccins", "2020-12-10T09:00:00+01:00", body: "Voir [le sommet](/fr/sommet/#nulle-part).\n");

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.SiteProblems, result.Outcome);
        Assert.NotEmpty(result.Findings);
        Assert.All(result.Findings.Where(f => f.IsError), finding =>
        {
            Assert.Equal(Site.Checks.FindingKind.BrokenFragment, finding.Kind);
            Assert.EndsWith("articles/2020/vaccins.fr.md", finding.SourceFile, StringComparison.Ordinal);
        });
    }

    public static TheoryData<string, string, string, int, int> Clashes => new()
    {
        { "an article's URL", "aliases: [/fr/2020/12/vaccins/]\n", "articles/2020/vaccins.fr.md", 5, 11 },
        { "the file's own URL", "aliases: [/fr/2021/06/poutine/]\n", Poutine, 5, 11 },
        { "a print page", "aliases: [/fr/2021/06/poutine/print/]\n", Poutine, 5, 11 },
        { "a category listing", "aliases: [/fr/categories/monde/]\n", "category", 5, 11 },
        { "the site's root", "aliases: [/]\n", "root", 5, 11 },
        { "a page under a file of the site", "aliases: [/fr/feed.xml/]\n", "feed", 5, 11 },
        { "an alias earlier in the file", "aliases:\n  - /fr/a/\n  - /fr/a/\n", "earlier in this file", 7, 5 },
    };

    [Theory]
    [MemberData(nameof(Clashes))]
    public void GivenAnAliasThatClashesWhenBuildingThenItIsALocatedErrorNamingTheOtherFile(string name, string aliases, string other, int line, int column)
    {
        using var site = Builds.Bilingual();
        site.Article(Poutine, "Poutine à Genève", "2021-06-16T18:00:00+02:00", extra: aliases);

        var result = Builds.Run(site);

        Assert.True(result.Outcome == BuildOutcome.BadInput, name);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCode.AliasClash, Poutine, line, column), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains(other == Poutine ? "own URL" : other, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void GivenTwoFilesWithTheSameAliasWhenBuildingThenTheSecondIsALocatedErrorNamingTheFirst()
    {
        using var site = Builds.Bilingual();
        site.Article(Poutine, "Poutine à Genève", "2021-06-16T18:00:00+02:00", extra: "aliases: [/en/who-we-are/]\n");
        site.WriteInput("pages/about.en.md", "---\ntitle: About\ndate: 2020-01-01T00:00:00+01:00\ntranslationKey: about\naliases: [/en/who-we-are/]\n---\nWho we are.\n");

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCode.AliasClash, "pages/about.en.md", 5, 11), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains(Poutine, error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadAliases => new()
    {
        { "no leading slash", "fr/2021/06/ancien/" },
        { "a full address", "https://example.org/fr/ancien/" },
        { "a protocol-relative address", "//example.org/fr/ancien/" },
        { "a scheme without slashes", "mailto:redaction@example.org" },
        { "a query", "/fr/ancien/?id=12" },
        { "a fragment", "/fr/ancien/#haut" },
        { "a parent segment", "/fr/../ancien/" },
        { "a dot segment", "/fr/./ancien/" },
        { "the media folder", "/media/2021/ancien/" },
        { "the assets folder", "/assets/ancien/" },
        { "the editor", "/admin/" },
        { "no final slash", "/fr/2021/06/ancien" },
        { "an empty segment", "/fr//ancien/" },
        { "a space", "/fr/ancien titre/" },
        { "a backslash", "/fr\\\\ancien/" },
        { "an accent", "/fr/élections/" },
    };

    [Theory]
    [MemberData(nameof(BadAliases))]
    public void GivenAnAliasThatIsNotASitePathWhenBuildingThenItIsALocatedError(string name, string alias)
    {
        using var site = Builds.Bilingual();
        site.Article(Poutine, "Poutine à Genève", "2021-06-16T18:00:00+02:00", extra: $"aliases:\n  - /fr/bon/\n  - \"{alias}\"\n");

        var result = Builds.Run(site);

        Assert.True(result.Outcome == BuildOutcome.BadInput, name);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCode.InvalidAlias, Poutine, 7, 5), (error.Code, error.File, error.Line, error.Column));
        Assert.False(string.IsNullOrEmpty(error.Hint), name);
    }

    [Fact]
    public void GivenAliasesThatAreNotAListWhenBuildingThenItIsALocatedError()
    {
        using var site = Builds.Bilingual();
        site.Article(Poutine, "Poutine à Genève", "2021-06-16T18:00:00+02:00", extra: "aliases: { a: b }\n");

        var result = Builds.Run(site);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCode.ExpectedList, 5), (error.Code, error.Line));
    }
}
