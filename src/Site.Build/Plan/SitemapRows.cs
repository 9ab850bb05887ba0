using Site.Core.Site;
using Site.Rendering.Pages;
using Site.Rendering.Sitemaps;

namespace Site.Build.Plan;

/// <summary>
/// The sitemap and <c>robots.txt</c>, made from the rows of the plan that search engines should index, so that the
/// sitemap lists exactly the pages the build writes. Past <c>maxUrlsPerFile</c> pages the sitemap becomes an index
/// of <c>/sitemap-1.xml</c>, <c>/sitemap-2.xml</c>… each listing at most that many.
/// </summary>
internal static class SitemapRows
{
    public const string FileName = "sitemap.xml";

    public static IEnumerable<PlannedPage> Make(SiteModel site, IReadOnlyList<PlannedPage> indexed, int maxUrlsPerFile, PageFingerprints fingerprints)
    {
        // Making every URL and its alternates takes a while on a large site: done only when a sitemap file is written.
        var urls = new Lazy<IReadOnlyList<SitemapUrl>>(() => indexed
            .Select(p => new SitemapUrl(site.Urls.Absolute(p.Path), p.LastModified, LanguageLinks.Alternates(site, p.Versions ?? new Dictionary<string, string>())))
            .OrderBy(u => u.Location, StringComparer.Ordinal)
            .ToList());
        var fingerprint = new Lazy<Fingerprint>(() => fingerprints.Sitemap(indexed));
        if (indexed.Count <= maxUrlsPerFile)
        {
            yield return Sitemap(FileName, () => SitemapWriter.UrlSet(urls.Value), fingerprint);
            yield break;
        }

        var parts = (indexed.Count + maxUrlsPerFile - 1) / maxUrlsPerFile;
        IEnumerable<SitemapUrl> Part(int i) => urls.Value.Skip(i * maxUrlsPerFile).Take(maxUrlsPerFile);
        for (var i = 0; i < parts; i++)
        {
            var part = i;
            yield return Sitemap($"sitemap-{part + 1}.xml", () => SitemapWriter.UrlSet(Part(part).ToList()), fingerprint);
        }

        yield return Sitemap(FileName, () => SitemapWriter.Index(
            Enumerable.Range(0, parts).Select(i => new SitemapFile(site.Urls.Absolute($"sitemap-{i + 1}.xml"), Part(i).Max(u => u.LastModified))).ToList()),
            fingerprint);
    }

    /// <summary>
    /// Every crawler may read every page, and learns where the sitemap is. Print pages are not disallowed: a crawler
    /// must read them to see their <c>noindex</c>.
    /// </summary>
    public static PlannedPage Robots(SiteModel site, PageFingerprints fingerprints)
    {
        var text = $"User-agent: *\nAllow: /\n\nSitemap: {site.Urls.Absolute(FileName)}\nSitemap: {site.Urls.Absolute(NewsSitemap.FileName)}\n";
        return new PlannedPage(PageKind.Robots, "robots.txt", TextContent.Of(text)) { MakeFingerprint = () => fingerprints.Text(text) };
    }

    /// <summary>The Google News sitemap of the articles published in the two days before the newest one.</summary>
    public static PlannedPage News(SiteModel site, PageFingerprints fingerprints)
    {
        var articles = NewsSitemap.Articles(site);
        return new PlannedPage(PageKind.Sitemap, NewsSitemap.FileName, new TextContent(() => NewsSitemap.Write(site, articles)))
        {
            MakeFingerprint = () => fingerprints.News(articles),
        };
    }

    private static PlannedPage Sitemap(string path, Func<string> render, Lazy<Fingerprint> fingerprint) =>
        new(PageKind.Sitemap, path, new TextContent(render)) { MakeFingerprint = () => fingerprint.Value };
}
