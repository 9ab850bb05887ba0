using System.Collections.Concurrent;
using System.Text;
using Site.Build.Pipelines;
using Site.Checks;
using Site.Core.Pipeline;

namespace Site.Build.Output;

/// <summary>
/// The output folder of a preview session, updated in place. A page is rendered only when its fingerprint changed
/// since the last build that was written; the rendered pages are checked before anything is written, so a build
/// with errors leaves the last good pages served. The scans of unchanged pages are kept, so that the link check
/// can look up every page's anchors while checking only the pages that changed.
/// </summary>
internal sealed class IncrementalOutput(string folder)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private Dictionary<string, Written> _written = new(StringComparer.Ordinal);

    public string Folder { get; } = folder;

    /// <summary>Renders and scans what changed, in memory.</summary>
    public IncrementalWrite Prepare(IReadOnlyList<Document> documents, bool scan, CancellationToken cancellationToken)
    {
        var kept = new ConcurrentDictionary<string, Written>(StringComparer.Ordinal);
        var pending = new ConcurrentBag<Pending>();
        Parallel.ForEach(
            documents,
            new ParallelOptions { CancellationToken = cancellationToken },
            document =>
            {
                var fingerprint = FingerprintOf(document);
                if (fingerprint is not null && _written.TryGetValue(document.Destination, out var previous) && previous.Fingerprint == fingerprint)
                {
                    kept[document.Destination] = previous;
                    return;
                }

                string? text = null;
                PageScan? pageScan = null;
                if (document.Content is TextContent content)
                {
                    text = content.Render();
                    if (scan && document.Destination.EndsWith(".html", StringComparison.Ordinal))
                    {
                        pageScan = PageScanner.Scan(document.Destination, text);
                    }
                }

                pending.Add(new Pending(document, fingerprint ?? string.Empty, text, pageScan));
            });

        var changed = pending.OrderBy(p => p.Document.Destination, StringComparer.Ordinal).ToList();
        var destinations = documents.Select(d => d.Destination).ToHashSet(StringComparer.Ordinal);
        var deleted = _written.Keys.Where(d => !destinations.Contains(d)).Order(StringComparer.Ordinal).ToList();
        var scans = kept.Values.Select(w => w.Scan).Concat(changed.Select(p => p.Scan)).OfType<PageScan>()
            .OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
        return new IncrementalWrite(changed, deleted, kept, scans);
    }

    /// <summary>Writes the prepared pages and deletes the files no longer made.</summary>
    public void Commit(IncrementalWrite write)
    {
        Parallel.ForEach(write.Pending, pending =>
        {
            var path = Path.Combine(Folder, pending.Document.Destination);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var staging = path + ".tmp";
            if (pending.Text is not null)
            {
                File.WriteAllText(staging, pending.Text, Utf8);
            }
            else if (pending.Document.Content is FileContent file)
            {
                File.Copy(file.Path, staging, overwrite: true);
            }

            // A rename replaces the file at once: the preview server never serves half a page.
            File.Move(staging, path, overwrite: true);
        });
        foreach (var gone in write.Deleted)
        {
            File.Delete(Path.Combine(Folder, gone));
        }

        var written = new Dictionary<string, Written>(write.Kept, StringComparer.Ordinal);
        foreach (var pending in write.Pending)
        {
            written[pending.Document.Destination] = new Written(pending.Fingerprint, pending.Scan);
        }

        _written = written;
    }

    private static string? FingerprintOf(Document document) => document.Find<Fingerprint>()?.Value ?? document.Content switch
    {
        FileContent file when File.Exists(file.Path) => $"{file.Path}|{new FileInfo(file.Path).Length}|{File.GetLastWriteTimeUtc(file.Path).Ticks}",
        _ => null,
    };
}
