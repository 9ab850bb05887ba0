using System.Runtime.CompilerServices;
using Site.Core.Model;
using Site.Core.Site;

namespace Site.Build;

/// <summary>
/// Rendered bodies of a preview session, kept per article object as long as the map of URLs is the same
/// (a body's links depend on it). Bodies with errors are not kept.
/// </summary>
internal sealed class MarkdownCache
{
    private readonly ConditionalWeakTable<Article, Cached> _bodies = [];

    public RenderedBody? Find(Article article, string linkVersion) =>
        _bodies.TryGetValue(article, out var cached) && cached.LinkVersion == linkVersion ? cached.Body : null;

    public void Keep(Article article, string linkVersion, RenderedBody body) => _bodies.AddOrUpdate(article, new Cached(linkVersion, body));

    private sealed record Cached(string LinkVersion, RenderedBody Body);
}
