using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

using Site.Checks.Rules;

namespace Site.Checks;

/// <summary>Checks an already built output folder: every HTML page and XML file parsed once, in parallel.</summary>
public static class FolderChecker
{
    public static async Task<IReadOnlyList<Finding>> CheckFolderAsync(
        string outputDir,
        CheckOptions options,
        CancellationToken ct)
    {
        OutputFileSet files = OutputFileSet.FromFolder(outputDir);
        IReadOnlyList<PageScan> pages = ScanPages(outputDir, files, ct);
        var checker = new LinkChecker(options);
        IReadOnlyList<Finding> findings = checker.CheckInternal(pages, files);
        if (!options.External)
        {
            return findings;
        }

        IReadOnlyList<Finding> external = await checker.CheckExternalAsync(pages, ct);
        return Findings.Sorted(findings.Concat(external));
    }

    private static IReadOnlyList<PageScan> ScanPages(string outputDir, OutputFileSet files, CancellationToken ct)
    {
        var scans = new ConcurrentBag<PageScan>();
        var strings = new ScanStrings();
        IEnumerable<string> pages = files.Files.Where(PageScanner.CanScan);
        var parallel = new ParallelOptions { CancellationToken = ct };
        try
        {
            Parallel.ForEach(pages, parallel, page =>
            {
                string html = File.ReadAllText(Path.Combine(outputDir, page));
                scans.Add(PageScanner.Scan(page, html, strings));
            });
        }
        catch (AggregateException exception) when (exception.InnerExceptions.Count > 0)
        {
            // Callers expect the IOException itself (a page removed or unreadable), not its wrapper.
            ExceptionDispatchInfo.Throw(exception.InnerExceptions[0]);
        }
        return [.. scans.OrderBy(scan => scan.Path, StringComparer.Ordinal)];
    }
}
