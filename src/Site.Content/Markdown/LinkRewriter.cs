using Markdig.Syntax;
using Markdig.Syntax.Inlines;

using Site.Core.Diagnostics;
using Site.Core.Urls;

namespace Site.Content.Markdown;

/// <summary>
/// Rewrites the links of a parsed body: a relative path to another source file (<c>../2020/x.fr.md</c>) becomes that
/// article's URL, and a site path (<c>/media/x.jpg</c>) moves under the base path of <c>baseUrl</c>.
/// </summary>
internal static class LinkRewriter
{
    public static void Rewrite(MarkdownDocument document, string sourcePath, int bodyLine, SourceLinkMap links, UrlBuilder urls, DiagnosticBag diagnostics)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { Length: > 0 } url)
            {
                link.Url = RewriteUrl(url, link, sourcePath, bodyLine, links, urls, diagnostics);
            }
        }
    }

    private static string RewriteUrl(string url, LinkInline link, string sourcePath, int bodyLine, SourceLinkMap links, UrlBuilder urls, DiagnosticBag diagnostics)
    {
        if (url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith('#') || HasScheme(url))
        {
            return url;
        }

        if (url.StartsWith('/'))
        {
            return urls.Rebase(url);
        }

        var cut = url.IndexOfAny(['#', '?']);
        var path = cut < 0 ? url : url[..cut];
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return url;
        }

        var target = SourceLinkMap.Resolve(sourcePath, path);
        var sitePath = target is null ? null : links.SitePathOf(target);
        if (sitePath is null)
        {
            diagnostics.Error(
                new SourceLocation(sourcePath, bodyLine + link.Line, link.Column + 1),
                DiagnosticCode.BrokenSourceLink, $"the link '{url}' points to no published source file",
                "check the path relative to this file (for example ../2020/name.fr.md); drafts and future articles are not published");
            return url;
        }

        return urls.Path(sitePath) + (cut < 0 ? string.Empty : url[cut..]);
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 0 && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && char.IsAsciiLetter(url[0]);
    }
}
