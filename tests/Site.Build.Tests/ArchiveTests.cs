using System.Xml.Linq;
using Site.Core.Diagnostics;
using Site.TestSupport;

namespace Site.Build.Tests;

public sealed class ArchiveTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void ListsTheYearsAndTheMonthsWithTheirCountsInBothLanguages()
    {
        using var site = Builds.Bilingual();

        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);

        var years = site.ReadOutput("fr/archives/index.html");
        Assert.Contains("<a href=\"/fr/2021/\">2021</a> <span class=\"count\">1 article</span>", years, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/fr/2020/\">2020</a> <span class=\"count\">2 articles</span>", years, StringComparison.Ordinal);
        var months = site.ReadOutput("fr/2020/index.html");
        Assert.True(months.IndexOf("<a href=\"/fr/2020/12/\">Décembre 2020</a>", StringComparison.Ordinal) < months.IndexOf("<a href=\"/fr/2020/11/\">Novembre 2020</a>", StringComparison.Ordinal));
        Assert.Contains("<a href=\"/en/2020/11/\">November 2020</a>", site.ReadOutput("en/2020/index.html"), StringComparison.Ordinal);
        Assert.Contains("href=\"/fr/2020/11/karabakh/\"", site.ReadOutput("fr/2020/11/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void LeavesDraftsAndFutureArticlesOutOfTheArchives()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        Assert.False(site.OutputExists("fr/2024/index.html"));
        Assert.False(site.OutputExists("fr/2030/index.html"));
        Assert.DoesNotContain("2024", site.ReadOutput("fr/archives/index.html").Split("<main")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void LinksEachArchiveToTheOtherLanguagesSameArchiveOnlyWhenItExists()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        var november = site.ReadOutput("fr/2020/11/index.html");
        Assert.Contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"https://example.org/fr/2020/11/\">", november, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/en/2020/11/\">", november, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/fr/2020/11/\">", november, StringComparison.Ordinal);
        var december = site.ReadOutput("fr/2020/12/index.html");
        Assert.DoesNotContain("hreflang=\"en\" href=\"https://example.org/en/2020/12/\"", december, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/archives/\" hreflang=\"en\"", december, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"en\" href=\"https://example.org/en/archives/\"", site.ReadOutput("fr/archives/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void PutsTheArchivesInTheSitemap()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        var locations = XDocument.Parse(site.ReadOutput("sitemap.xml")).Descendants(Sitemaps + "loc").Select(l => l.Value).ToList();
        Assert.Contains("https://example.org/fr/archives/", locations);
        Assert.Contains("https://example.org/en/archives/", locations);
        Assert.Contains("https://example.org/fr/2020/", locations);
        Assert.Contains("https://example.org/fr/2020/11/", locations);
        Assert.Contains("https://example.org/en/2021/06/", locations);
    }

    [Fact]
    public void GroupsMonthsInTheSitesTimeZone()
    {
        // Given an article written in UTC at 22:30 on 30 September: 00:30 on 1 October in Paris.
        using var site = new TestSite();
        site.Article("articles/minuit.fr.md", "Minuit", "2021-09-30T22:30:00Z");

        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);

        // Then its URL keeps the date as written, but the archive is October's.
        Assert.True(site.OutputExists("fr/2021/09/minuit/index.html"));
        Assert.Contains("href=\"/fr/2021/09/minuit/\"", site.ReadOutput("fr/2021/10/index.html"), StringComparison.Ordinal);
        Assert.False(site.OutputExists("fr/2021/09/index.html"));
        Assert.Contains("<a href=\"/fr/2021/10/\">Octobre 2021</a>", site.ReadOutput("fr/2021/09/minuit/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void PaginatesAMonthLikeTheOtherListingsWithTitlesThatDifferByPage()
    {
        using var site = new TestSite(TestSite.BilingualConfig.Replace("pageSize: 10", "pageSize: 2", StringComparison.Ordinal));
        site.Article("articles/a.fr.md", "A", "2022-03-01T09:00:00+01:00");
        site.Article("articles/b.fr.md", "B", "2022-03-02T09:00:00+01:00");
        site.Article("articles/c.fr.md", "C", "2022-03-03T09:00:00+01:00");

        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);

        Assert.Contains("<title>Mars 2022 – Le Journal</title>", site.ReadOutput("fr/2022/03/index.html"), StringComparison.Ordinal);
        var second = site.ReadOutput("fr/2022/03/page/2/index.html");
        Assert.Contains("<title>Mars 2022 – Page 2 – Le Journal</title>", second, StringComparison.Ordinal);
        Assert.Contains("href=\"/fr/2022/03/a/\"", second, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"prev\" href=\"/fr/2022/03/\">", second, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAPageThatWouldTakeTheArchivesUrl()
    {
        using var site = new TestSite();
        site.WriteInput("pages/archives.fr.md", "---\ntitle: Archives\ndate: 2020-01-01T00:00:00+01:00\n---\nTexte.\n");

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.ReservedSlug && d.File == "pages/archives.fr.md");
    }
}
