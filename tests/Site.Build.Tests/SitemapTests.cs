using System.Xml.Linq;
using Site.TestSupport;

namespace Site.Build.Tests;

public sealed class SitemapTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void ListsEveryIndexablePageAndNothingElse()
    {
        using var site = SmallPages();

        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);

        var locations = Urls(site, "sitemap.xml").Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();
        var indexable = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(f => f != "index.html" && f.EndsWith("/index.html", StringComparison.Ordinal))
            .Where(f => !site.ReadOutput(f).Contains("<meta name=\"robots\" content=\"noindex\">", StringComparison.Ordinal))
            .Select(f => "https://example.org/" + f[..^"index.html".Length])
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(indexable, locations);
        Assert.Contains("https://example.org/fr/2021/06/poutine/", locations);
        Assert.Contains("https://example.org/fr/a-propos/", locations);
        Assert.Contains("https://example.org/fr/", locations);
        Assert.Contains("https://example.org/fr/page/2/", locations);
        Assert.Contains("https://example.org/fr/categories/monde/", locations);
        Assert.Contains("https://example.org/fr/categories/monde/page/2/", locations);
        Assert.Contains("https://example.org/fr/tags/", locations);
        Assert.Contains("https://example.org/fr/tags/russie/", locations);
        Assert.DoesNotContain(locations, l => l.Contains("/print/", StringComparison.Ordinal) || l.Contains("404", StringComparison.Ordinal));
        Assert.DoesNotContain("https://example.org/", locations);
    }

    [Fact]
    public void DatesEachPageByItsLatestChangeAndEachListingByItsNewestEntry()
    {
        using var site = SmallPages();
        site.Article("articles/2020/vaccins.fr.md", "Les vaccins", "2020-12-10T09:00:00+01:00", category: "economie", extra: "tags: [Santé]\nupdated: 2021-07-01T10:00:00+02:00\n");

        Builds.Run(site);

        var lastmod = Urls(site, "sitemap.xml").ToDictionary(u => u.Element(Sitemaps + "loc")!.Value, u => u.Element(Sitemaps + "lastmod")?.Value);
        Assert.Equal("2021-06-16T18:00:00+02:00", lastmod["https://example.org/fr/2021/06/poutine/"]);
        Assert.Equal("2021-07-01T10:00:00+02:00", lastmod["https://example.org/fr/2020/12/vaccins/"]);
        Assert.Equal("2020-01-01T00:00:00+01:00", lastmod["https://example.org/fr/a-propos/"]);
        Assert.Equal("2021-07-01T10:00:00+02:00", lastmod["https://example.org/fr/"]);
        Assert.Equal("2020-11-10T09:00:00+01:00", lastmod["https://example.org/fr/page/2/"]);
        Assert.Equal("2021-06-16T18:00:00+02:00", lastmod["https://example.org/fr/categories/monde/"]);
        Assert.Equal("2021-07-01T10:00:00+02:00", lastmod["https://example.org/fr/tags/"]);
        Assert.Null(lastmod["https://example.org/en/categories/economy/"]);
    }

    [Theory]
    [InlineData("https://example.org/fr/2021/06/poutine/", "https://example.org/en/2021/06/poutine/")]
    [InlineData("https://example.org/fr/2020/11/karabakh/", "https://example.org/en/2020/11/nagorno/")]
    [InlineData("https://example.org/fr/a-propos/", "https://example.org/en/about/")]
    [InlineData("https://example.org/fr/", "https://example.org/en/")]
    [InlineData("https://example.org/fr/categories/monde/", "https://example.org/en/categories/world/")]
    [InlineData("https://example.org/fr/tags/vladimir-poutine/", "https://example.org/en/tags/vladimir-putin/")]
    [InlineData("https://example.org/fr/tags/", "https://example.org/en/tags/")]
    public void LinksTranslationsBothWaysWithAnXDefault(string french, string english)
    {
        using var site = SmallPages();

        Builds.Run(site);

        var urls = Urls(site, "sitemap.xml").ToDictionary(u => u.Element(Sitemaps + "loc")!.Value);
        var expected = new[] { $"fr {french}", $"en {english}", $"x-default {french}" };
        Assert.Equal(expected, Alternates(urls[french]));
        Assert.Equal(expected, Alternates(urls[english]));
    }

    [Fact]
    public void GivesNoAlternatesToAPageWithoutTranslation()
    {
        using var site = SmallPages();

        Builds.Run(site);

        var urls = Urls(site, "sitemap.xml").ToDictionary(u => u.Element(Sitemaps + "loc")!.Value);
        Assert.Empty(Alternates(urls["https://example.org/fr/2020/12/vaccins/"]));
        Assert.Empty(Alternates(urls["https://example.org/fr/page/2/"]));
        Assert.Empty(Alternates(urls["https://example.org/fr/tags/russie/"]));
    }

    [Fact]
    public void BecomesASitemapIndexPastTheLimit()
    {
        using var site = SmallPages();
        Builds.Run(site);
        var all = Urls(site, "sitemap.xml").Select(u => u.ToString()).ToList();

        var result = new SiteBuilder(TextWriter.Null).Build(new BuildOptions
        {
            InputDirectory = site.Input,
            ThemeDirectory = site.Theme,
            OutputDirectory = site.Output,
            Now = Builds.Now,
            SitemapLimit = 5,
        });

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        var index = XDocument.Parse(site.ReadOutput("sitemap.xml")).Root!;
        Assert.Equal(Sitemaps + "sitemapindex", index.Name);
        var files = index.Elements(Sitemaps + "sitemap").Select(s => s.Element(Sitemaps + "loc")!.Value).ToList();
        Assert.Equal(Enumerable.Range(1, (all.Count + 4) / 5).Select(n => $"https://example.org/sitemap-{n}.xml"), files);
        Assert.All(index.Elements(Sitemaps + "sitemap"), s => Assert.NotNull(s.Element(Sitemaps + "lastmod")));
        var parts = files.Select(f => Urls(site, f["https://example.org/".Length..]).Select(u => u.ToString()).ToList()).ToList();
        Assert.All(parts, part => Assert.InRange(part.Count, 1, 5));
        Assert.Equal(all, parts.SelectMany(p => p));
    }

    [Fact]
    public void WritesARobotsFileThatAllowsAllAndNamesTheSitemap()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\nSitemap: https://example.org/news-sitemap.xml\n", site.ReadOutput("robots.txt"));
    }

    [Fact]
    public void KeepsEverySitemapUrlUnderTheBaseUrlPath()
    {
        using var site = SmallPages();

        Assert.Equal(BuildOutcome.Success, Builds.Run(site, baseUrl: new Uri("https://user.github.io/repo/")).Outcome);

        var sitemap = XDocument.Parse(site.ReadOutput("sitemap.xml")).Root!;
        var urls = sitemap.Descendants(Sitemaps + "loc").Select(l => l.Value)
            .Concat(sitemap.Descendants(Xhtml + "link").Select(l => l.Attribute("href")!.Value))
            .ToList();
        Assert.True(urls.Count > 30);
        Assert.All(urls, url => Assert.StartsWith("https://user.github.io/repo/", url));
        Assert.Contains("https://user.github.io/repo/fr/2021/06/poutine/", urls);
        Assert.Contains("Sitemap: https://user.github.io/repo/sitemap.xml\n", site.ReadOutput("robots.txt"), StringComparison.Ordinal);
        Assert.EndsWith("Sitemap: https://user.github.io/repo/news-sitemap.xml\n", site.ReadOutput("robots.txt"));
    }

    /// <summary>The bilingual site, one more French article and two entries a page: the French home and "Monde" get a second page.</summary>
    private static TestSite SmallPages()
    {
        var site = Builds.Bilingual();
        site.WriteInput("site.yml", TestSite.BilingualConfig.Replace("pageSize: 10", "pageSize: 2", StringComparison.Ordinal));
        site.Article("articles/2019/ancien.fr.md", "Un ancien article", "2019-05-01T09:00:00+02:00");
        return site;
    }

    private static IEnumerable<XElement> Urls(TestSite site, string path)
    {
        var root = XDocument.Parse(site.ReadOutput(path)).Root!;
        Assert.Equal(Sitemaps + "urlset", root.Name);
        return root.Elements(Sitemaps + "url");
    }

    private static List<string> Alternates(XElement url) =>
        url.Elements(Xhtml + "link")
            .Select(l => $"{l.Attribute("hreflang")?.Value} {l.Attribute("href")?.Value}")
            .ToList();
}
