using System.Collections.Frozen;

namespace Site.Checks.Scanning;

/// <summary>The HTML5 tree builder's sets of tag names that <see cref="OpenElements"/> needs.</summary>
internal static class TagNames
{
    /// <summary>Elements that never stay open: the tree builder closes them at once.</summary>
    public static readonly FrozenSet<string> Void = FrozenSet.Create(
        StringComparer.Ordinal,
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr", "menuitem");

    /// <summary>Start tags that neither close an open p nor rearrange the tree in body content.</summary>
    public static readonly FrozenSet<string> Phrasing = FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "abbr", "area", "audio", "b", "bdi", "bdo", "big", "br", "button", "canvas", "cite", "code", "data", "del",
        "dfn", "em", "embed", "font", "i", "iframe", "img", "input", "ins", "kbd", "label", "link", "map", "mark", "math",
        "meta", "meter", "nobr", "noscript", "object", "output", "picture", "progress", "q", "rb", "rp", "rt", "rtc",
        "ruby", "s", "samp", "script", "select", "slot", "small", "source", "span", "strike", "strong", "style", "sub",
        "sup", "svg", "template", "textarea", "time", "title", "track", "tt", "u", "var", "video", "wbr");

    /// <summary>Start tags that make the tree builder leave SVG or MathML content (font too, with some attributes).</summary>
    public static readonly FrozenSet<string> ForeignBreakouts = FrozenSet.Create(
        StringComparer.Ordinal,
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
        "ruby", "s", "small", "span", "strike", "strong", "sub", "sup", "table", "tt", "u", "ul", "var", "font");

    /// <summary>SVG and MathML elements whose content is parsed as HTML again.</summary>
    public static readonly FrozenSet<string> IntegrationPoints = FrozenSet.Create(
        StringComparer.Ordinal, "foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml");

    /// <summary>Tags the tree builder places by table rules (and ignores outside a table).</summary>
    public static readonly FrozenSet<string> TableParts = FrozenSet.Create(
        StringComparer.Ordinal, "caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr");

    /// <summary>Open elements under which any other tag is moved out of the table ("foster parenting").</summary>
    public static readonly FrozenSet<string> TableRows = FrozenSet.Create(
        StringComparer.Ordinal, "table", "tbody", "thead", "tfoot", "tr");

    /// <summary>Elements whose end tags the tree builder makes up before a ruby annotation or list item.</summary>
    public static readonly FrozenSet<string> ImpliedEnds = FrozenSet.Create(
        StringComparer.Ordinal, "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc");

    /// <summary>Where the search for an open p ends ("button scope"); a subset, so that the search never stops short.</summary>
    public static readonly FrozenSet<string> ButtonScope = FrozenSet.Create(
        StringComparer.Ordinal, "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button");

    /// <summary>Where the search for an open li, dd or dt ends: special elements (a subset of them, for the same reason).</summary>
    public static readonly FrozenSet<string> ListScope = FrozenSet.Create(
        StringComparer.Ordinal, "ul", "ol", "menu", "dl", "template", "td", "th", "caption", "table", "button", "object", "marquee", "applet");

    public static readonly FrozenSet<string> Headings = FrozenSet.Create(StringComparer.Ordinal, "h1", "h2", "h3", "h4", "h5", "h6");
}
