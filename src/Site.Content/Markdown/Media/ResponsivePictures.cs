using System.Globalization;
using System.Text;

using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

using Site.Content.Markdown.AbsoluteLinks;
using Site.Content.Media;
using Site.Core.Model;
using Site.Core.Urls;

namespace Site.Content.Markdown.Media;

/// <summary>
/// The local pictures of a body that are shown through their WebP variants: found while the body's URLs are still
/// site paths, then offered on the web body only, as <c>srcset</c> (rebased variant URLs) and <c>sizes</c>. The
/// print body and the feed keep the plain original <c>img</c>: a print page loads what it prints, and feed readers
/// are not browsers. An <c>img</c> written in raw HTML gets the same, unless its author wrote a <c>srcset</c>.
/// </summary>
internal sealed class ResponsivePictures
{
    /// <summary>
    /// How wide a body picture is drawn: the article column, at most 42rem (the theme's <c>--measure</c>), else the
    /// viewport less <c>main</c>'s padding of 1rem each side; 42rem + 2rem = 44rem is where the column stops growing.
    /// </summary>
    public const string ColumnSizes = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

    private readonly List<(LinkInline Image, ResponsiveImage Variants)> _markdown = [];

    // Keyed by the src as the web body publishes it (under the base path), which is what the tags say after rebasing.
    private readonly Dictionary<string, ResponsiveImage> _raw = new(StringComparer.Ordinal);
    private readonly List<string> _sitePaths = [];
    private readonly UrlBuilder _urls;

    private ResponsivePictures(UrlBuilder urls) => _urls = urls;

    /// <summary>The site paths (<c>/media/…</c>) of the pictures given a <c>srcset</c>, once each, in the order of the body.</summary>
    public IReadOnlyList<string> SitePaths => _sitePaths.Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Finds the body's pictures that have variants; call it before the URLs are rebased. <paramref name="sizeOf"/>
    /// is asked about each raw HTML picture (for its <c>width</c> and <c>height</c>, and so that caches record it).
    /// </summary>
    public static ResponsivePictures Find(MarkdownDocument document, UrlBuilder urls, Func<string, ImageSize?> sizeOf, Func<string, ResponsiveImage?> variantsOf)
    {
        var pictures = new ResponsivePictures(urls);
        foreach (var image in ImageAttributes.Pictures(document))
        {
            var attributes = image.GetAttributes();
            if (attributes.Properties?.Any(p => p.Key is "srcset") != true && variantsOf(image.Url!) is { } variants)
            {
                pictures._markdown.Add((image, variants));
                pictures._sitePaths.Add(SitePath(image.Url!));
            }
        }

        RawHtmlUrls.RewriteHtml(document, html => RawHtmlUrls.RewriteTags(html, (name, tag) =>
        {
            if (IsImg(name) && RawHtmlUrls.AttributesOf(tag) is var attributes && !attributes.ContainsKey("srcset")
                && attributes.TryGetValue("src", out var src) && sizeOf(src) is not null && variantsOf(src) is { } variants)
            {
                pictures._raw[Published(src, urls)] = variants;
                pictures._sitePaths.Add(SitePath(src));
            }

            return tag;
        }));
        return pictures;
    }

    /// <summary>
    /// Gives the web body's pictures their <c>srcset</c> and <c>sizes</c>, and the raw ones what Markdown pictures
    /// already have (<c>width</c>, <c>height</c>, <c>loading="lazy"</c>, none of them where the author wrote it).
    /// <paramref name="eagerFirstRaw"/>: the first raw picture is the page's first picture and loads at once.
    /// </summary>
    public void OfferOnTheWeb(MarkdownDocument document, bool eagerFirstRaw)
    {
        foreach (var (image, variants) in _markdown)
        {
            var attributes = image.GetAttributes();
            attributes.AddProperty("srcset", Srcset(variants));
            attributes.AddProperty("sizes", ColumnSizes);
        }

        if (_raw.Count == 0)
        {
            return;
        }

        var eager = eagerFirstRaw;
        RawHtmlUrls.RewriteHtml(document, html => RawHtmlUrls.RewriteTags(html, (name, tag) =>
        {
            if (!IsImg(name))
            {
                return tag;
            }

            var attributes = RawHtmlUrls.AttributesOf(tag);
            if (attributes.ContainsKey("srcset") || !attributes.TryGetValue("src", out var src) || !_raw.TryGetValue(src, out var variants))
            {
                return tag;
            }

            var added = new StringBuilder()
                .Append(" srcset=\"").Append(RawHtmlUrls.Encode(Srcset(variants))).Append('"')
                .Append(" sizes=\"").Append(ColumnSizes).Append('"');
            if (!attributes.ContainsKey("width") && !attributes.ContainsKey("height"))
            {
                added.Append(CultureInfo.InvariantCulture, $" width=\"{variants.Size.Width}\" height=\"{variants.Size.Height}\"");
            }

            if (!eager && !attributes.ContainsKey("loading"))
            {
                added.Append(" loading=\"lazy\"");
            }

            eager = false;
            return Insert(tag, added.ToString());
        }));
    }

    /// <summary>Whether the first picture of the body (in reading order) is one written in raw HTML that gets variants.</summary>
    public bool FirstIsRaw(MarkdownDocument document)
    {
        if (_raw.Count == 0)
        {
            return false;
        }

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline link when ImageAttributes.IsPictureLink(link):
                    return false;
                case HtmlInline inline when HoldsRawPicture(inline.Tag):
                    return true;
                case HtmlBlock block when HoldsRawPicture(block.Lines.ToString()):
                    return true;
            }
        }

        return false;
    }

    private bool HoldsRawPicture(string html)
    {
        var found = false;
        RawHtmlUrls.RewriteTags(html, (name, tag) =>
        {
            found |= IsImg(name) && RawHtmlUrls.AttributesOf(tag).TryGetValue("src", out var src) && _raw.ContainsKey(src);
            return tag;
        });
        return found;
    }

    // A candidate's URL ends at white space: a space in a file name is written %20, as Markdig writes it in src.
    private string Srcset(ResponsiveImage variants) => variants.Srcset(path => _urls.Rebase(path).Replace(" ", "%20", StringComparison.Ordinal));

    private static string Published(string src, UrlBuilder urls) =>
        urls.BasePath != "/" && src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal) ? urls.Rebase(src) : src;

    private static string SitePath(string url)
    {
        var cut = url.IndexOfAny(['?', '#']);
        return cut < 0 ? url : url[..cut];
    }

    private static bool IsImg(string name) => name.Equals("img", StringComparison.OrdinalIgnoreCase);

    /// <summary>The tag with <paramref name="attributes"/> before its end (<c>&gt;</c> or <c>/&gt;</c>).</summary>
    private static string Insert(string tag, string attributes)
    {
        var body = tag[..^1];
        var selfClosing = body.EndsWith('/');
        body = (selfClosing ? body[..^1] : body).TrimEnd();
        return body + attributes + (selfClosing ? " />" : ">");
    }
}
