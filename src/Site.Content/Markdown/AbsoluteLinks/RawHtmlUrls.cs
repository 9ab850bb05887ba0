using System.Net;
using System.Text;
using System.Text.RegularExpressions;

using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

using Site.Core.Urls;

namespace Site.Content.Markdown.AbsoluteLinks;

/// <summary>
/// Makes the URLs of raw HTML written by authors absolute (<c>href</c>, <c>src</c>, <c>srcset</c>, <c>poster</c>…).
/// Markdig keeps raw HTML as text, with no tree: its tags are read with Markdig's own grammar of raw HTML tags
/// (CommonMark's), and the text of <c>script</c>, <c>style</c>… is skipped, since what looks like tags there is not.
/// </summary>
internal static partial class RawHtmlUrls
{
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src", "poster", "cite", "action", "data" };
    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp" };

    public static void Rewrite(MarkdownDocument document, Uri page) => Rewrite(document, url => PageRelativeUrl.Resolve(url, page));

    /// <summary>Rewrites each URL of the body's raw HTML to what <paramref name="resolve"/> says (null: as written).</summary>
    public static void Rewrite(MarkdownDocument document, Func<string, string?> resolve) =>
        RewriteHtml(document, html => Rewrite(html, resolve));

    /// <summary>Replaces the text of each piece of the body's raw HTML (inline tags and HTML blocks) by what <paramref name="rewrite"/> makes of it.</summary>
    public static void RewriteHtml(MarkdownDocument document, Func<string, string> rewrite)
    {
        foreach (var inline in document.Descendants<HtmlInline>())
        {
            inline.Tag = rewrite(inline.Tag);
        }

        foreach (var block in document.Descendants<HtmlBlock>())
        {
            var text = block.Lines.ToString();
            var rewritten = rewrite(text);
            if (rewritten != text)
            {
                var lines = rewritten.Split('\n');
                block.Lines = new StringLineGroup(lines.Length);
                foreach (var line in lines)
                {
                    block.Lines.Add(new StringSlice(line, NewLine.LineFeed));
                }
            }
        }
    }

    internal static string Rewrite(string html, Uri page) => Rewrite(html, url => PageRelativeUrl.Resolve(url, page));

    internal static string Rewrite(string html, Func<string, string?> resolve) =>
        RewriteTags(html, (_, tag) => Attributes().Replace(tag, m => Attribute(m, resolve)));

    /// <summary>
    /// Replaces each start tag of <paramref name="html"/> by what <paramref name="rewrite"/> makes of it (given the
    /// element's name and the tag as written); comments, end tags, declarations and raw text are kept as they are.
    /// </summary>
    internal static string RewriteTags(string html, Func<string, string, string> rewrite)
    {
        var output = new StringBuilder(html.Length);
        var at = 0;
        var open = html.IndexOf('<', at);
        while (open >= 0)
        {
            var slice = new StringSlice(html, open, html.Length - 1);
            if (!HtmlHelper.TryParseHtmlTag(ref slice, out var tag))
            {
                open = html.IndexOf('<', open + 1);
                continue;
            }

            // Comments, end tags and declarations hold no URL to resolve.
            var name = TagName().Match(tag);
            output.Append(html, at, open - at).Append(name.Success ? rewrite(name.Groups[1].Value, tag) : tag);
            at = slice.Start;
            if (name.Success && RawTextElements.Contains(name.Groups[1].Value))
            {
                var close = html.IndexOf("</" + name.Groups[1].Value, at, StringComparison.OrdinalIgnoreCase);
                var end = close < 0 ? html.Length : close;
                output.Append(html, at, end - at);
                at = end;
            }

            open = at < html.Length ? html.IndexOf('<', at) : -1;
        }

        return output.Append(html, at, html.Length - at).ToString();
    }

    private static string Attribute(Match attribute, Func<string, string?> resolve)
    {
        var name = attribute.Groups["name"].Value;
        var value = WebUtility.HtmlDecode(attribute.Groups["value"].Value);
        var rewritten = name.Equals("srcset", StringComparison.OrdinalIgnoreCase) ? SrcsetUrls.Resolve(value, resolve)
            : UrlAttributes.Contains(name) ? resolve(value)
            : null;
        if (rewritten is null)
        {
            return attribute.Value;
        }

        var quote = attribute.Groups["quote"].Value is { Length: 1 } written ? written : "\"";
        return $"{name}{attribute.Groups["equals"].Value}{quote}{Encode(rewritten)}{quote}";
    }

    /// <summary>The attributes of a start tag that have a value, by lower-case name (the first one wins, as in browsers), values decoded.</summary>
    internal static Dictionary<string, string> AttributesOf(string tag)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match attribute in Attributes().Matches(tag))
        {
            attributes.TryAdd(attribute.Groups["name"].Value, WebUtility.HtmlDecode(attribute.Groups["value"].Value));
        }

        return attributes;
    }

    internal static string Encode(string value) =>
        value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    // An attribute with a value, in a tag Markdig's grammar accepted: each starts after white space, and a quoted
    // value is taken whole, so nothing inside a value is read as an attribute.
    [GeneratedRegex("""(?<=\s)(?<name>[A-Za-z_:][A-Za-z0-9_.:-]*)(?<equals>\s*=\s*)(?:(?<quote>["'])(?<value>.*?)\k<quote>|(?<value>[^\s"'=<>`]+))""", RegexOptions.Singleline)]
    private static partial Regex Attributes();

    [GeneratedRegex("^<([A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex TagName();
}
