using System.Collections.Concurrent;
using System.Text;
using Site.Checks;
using Site.Core.Pipeline;

namespace Site.Build.Output;

/// <summary>
/// Writes documents into a folder in parallel. Each page's text is made, scanned for the link check while still in
/// memory, written, and dropped, so the whole site is never held in memory at once.
/// </summary>
internal static class OutputWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IReadOnlyList<PageScan> Write(IReadOnlyList<Document> documents, string folder, bool scan, CancellationToken cancellationToken)
    {
        foreach (var directory in documents.Select(d => Path.GetDirectoryName(d.Destination)).Distinct())
        {
            var path = Path.Combine(folder, directory ?? string.Empty);
            OutputWriteException.Around(path, () => Directory.CreateDirectory(path));
        }

        var scans = new ConcurrentBag<PageScan>();
        Parallel.ForEach(
            documents,
            new ParallelOptions { CancellationToken = cancellationToken },
            document =>
            {
                var path = Path.Combine(folder, document.Destination);
                switch (document.Content)
                {
                    case TextContent text:
                        var content = text.Render();
                        if (scan && document.Destination.EndsWith(".html", StringComparison.Ordinal))
                        {
                            scans.Add(PageScanner.Scan(document.Destination, content));
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
