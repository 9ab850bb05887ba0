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
}
