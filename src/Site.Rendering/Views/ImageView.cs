namespace Site.Rendering.Views;

/// <summary>
/// A lead image: its URL on the site, its absolute URL (for metadata), its alternative text, and its size in pixels
/// when the file could be read (printed as <c>width</c> and <c>height</c> so the layout does not shift), and the
/// caption and credit printed under it.
/// </summary>
public sealed record ImageView(string Url, string AbsoluteUrl, string Alt, int? Width = null, int? Height = null)
{
    public string? Caption { get; init; }

    public string? Credit { get; init; }

    /// <summary>The <c>srcset</c> of the picture's WebP variants (rebased URLs); null when it has none (SVG, GIF, remote).</summary>
    public string? Srcset { get; init; }

    /// <summary>What <c>og:image</c> names: the social crop when the picture has variants, else the picture itself.</summary>
    public SocialImageView? Social { get; init; }

    /// <summary>
    /// The absolute URL of the largest WebP variant at most 1,200 px wide (the whole picture, not cropped), for the
    /// JSON-LD <c>image</c>; null when the picture has no variants.
    /// </summary>
    public string? StructuredDataUrl { get; init; }
}
