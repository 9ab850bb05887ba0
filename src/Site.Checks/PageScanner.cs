using Site.Checks.Scanning;

namespace Site.Checks;

/// <summary>Reads one HTML page and keeps only what the checks need (<see cref="PageScan"/>).</summary>
public static class PageScanner
{
    /// <summary>Thread-safe: each call has its own state (and each thread its own parser).</summary>
    public static PageScan Scan(string relativePath, string html) => Scan(relativePath, html, new ScanStrings());

    /// <summary>Thread-safe; the scan's URLs and ids are shared through <paramref name="strings"/> with the other scans made with it.</summary>
    public static PageScan Scan(string relativePath, string html, ScanStrings strings)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(strings);
        string path = relativePath.Replace('\\', '/').TrimStart('/');
        if (IsXml(relativePath))
        {
            return XmlScanner.Scan(path, html, strings);
        }

        // Most pages are read from their tags alone; the few whose tree the HTML5 parser would rearrange are parsed.
        var lines = new SourceLines(html);
        return TokenScanner.Scan(path, html, lines, strings) ?? TreeScanner.Scan(path, html, lines, strings);
    }

    /// <summary>Whether <see cref="Scan"/> reads the file: an HTML page, or an XML file (sitemap, feed).</summary>
    public static bool CanScan(string relativePath) =>
        relativePath.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
        || relativePath.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || IsXml(relativePath);

    private static bool IsXml(string relativePath) =>
        relativePath.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        || relativePath.EndsWith(".atom", StringComparison.OrdinalIgnoreCase);
}
