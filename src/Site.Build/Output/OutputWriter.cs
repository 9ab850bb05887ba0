using System.Collections.Concurrent;
using System.Text;
using Site.Build.Plan;
using Site.Checks;

namespace Site.Build.Output;

/// <summary>
/// Writes pages into a folder in parallel. Each page's text is made, scanned for the link check while still in
/// memory, written, and dropped, so the whole site is never held in memory at once.
/// </summary>
internal static class OutputWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IReadOnlyList<PageScan> Write(IReadOnlyList<PlannedPage> pages, string folder, bool scan, CancellationToken cancellationToken)
    {
        foreach (var directory in pages.Select(d => Path.GetDirectoryName(d.Destination)).Distinct())
        {
            var path = Path.Combine(folder, directory ?? string.Empty);
            OutputWriteException.Around(path, () => Directory.CreateDirectory(path));
        }

        var scans = new ConcurrentBag<PageScan>();
        var strings = new ScanStrings();
        Parallel.ForEach(
            pages,
            new ParallelOptions { CancellationToken = cancellationToken },
            page =>
            {
                var path = Path.Combine(folder, page.Destination);
                switch (page.Content)
                {
                    case TextContent text:
                        var content = text.Render();
                        if (scan && PageScanner.CanScan(page.Destination))
                        {
                            scans.Add(PageScanner.Scan(page.Destination, content, strings));
                        }

                        OutputWriteException.Around(path, () => File.WriteAllText(path, content, Utf8));
                        break;
                    case FileContent file:
                        OutputWriteException.Around(path, () => File.Copy(file.Path, path, overwrite: true));
                        break;
                }
            });
        return scans.OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
    }
}
