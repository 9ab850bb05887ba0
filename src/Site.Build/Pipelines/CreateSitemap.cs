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
        var urls = SitemapPlanner.Plan(site);
        var fingerprint = new Fingerprint(fingerprints.Everything());
        var documents = new List<Document>(inputs);
        if (urls.Count <= maxUrlsPerFile)
        {
            documents.Add(Sitemap(FileName, () => SitemapWriter.UrlSet(urls)).With(fingerprint));
            return documents;
        }

        var parts = urls.Chunk(maxUrlsPerFile).Select((chunk, i) => (Path: $"sitemap-{i + 1}.xml", Urls: chunk)).ToList();
        documents.AddRange(parts.Select(part => Sitemap(part.Path, () => SitemapWriter.UrlSet(part.Urls)).With(fingerprint)));
        var files = parts.Select(part => new SitemapFile(site.Urls.Absolute(part.Path), part.Urls.Max(u => u.LastModified))).ToList();
        documents.Add(Sitemap(FileName, () => SitemapWriter.Index(files)).With(fingerprint));
        return documents;
    }

    private static Document Sitemap(string path, Func<string> render) =>
        new Document(path, new TextContent(render)).With(new PageKind("sitemap"));
}
