using Site.Content.Markdown;
using Site.Content.Media;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Site;
using Site.Core.Urls;

namespace Site.Build.Caching;

/// <summary>
/// The rendered body of each article: from a preview's memory, else from the store on disk, else rendered (and then
/// kept in both). A kept body is used only while what its rendering looked up elsewhere still holds. With a
/// <paramref name="spill"/> (a build, not a preview), the bodies handed out keep their HTML in it, and the articles their Markdown, rather than in memory.
/// </summary>
internal sealed class Bodies(Uri baseUrl, SourceLinkMap links, ImageSizes images, Func<string, BodyLabels> labels, MarkdownCache? cache, BodyStore? store, BodySpill? spill = null)
{
    private readonly MarkdownRenderer _renderer = new(links, new UrlBuilder(baseUrl), images, labels);
    private int _rendered;

    public int Rendered => _rendered;

    /// <summary>The body, or null when its rendering reported an error (in <paramref name="diagnostics"/>).</summary>
    public RenderedBody? Of(Article article, DiagnosticBag diagnostics)
    {
        var body = Find(article, diagnostics);
        if (body is null || spill is null)
        {
            return body;
        }

        // Rendered: from here on the build reads the article's text from the spill file when a page needs it.
        spill.Keep(article);
        return spill.Keep(body);
    }

    private RenderedBody? Find(Article article, DiagnosticBag diagnostics)
    {
        if (cache?.Find(article, baseUrl, labels(article.Language), images, links) is { } remembered)
        {
            return remembered;
        }

        var key = store is null ? default : BodyStore.KeyOf(article, baseUrl, labels(article.Language));
        if (store?.Find(key) is { } stored && stored.Lookups.StillHold(images, links))
        {
            cache?.Keep(article, baseUrl, labels(article.Language), stored.Body, stored.Lookups);
            return stored.Body;
        }

        var local = new DiagnosticBag();
        var lookups = new RenderLookups();
        var body = _renderer.Render(article, local, lookups);
        Interlocked.Increment(ref _rendered);
        var found = local.ToSortedList();
        diagnostics.AddRange(found);
        if (found.Count > 0)
        {
            // Kept bodies come back without their diagnostics: only clean ones are kept.
            return local.HasErrors ? null : body;
        }

        cache?.Keep(article, baseUrl, labels(article.Language), body, lookups);
        store?.Keep(key, body, lookups);
        return body;
    }
}
