using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

using Site.Checks.Scanning;

namespace Site.Checks;

/// <summary>Parses one HTML page and keeps only what the checks need (<see cref="PageScan"/>).</summary>
public static class PageScanner
{
    private static readonly HtmlParserOptions Options = new() { IsKeepingSourceReferences = true };

    /// <summary>Thread-safe: each call has its own parser and document.</summary>
    public static PageScan Scan(string relativePath, string html)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(html);

        var parser = new HtmlParser(Options);
        using IHtmlDocument document = parser.ParseDocument(html);
        var collector = new ReferenceCollector(new SourceLines(html));
        foreach (AngleSharp.Dom.IElement element in document.All)
        {
            collector.Visit(element);
        }

        return collector.ToScan(relativePath.Replace('\\', '/').TrimStart('/'));
    }
}
