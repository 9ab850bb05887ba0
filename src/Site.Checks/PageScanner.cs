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
        SkipRCDataText = true,
        SkipPlaintext = true,
        SkipCDATA = true,
        SkipProcessingInstructions = true,
        ShouldEmitAttribute = (ref token, name) => IsRead(name.Span),
    };

    // A parser carries its browsing context, costly to make: one per thread.
    [ThreadStatic]
    private static HtmlParser? t_parser;

    /// <summary>Thread-safe: each thread has its own parser, each call its own document.</summary>
    public static PageScan Scan(string relativePath, string html)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(html);

        t_parser ??= new HtmlParser(Options);
        using IHtmlDocument document = t_parser.ParseDocument(html);
        var collector = new ReferenceCollector(new SourceLines(html));
        foreach (AngleSharp.Dom.IElement element in document.All)
        {
            collector.Visit(element);
        }

        return collector.ToScan(relativePath.Replace('\\', '/').TrimStart('/'));
    }

    /// <summary>The attributes <see cref="ReferenceCollector"/> reads.</summary>
    private static bool IsRead(ReadOnlySpan<char> name) => name switch
    {
        "id" or "name" or "href" or "src" or "srcset" or "poster" or "alt" or "rel" or "content" or "property" or "http-equiv" => true,
        _ => false,
    };
}
