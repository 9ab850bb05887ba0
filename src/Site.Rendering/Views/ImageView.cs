namespace Site.Rendering.Views;

/// <summary>A lead image: its URL on the site, its absolute URL (for metadata) and its alternative text.</summary>
public sealed record ImageView(string Url, string AbsoluteUrl, string Alt);
