using System.Net;
using System.Text;
using Site.Rendering.Templates;

namespace Site.Rendering.Feeds;

/// <summary>
/// Makes every URL of an HTML fragment absolute, resolved against the page it was rendered for exactly as a browser
/// resolves it there (<c>/media/x.jpg</c>, <c>../y/</c>, <c>#fn:1</c>): a feed reader shows the fragment out of
/// its page, where relative URLs would point nowhere. It reads tags and their attributes the way the HTML tokenizer
/// does (quoted and unquoted values, comments, raw text of <c>script</c> and <c>style</c>) and leaves every other
/// character as it was.
/// </summary>
internal static class AbsoluteUrls
{
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src", "poster", "cite", "action", "data" };
    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp" };

    public static string Rewrite(string html, Uri page)
    {
        var output = new StringBuilder(html.Length + (html.Length / 8));
        var at = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf('<', at);
            if (open < 0)
            {
                output.Append(html, at, html.Length - at);
                break;
            }

            output.Append(html, at, open - at);
            if (string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                at = close < 0 ? html.Length : close + 3;
                output.Append(html, open, at - open);
            }
            else if (open + 1 < html.Length && char.IsAsciiLetter(html[open + 1]))
            {
                at = StartTag(html, open, page, output);
            }
            else
            {
                output.Append('<');
                at = open + 1;
            }
        }

        return output.ToString();
    }

    /// <summary>Copies the start tag at <paramref name="open"/> with its URLs resolved; returns where the tag (or its raw text) ends.</summary>
    private static int StartTag(string html, int open, Uri page, StringBuilder output)
    {
        var at = open + 1;
        while (at < html.Length && !IsSpace(html[at]) && html[at] is not ('/' or '>'))
        {
            at++;
        }

        var name = html[(open + 1)..at];
        output.Append(html, open, at - open);
        while (at < html.Length && html[at] != '>')
        {
            var start = at;
            while (at < html.Length && (IsSpace(html[at]) || html[at] == '/'))
            {
                at++;
            }

            var nameStart = at;
            if (at < html.Length && html[at] == '=')
            {
                at++; // as in the HTML tokenizer, a '=' that starts a name is part of it
            }

            while (at < html.Length && !IsSpace(html[at]) && html[at] is not ('/' or '>' or '='))
            {
                at++;
            }

            var attribute = html[nameStart..at];
            var beforeValue = at;
            while (at < html.Length && IsSpace(html[at]))
            {
                at++;
            }

            if (at >= html.Length || html[at] != '=')
            {
                output.Append(html, start, beforeValue - start);
                at = beforeValue;
                continue;
            }

            at++;
            while (at < html.Length && IsSpace(html[at]))
            {
                at++;
            }

            var (valueStart, valueEnd, quote) = Value(html, at);
            at = quote == '\0' ? valueEnd : Math.Min(valueEnd + 1, html.Length);
            var value = html[valueStart..valueEnd];
            var rewritten = attribute.Equals("srcset", StringComparison.OrdinalIgnoreCase) ? Srcset(value, page)
                : UrlAttributes.Contains(attribute) ? Url(value, page)
                : null;
            if (rewritten is null)
            {
                output.Append(html, start, at - start);
                continue;
            }

            var mark = quote == '\0' ? '"' : quote;
            output.Append(html, start, (quote == '\0' ? valueStart : valueStart - 1) - start)
                .Append(mark).Append(rewritten).Append(mark);
        }

        if (at < html.Length)
        {
            output.Append('>');
            at++;
        }

        return RawTextElements.Contains(name) ? RawText(html, at, name, output) : at;
    }

    private static (int Start, int End, char Quote) Value(string html, int at)
    {
        if (at < html.Length && html[at] is '"' or '\'')
        {
            var quote = html[at];
            var close = html.IndexOf(quote, at + 1);
            return (at + 1, close < 0 ? html.Length : close, quote);
        }

        var end = at;
        while (end < html.Length && !IsSpace(html[end]) && html[end] != '>')
        {
            end++;
        }

        return (at, end, '\0');
    }

    /// <summary>Copies the text of a <c>script</c>, <c>style</c>… as it is, up to its end tag: what looks like tags in it is not.</summary>
    private static int RawText(string html, int at, string name, StringBuilder output)
    {
        var close = html.IndexOf("</" + name, at, StringComparison.OrdinalIgnoreCase);
        var end = close < 0 ? html.Length : close;
        output.Append(html, at, end - at);
        return end;
    }

    /// <summary>The resolved URL, encoded for an attribute value; null to keep the value as written.</summary>
    private static string? Url(string value, Uri page)
    {
        var url = WebUtility.HtmlDecode(value).Trim();
        if (url.Length == 0 || HasScheme(url) || !Uri.TryCreate(page, url, out var absolute))
        {
            return null;
        }

        return MinimalHtmlEncoder.Instance.Encode(absolute.AbsoluteUri);
    }

    /// <summary>Each candidate of a <c>srcset</c> ("url 2x, url 800w"), descriptors kept.</summary>
    private static string? Srcset(string value, Uri page)
    {
        var text = WebUtility.HtmlDecode(value);
        var candidates = new List<string>();
        var at = 0;
        while (at < text.Length)
        {
            while (at < text.Length && (IsSpace(text[at]) || text[at] == ','))
            {
                at++;
            }

            var start = at;
            while (at < text.Length && !IsSpace(text[at]))
            {
                at++;
            }

            var url = text[start..at];
            var descriptor = string.Empty;
            if (url.EndsWith(','))
            {
                url = url.TrimEnd(',');
            }
            else
            {
                var comma = text.IndexOf(',', at);
                var end = comma < 0 ? text.Length : comma;
                descriptor = text[at..end].Trim();
                at = end;
            }

            if (url.Length > 0)
            {
                var resolved = HasScheme(url) || !Uri.TryCreate(page, url, out var absolute) ? url : absolute.AbsoluteUri;
                candidates.Add(descriptor.Length == 0 ? resolved : resolved + " " + descriptor);
            }
        }

        return MinimalHtmlEncoder.Instance.Encode(string.Join(", ", candidates));
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 0 && char.IsAsciiLetter(url[0]) && url.AsSpan(0, colon).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.") < 0;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
