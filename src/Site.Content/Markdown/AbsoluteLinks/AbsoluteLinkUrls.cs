using System.Net;

using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

using Site.Core.Urls;

namespace Site.Content.Markdown.AbsoluteLinks;

/// <summary>
/// Makes the URL of every link and image of a parsed body absolute, resolved against the page the body belongs to.
/// A URL is resolved in the form Markdig writes it (<c>a b</c> as <c>a%20b</c>, <c>é</c> as <c>%C3%A9</c>), which is
/// what a browser reads on the web page.
/// </summary>
internal static class AbsoluteLinkUrls
{
    public static void Rewrite(MarkdownDocument document, Uri page)
    {
        using var buffer = new StringWriter();
        var escaper = new HtmlRenderer(buffer);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { Length: > 0 } url && PageRelativeUrl.Resolve(AsWritten(url, escaper, buffer), page) is { } absolute)
            {
                link.Url = absolute;
            }
        }
    }

    /// <summary>The URL as Markdig writes it in an attribute, with its HTML escapes read back.</summary>
    private static string AsWritten(string url, HtmlRenderer escaper, StringWriter buffer)
    {
        buffer.GetStringBuilder().Clear();
        escaper.WriteEscapeUrl(url);
        return WebUtility.HtmlDecode(buffer.ToString());
    }
}
