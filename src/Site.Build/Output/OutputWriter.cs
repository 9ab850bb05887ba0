using System.Collections.Concurrent;
using Site.Build.Plan;
using Site.Checks;
using Site.Core.Threading;

namespace Site.Build.Output;

/// <summary>
/// Writes pages into a folder in parallel. Each page's text is made, scanned for the link check while still in
/// memory, written, and dropped, so the whole site is never held in memory at once.
/// </summary>
internal static class OutputWriter
{
    public static IReadOnlyList<PageScan> Write(IReadOnlyList<PlannedPage> pages, string folder, bool scan, CancellationToken cancellationToken)
    {
        var folders = new OutputFolders(folder);
        var scans = new ConcurrentBag<PageScan>();
        var strings = new ScanStrings();
        Parallel.ForEach(
            WriteOrder.Of(pages),
            OnePerCore.Options(cancellationToken),
            index =>
            {
                var page = pages[index];
                var path = folders.For(page.Destination);
                switch (page.Content)
                {
                    case TextContent text:
                        var content = text.Render();
                        if (scan && PageScanner.CanScan(page.Destination))
                        {
                            scans.Add(PageScanner.Scan(page.Destination, content, strings));
                        }

                        OutputWriteException.Around(path, () => PageFile.Write(path, content));
                        break;
                    case FileContent file:
                        OutputWriteException.Around(path, () => File.Copy(file.Path, path, overwrite: true));
                        break;
                }
            });
        return scans.OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
    }
}
