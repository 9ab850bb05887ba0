using System.Diagnostics;
using System.Globalization;

using Site.Checks;
using Site.Checks.Scanning;

namespace Site.Benchmarks;

/// <summary>
/// Times the page scan alone over every HTML page of a built folder, held in memory, on one thread: the scan the
/// build uses (the tokenizer, the tree parser for pages it would rearrange) and the tree parser's alone; CPU time and
/// bytes allocated are the figures that a shared machine does not distort. Also says how many pages the tree parser
/// had to read and whether both scans agree on every page.
/// </summary>
internal static class ScanCommand
{
    public static int Run(string folder, int runs)
    {
        var pages = Directory.EnumerateFiles(folder, "*.htm*", SearchOption.AllDirectories)
            .Select(file => (Path: Path.GetRelativePath(folder, file), Html: File.ReadAllText(file)))
            .ToArray();
        if (pages.Length == 0)
        {
            Console.Error.WriteLine($"no HTML page in {folder}");
            return 2;
        }

        var parsed = pages.Count(page => TokenScanner.Scan(page.Path, page.Html, new SourceLines(page.Html)) is null);
        var differing = pages.Where(page => !Same(PageScanner.Scan(page.Path, page.Html), TreeScanner.Scan(page.Path, page.Html, new SourceLines(page.Html)))).ToArray();
        Console.WriteLine($"{pages.Length} pages, {pages.Sum(page => (long)page.Html.Length) / 1_000_000.0:F1} M characters; {parsed} parsed by the tree builder; {differing.Length} scans differ{string.Concat(differing.Take(5).Select(page => " " + page.Path))}");
        Console.WriteLine("| scanner | run | CPU s | pages/s (CPU) | MB allocated | KB allocated per page |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var run = 0; run <= runs; run++)
        {
            Measure("tokenizer", run, pages, page => PageScanner.Scan(page.Path, page.Html));
            Measure("tree builder", run, pages, page => TreeScanner.Scan(page.Path, page.Html, new SourceLines(page.Html)));
        }

        return differing.Length == 0 ? 0 : 1;
    }

    private static void Measure(string name, int run, (string Path, string Html)[] pages, Func<(string Path, string Html), PageScan> scan)
    {
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        foreach (var page in pages)
        {
            scan(page);
        }

        var seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        // Run 0 warms the JIT up; it is shown but not to be quoted.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {(run == 0 ? "warm-up" : run.ToString(CultureInfo.InvariantCulture))} | {seconds:F2} | {pages.Length / seconds:F0} | {bytes / 1e6:F0} | {bytes / 1024.0 / pages.Length:F1} |"));
    }

    private static bool Same(PageScan a, PageScan b) =>
        a.Path == b.Path && a.BaseHref == b.BaseHref
        && a.References.SequenceEqual(b.References) && a.ImagesWithoutAlt.SequenceEqual(b.ImagesWithoutAlt)
        && a.Anchors.SetEquals(b.Anchors)
        && a.Head is { } x && b.Head is { } y
        && x.Language == y.Language && x.Root == y.Root && x.Title == y.Title && x.Description == y.Description
        && x.Noindex == y.Noindex && x.IsRedirect == y.IsRedirect && x.OpenGraphType == y.OpenGraphType
        && x.Canonicals.SequenceEqual(y.Canonicals) && x.Alternates.SequenceEqual(y.Alternates);
}
