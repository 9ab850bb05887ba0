using Site.Rendering.Views;

namespace Site.Rendering.Sitemaps;

/// <summary>One page of the sitemap: its absolute URL, when it last changed, and its versions in other languages.</summary>
public sealed record SitemapUrl(string Location, DateTimeOffset? LastModified, IReadOnlyList<AlternateView> Alternates);
