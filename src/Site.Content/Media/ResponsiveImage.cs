using Site.Core.Model;

namespace Site.Content.Media;

/// <summary>
/// A local picture that pages show through smaller copies: its WebP variants, narrowest first, and the 1200×630 JPEG
/// crop that <c>og:image</c> names. <see cref="Hash"/> is the hash of the source bytes and of the settings, which
/// every variant's name carries, so a changed picture gets new names and no browser keeps a stale copy.
/// </summary>
public sealed record ResponsiveImage(string Source, ImageSize Size, string Hash, IReadOnlyList<ImageVariant> Variants, ImageVariant Social)
{
    /// <summary>The <c>srcset</c> value: every variant as "URL widthw", the URLs made by <paramref name="url"/> (rebasing or absolute).</summary>
    public string Srcset(Func<string, string> url) => string.Join(", ", Variants.Select(v => $"{url(v.SitePath)} {v.Width}w"));
}
