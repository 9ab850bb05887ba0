using System.Runtime.CompilerServices;
using Site.Content.Markdown;
using Site.Content.Media;
using Site.Core.Model;
using Site.Core.Site;

namespace Site.Build.Caching;

/// <summary>
/// Rendered bodies of a preview session, kept per article object, with what their rendering looked up elsewhere
/// (image sizes, where linked articles are published): a body is reused while the base URL, the theme's labels and
/// those answers stay the same. Bodies with errors or warnings are not kept.
/// </summary>
internal sealed class MarkdownCache
{
    private readonly ConditionalWeakTable<Article, Cached> _bodies = [];

    public RenderedBody? Find(Article article, Uri baseUrl, BodyLabels labels, ImageSizes images, SourceLinkMap links) =>
        _bodies.TryGetValue(article, out var cached) && cached.BaseUrl == baseUrl && cached.Labels == labels && cached.Lookups.StillHold(images, links) ? cached.Body : null;

    public void Keep(Article article, Uri baseUrl, BodyLabels labels, RenderedBody body, RenderLookups lookups) => _bodies.AddOrUpdate(article, new Cached(baseUrl, labels, body, lookups));

    /// <summary>The kept body <paramref name="held"/> of the article, now with its HTML stored outside memory, is kept as <paramref name="stored"/>.</summary>
    public void Stored(Article article, RenderedBody held, RenderedBody stored)
    {
        if (_bodies.TryGetValue(article, out var cached) && ReferenceEquals(cached.Body, held))
        {
            _bodies.AddOrUpdate(article, cached with { Body = stored });
        }
    }

    private sealed record Cached(Uri BaseUrl, BodyLabels Labels, RenderedBody Body, RenderLookups Lookups);
}
