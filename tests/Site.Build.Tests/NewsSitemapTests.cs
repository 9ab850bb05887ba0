using System.Xml.Linq;
using Site.TestSupport;

namespace Site.Build.Tests;

public sealed class NewsSitemapTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    [Fact]
    public void ListsExactlyTheArticlesOfTheTwoDaysBeforeTheNewestOneInEveryLanguage()
    {
        // Given a corpus whose newest published article is 2024-03-10 11:00 UTC (Builds.Now is in 2026).
        using var site = Corpus();

        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);

        // Then the window runs from 2024-03-08 11:00 UTC, that minute included, newest first.
        Assert.Equal(
            [
                "https://example.org/fr/2024/03/newest/",
                "https://example.org/en/2024/03/english/",
                "https://example.org/fr/2024/03/edge/",
            ],
            Urls(site).Select(u => u.Element(Sitemaps + "loc")!.Value));
    }

    [Fact]
    public void GivesEachArticleItsPublicationLanguageDateAndTitle()
    {
        using var site = Corpus();

        Builds.Run(site);

        var document = XDocument.Parse(site.ReadOutput("news-sitemap.xml"));
        Assert.Equal(Sitemaps + "urlset", document.Root!.Name);
        Assert.Equal(News.NamespaceName, document.Root.GetNamespaceOfPrefix("news")?.NamespaceName);
        foreach (var url in Urls(site))
        {
            Assert.Equal([Sitemaps + "loc", News + "news"], url.Elements().Select(e => e.Name));
            var news = url.Element(News + "news")!;
            Assert.Equal([News + "publication", News + "publication_date", News + "title"], news.Elements().Select(e => e.Name));
            Assert.Equal([News + "name", News + "language"], news.Element(News + "publication")!.Elements().Select(e => e.Name));
        }

        var english = Urls(site).Single(u => u.Element(Sitemaps + "loc")!.Value.Contains("/en/", StringComparison.Ordinal)).Element(News + "news")!;
        Assert.Equal("The Paper", english.Element(News + "publication")!.Element(News + "name")!.Value);
        Assert.Equal("en", english.Element(News + "publication")!.Element(News + "language")!.Value);
        Assert.Equal("2024-03-09T08:00:00+00:00", english.Element(News + "publication_date")!.Value);
        Assert.Equal("English “quoted” & <bold>", english.Element(News + "title")!.Value);
        var french = Urls(site).First().Element(News + "news")!;
        Assert.Equal(("Le Journal", "fr"), (french.Element(News + "publication")!.Element(News + "name")!.Value, french.Element(News + "publication")!.Element(News + "language")!.Value));
    }

    [Fact]
    public void IsAnEmptyButValidListWithoutArticles()
    {
        using var site = new TestSite();

        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);

        var document = XDocument.Parse(site.ReadOutput("news-sitemap.xml"));
        Assert.Equal(Sitemaps + "urlset", document.Root!.Name);
        Assert.Empty(document.Root.Elements());
    }

    [Fact]
    public void IsNamedInRobotsButNotInTheSitemap()
    {
        using var site = Corpus();

        Builds.Run(site);

        Assert.Contains("Sitemap: https://example.org/news-sitemap.xml\n", site.ReadOutput("robots.txt"), StringComparison.Ordinal);
        Assert.DoesNotContain("news-sitemap", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }

    private static IEnumerable<XElement> Urls(TestSite site) =>
        XDocument.Parse(site.ReadOutput("news-sitemap.xml")).Root!.Elements(Sitemaps + "url");

    private static TestSite Corpus()
    {
        var site = new TestSite();
        site.Article("articles/newest.fr.md", "Le plus récent", "2024-03-10T12:00:00+01:00");
        site.Article("articles/english.en.md", "English \\\"quoted\\\" & <bold>", "2024-03-09T08:00:00Z");
        site.Article("articles/edge.fr.md", "Pile 48 heures avant", "2024-03-08T12:00:00+01:00");
        site.Article("articles/late.fr.md", "Une minute de trop", "2024-03-08T11:59:00+01:00");
        site.Article("articles/old.fr.md", "Ancien", "2024-02-01T12:00:00+01:00");
        site.Article("articles/old.en.md", "Old", "2024-02-01T12:00:00+01:00");
        site.Article("articles/draft.fr.md", "Brouillon", "2024-03-10T10:00:00+01:00", extra: "draft: true\n");
        site.Article("articles/future.fr.md", "Futur", "2030-01-01T09:00:00+01:00");
        return site;
    }
}
