using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Site.Checks.Scanning;

/// <summary>Scans a page through AngleSharp's HTML5 tree builder: the reference for what a page holds, taken when
/// <see cref="TokenScanner"/> meets markup whose tree differs from the order of its tags.</summary>
internal static class TreeScanner
{
    /// <summary>Emits only the attributes the collectors read.</summary>
    public static readonly ShouldEmitAttribute EmitsReadAttributes = (ref token, name) => IsRead(name.Span);

    // The parser builds elements with only the attributes the checks read, and no text or comment nodes. Elements,
    // their nesting and their positions are as the HTML5 tree builder makes them.
    public static readonly HtmlParserOptions Options = new()
    {
        IsKeepingSourceReferences = true,
        SkipComments = true,
        SkipDataText = true,
        SkipScriptText = true,
        SkipRawText = true,
        // The title's text is RCDATA: kept, for the duplicate-title check (textarea text comes along, rarely).
        SkipRCDataText = false,
        SkipPlaintext = true,
        SkipCDATA = true,
        SkipProcessingInstructions = true,
        ShouldEmitAttribute = EmitsReadAttributes,
    };

    // A parser carries its browsing context, costly to make: one per thread.
    [ThreadStatic]
    private static HtmlParser? t_parser;

    public static PageScan Scan(string path, string html, SourceLines lines, ScanStrings? strings = null)
    {
        t_parser ??= new HtmlParser(Options);
        using IHtmlDocument document = t_parser.ParseDocument(html);
        strings ??= new ScanStrings();
        var references = new ReferenceCollector(lines, strings);
        var head = new HeadCollector(lines, strings);
        var element = new TreeElement();
        foreach (AngleSharp.Dom.IElement node in document.All)
        {
            references.Visit(element.Of(node));
            head.Visit(element);
        }

        return references.ToScan(path, head.ToHead());
    }

    /// <summary>The attributes the collectors read.</summary>
    private static bool IsRead(ReadOnlySpan<char> name) => name switch
    {
        "id" or "name" or "href" or "src" or "srcset" or "poster" or "alt" or "rel" or "content" or "property" or "http-equiv" or "hreflang" or "lang" => true,
        _ => false,
    };
}
