using System.Globalization;

using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

using Site.Content.Media;
using Site.Core.Model;

namespace Site.Content.Markdown;

/// <summary>
/// Gives the pictures of a parsed body what keeps a page stable and light: <c>width</c> and <c>height</c> read from
/// the file (the CSS keeps <c>height: auto</c>, so they only reserve the aspect ratio), and <c>loading="lazy"</c>.
/// Attributes an author wrote with <c>{width=…}</c> win.
/// </summary>
internal static class ImageAttributes
{
    // Only picture files: Markdig's media links turn ![](clip.mp4) into a <video>, which takes no loading attribute.
    private static readonly string[] PictureExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"];

    /// <summary>Adds the size of every <c>/media/</c> picture; call it before the URLs are rebased.</summary>
    public static void AddSizes(MarkdownDocument document, Func<string, ImageSize?> sizeOf)
    {
        foreach (var image in Pictures(document))
        {
            if (sizeOf(image.Url!) is { } size)
            {
                var attributes = image.GetAttributes();
                if (attributes.Properties?.Any(p => p.Key is "width" or "height") != true)
                {
                    attributes.AddProperty("width", size.Width.ToString(CultureInfo.InvariantCulture));
                    attributes.AddProperty("height", size.Height.ToString(CultureInfo.InvariantCulture));
                }
            }
        }
    }

    /// <summary>
    /// Defers every picture, but the first one when <paramref name="eagerFirst"/> (a page without a lead image shows it
    /// at once). For web pages only: a print page loads all it prints.
    /// </summary>
    public static void LoadLazily(MarkdownDocument document, bool eagerFirst)
    {
        foreach (var image in Pictures(document).Skip(eagerFirst ? 1 : 0))
        {
            image.GetAttributes().AddPropertyIfNotExist("loading", "lazy");
        }
    }

    internal static IEnumerable<LinkInline> Pictures(MarkdownDocument document) =>
        document.Descendants<LinkInline>().Where(IsPictureLink);

    internal static bool IsPictureLink(LinkInline link) => link.IsImage && IsPicture(link.Url);

    private static bool IsPicture(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        var cut = url.IndexOfAny(['?', '#']);
        var path = cut < 0 ? url : url[..cut];
        return PictureExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }
}
