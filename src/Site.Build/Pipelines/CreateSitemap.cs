using Site.Core.Pipeline;
using Site.Core.Site;
using Site.Rendering.Sitemaps;

namespace Site.Build.Pipelines;

/// <summary>
/// Makes <c>/sitemap.xml</c>; past <paramref name="maxUrlsPerFile"/> pages it becomes an index of
/// <c>/sitemap-1.xml</c>, <c>/sitemap-2.xml</c>… each listing at most that many.
/// </summary>
internal sealed class CreateSitemap(SiteModel site, int maxUrlsPerFile, PageFingerprints fingerprints) : IModule
{
    public const string FileName = "sitemap.xml";

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        // Planning every URL takes a while on a large site: done only when a sitemap file is written.
        var urls = new Lazy<IReadOnlyList<SitemapUrl>>(() => SitemapPlanner.Plan(site));
        var fingerprint = fingerprints.Sitemap();
        var documents = new List<Document>(inputs);
        var count = SitemapPlanner.Count(site);
        if (count <= maxUrlsPerFile)
        {
            documents.Add(Sitemap(FileName, () => SitemapWriter.UrlSet(urls.Value)).With(fingerprint));
            return documents;
        }

        var parts = (count + maxUrlsPerFile - 1) / maxUrlsPerFile;
        IEnumerable<SitemapUrl> Part(int i) => urls.Value.Skip(i * maxUrlsPerFile).Take(maxUrlsPerFile);
        for (var i = 0; i < parts; i++)
        {
            var part = i;
            documents.Add(Sitemap($"sitemap-{part + 1}.xml", () => SitemapWriter.UrlSet(Part(part).ToList())).With(fingerprint));
        }

        documents.Add(Sitemap(FileName, () => SitemapWriter.Index(
            Enumerable.Range(0, parts).Select(i => new SitemapFile(site.Urls.Absolute($"sitemap-{i + 1}.xml"), Part(i).Max(u => u.LastModified))).ToList()))
            .With(fingerprint));
        return documents;
    }

    private static Document Sitemap(string path, Func<string> render) =>
        new Document(path, new TextContent(render)).With(new PageKind("sitemap"));
}
