namespace Site.Rendering.Sitemaps;

/// <summary>One file of a sitemap index: its absolute URL and the latest change among its pages.</summary>
public sealed record SitemapFile(string Location, DateTimeOffset? LastModified);
