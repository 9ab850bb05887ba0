using System.Collections.Frozen;

namespace Site.Checks.Scanning;

/// <summary>Tag names as strings, without a new string for each tag of a known element.</summary>
internal static class TagName
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Known =
        new[]
        {
            "html", "head", "body", "title", "meta", "link", "script", "style", "noscript", "template", "div", "p", "span",
            "a", "img", "image", "picture", "source", "ul", "ol", "li", "dl", "dt", "dd", "nav", "header", "footer",
            "main", "article", "section", "aside", "figure", "figcaption", "time", "button", "form", "input", "label",
            "select", "option", "optgroup", "textarea", "blockquote", "pre", "code", "em", "strong", "small", "sup",
            "sub", "hr", "br", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col",
            "svg", "math", "path", "g", "use", "symbol", "circle", "rect", "line", "polyline", "polygon", "defs",
            "video", "audio", "track", "iframe", "base", "area", "map", "details", "summary", "abbr", "cite", "q",
            "mark", "b", "i", "u", "s", "h1", "h2", "h3", "h4", "h5", "h6", "address", "object", "embed", "param",
        }
        .Concat(TagNames.Phrasing).Concat(TagNames.Void).Concat(TagNames.ForeignBreakouts)
        .ToFrozenSet(StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Of(ReadOnlySpan<char> name) => Known.TryGetValue(name, out string? known) ? known : name.ToString();
}
