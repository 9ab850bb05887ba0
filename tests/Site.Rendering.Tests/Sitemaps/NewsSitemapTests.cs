using Site.Content.Config;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Site;
using Site.Rendering.Sitemaps;
using Site.TestSupport;

namespace Site.Rendering.Tests.Sitemaps;

public sealed class NewsSitemapTests
{
    private static readonly DateTimeOffset Newest = DateTimeOffset.Parse("2024-03-10T12:00:00+01:00");

    [Fact]
    public void KeepsTheThousandNewestArticlesOfTheWindow()
    {
        // Given 1,005 articles a minute apart, all within two days of the newest
        var site = Site(Enumerable.Range(0, 1005).Select(i => Article($"a{i}", Newest.AddMinutes(-i))).ToArray());

        // When
        var articles = NewsSitemap.Articles(site);

        // Then
        Assert.Equal(NewsSitemap.MaxArticles, articles.Count);
        Assert.Equal("a0", articles[0].Article.Slug);
        Assert.Equal("a999", articles[^1].Article.Slug);
    }

    [Fact]
    public void CountsTheWindowFromTheNewestArticleInclusively()
    {
        var site = Site(
            Article("newest", Newest),
            Article("edge", Newest.AddHours(-48)),
            Article("outside", Newest.AddHours(-48).AddSeconds(-1)));

        Assert.Equal(["newest", "edge"], NewsSitemap.Articles(site).Select(e => e.Article.Slug));
    }

    [Fact]
    public void ListsNothingForASiteWithoutArticles()
    {
        Assert.Empty(NewsSitemap.Articles(Site()));
    }

    private static SiteModel Site(params Article[] articles)
    {
        var config = SiteConfigLoader.Parse(TestSite.BilingualConfig, new DiagnosticBag())!;
        var entries = articles
            .Select(a => new Entry(a, $"fr/{a.Date:yyyy}/{a.Date:MM}/{a.Slug}/", new RenderedBody("<p>web</p>", "<p>print</p>", "Résumé"), config.FindCategory("monde")))
            .ToList();
        return SiteModel.Create(config, entries, entries.Select(e => (IReadOnlyList<Entry>)[e]), new DiagnosticBag());
    }

    private static Article Article(string slug, DateTimeOffset date) => new()
    {
        SourcePath = $"articles/{slug}.fr.md",
        Kind = ContentKind.Article,
        Language = "fr",
        Name = slug,
        Title = slug,
        Date = date,
        CategoryKey = "monde",
        Slug = slug,
        Body = "Texte.",
    };
}
