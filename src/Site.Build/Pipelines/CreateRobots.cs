using Site.Core.Pipeline;
using Site.Core.Site;

namespace Site.Build.Pipelines;

/// <summary>
/// Makes <c>/robots.txt</c>: every crawler may read every page, and learns where the sitemap is. Print pages are
/// not disallowed: a crawler must read them to see their <c>noindex</c>.
/// </summary>
internal sealed class CreateRobots(SiteModel site, PageFingerprints fingerprints) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var text = $"User-agent: *\nAllow: /\n\nSitemap: {site.Urls.Absolute(CreateSitemap.FileName)}\n";
        return [.. inputs, new Document("robots.txt", TextContent.Of(text)).With(new PageKind("robots")).With(fingerprints.Text(text))];
    }
}
