using Site.Core.Model;

namespace Site.Content.Loading;

/// <summary>Which articles a build publishes: drafts and future-dated ones only when asked.</summary>
public sealed record PublishFilter(bool Drafts, bool Future, DateTimeOffset Now)
{
    public bool Publishes(Article article) => (Drafts || !article.Draft) && (Future || article.Date <= Now);
}
