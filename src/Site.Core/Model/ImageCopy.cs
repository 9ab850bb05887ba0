namespace Site.Core.Model;

/// <summary>A smaller copy of a lead image that pages offer (a WebP width or the social crop): its site path and size.</summary>
public sealed record ImageCopy(string SitePath, int Width, int Height);
