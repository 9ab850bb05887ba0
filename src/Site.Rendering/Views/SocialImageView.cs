namespace Site.Rendering.Views;

/// <summary>The picture sharing previews show (<c>og:image</c>): its absolute URL and its size when known.</summary>
public sealed record SocialImageView(string AbsoluteUrl, int? Width, int? Height);
