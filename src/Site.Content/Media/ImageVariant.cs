namespace Site.Content.Media;

/// <summary>One file made from a source image: a WebP width variant or the social-card crop, by its site path.</summary>
public sealed record ImageVariant(string SitePath, int Width, int Height);
