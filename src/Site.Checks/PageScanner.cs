using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

using Site.Checks.Scanning;

namespace Site.Checks;

/// <summary>Parses one HTML page and keeps only what the checks need (<see cref="PageScan"/>).</summary>
public static class PageScanner
{
    // A site's pages are parsed by the ten thousand: the parser builds elements with only the attributes the
    // checks read, and no text or comment nodes. Elements, their nesting and their positions are as the HTML5
    // tree builder makes them.
    private static readonly HtmlParserOptions Options = new()
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
        ShouldEmitAttribute = (ref token, name) => IsRead(name.Span),
    };

    // A parser carries its browsing context, costly to make: one per thread.
    [ThreadStatic]
    private static HtmlParser? t_parser;

    /// <summary>Thread-safe: each thread has its own parser, each call its own document.</summary>
    public static PageScan Scan(string relativePath, string html) => Scan(relativePath, html, new ScanStrings());

    /// <summary>Thread-safe; the scan's URLs and ids are shared through <paramref name="strings"/> with the other scans made with it.</summary>
    public static PageScan Scan(string relativePath, string html, ScanStrings strings)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(strings);
        if (IsXml(relativePath))
        {
            return XmlScanner.Scan(relativePath.Replace('\\', '/').TrimStart('/'), html, strings);
        }

        t_parser ??= new HtmlParser(Options);
        using IHtmlDocument document = t_parser.ParseDocument(html);
        var lines = new SourceLines(html);
        var collector = new ReferenceCollector(lines, strings);
        var head = new HeadCollector(lines, strings);
        foreach (AngleSharp.Dom.IElement element in document.All)
        {
            collector.Visit(element);
            head.Visit(element);
        }

        return collector.ToScan(relativePath.Replace('\\', '/').TrimStart('/'), head.ToHead());
    }

    /// <summary>Whether <see cref="Scan"/> reads the file: an HTML page, or an XML file (sitemap, feed).</summary>
    public static bool CanScan(string relativePath) =>
        relativePath.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
        || relativePath.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || IsXml(relativePath);

    private static bool IsXml(string relativePath) =>
        relativePath.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        || relativePath.EndsWith(".atom", StringComparison.OrdinalIgnoreCase);

    /// <summary>The attributes <see cref="ReferenceCollector"/> reads.</summary>
    private static bool IsRead(ReadOnlySpan<char> name) => name switch
    {
        "id" or "name" or "href" or "src" or "srcset" or "poster" or "alt" or "rel" or "content" or "property" or "http-equiv" or "hreflang" or "lang" => true,
        _ => false,
    };
}
