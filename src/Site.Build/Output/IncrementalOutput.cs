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

    private readonly Dictionary<string, Fingerprint?> _written = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PageScan> _scans = new(StringComparer.Ordinal);
    private OutputFileSet _files = new([]);

    public string Folder { get; } = folder;

    /// <summary>Renders and scans what changed, in memory.</summary>
    /// <param name="changes">Files reported as changed (full paths): copied again whatever their size and time say.</param>
    public IncrementalWrite Prepare(IReadOnlyList<Document> documents, bool scan, IReadOnlySet<string>? changes, CancellationToken cancellationToken)
    {
        var prepared = new Pending?[documents.Count];
        Parallel.For(
            0,
            documents.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            i => prepared[i] = PrepareOne(documents[i], scan, changes));

        var pending = prepared.OfType<Pending>().OrderBy(p => p.Document.Destination, StringComparer.Ordinal).ToList();

        // Destinations are unique (the plan refuses clashes): when every page is either known or new, none is gone.
        var added = pending.Count(p => !_written.ContainsKey(p.Document.Destination));
        var deleted = new List<string>();
        if (_written.Count + added != documents.Count)
        {
            var destinations = documents.Select(d => d.Destination).ToHashSet(StringComparer.Ordinal);
            deleted.AddRange(_written.Keys.Where(d => !destinations.Contains(d)).Order(StringComparer.Ordinal));
        }

        var scans = new Dictionary<string, PageScan>(_scans, StringComparer.Ordinal);
        foreach (var gone in deleted)
        {
            scans.Remove(gone);
        }

        foreach (var page in pending)
        {
            if (page.Scan is not null)
            {
                scans[page.Document.Destination] = page.Scan;
            }
        }

        var files = added == 0 && deleted.Count == 0 ? _files : new OutputFileSet(documents.Select(d => d.Destination));
        var targetsChanged = deleted.Count > 0 || pending.Any(p => p.Scan is not null && _scans.TryGetValue(p.Document.Destination, out var before) && !before.Anchors.SetEquals(p.Scan.Anchors));
        return new IncrementalWrite(pending, deleted, scans, files, targetsChanged);
    }

    /// <summary>Writes the prepared pages and deletes the files no longer made.</summary>
    public void Commit(IncrementalWrite write)
    {
        try
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
        }
        catch
        {
            // Some of these files may be on disk now (a file vanished from the input mid-copy): remember them as
            // written but unknown, so that the next build writes them again or deletes them.
            foreach (var pending in write.Pending)
            {
                _written[pending.Document.Destination] = null;
            }

            throw;
        }

        foreach (var gone in write.Deleted)
        {
            File.Delete(Path.Combine(Folder, gone));
            _written.Remove(gone);
            _scans.Remove(gone);
        }

        foreach (var pending in write.Pending)
        {
            _written[pending.Document.Destination] = pending.Fingerprint;
            if (pending.Scan is not null)
            {
                _scans[pending.Document.Destination] = pending.Scan;
            }
            else
            {
                _scans.Remove(pending.Document.Destination);
            }
        }

        _files = write.Files;
    }

    /// <summary>The page rendered and scanned, or null when it is the same as the one written last.</summary>
    private Pending? PrepareOne(Document document, bool scan, IReadOnlySet<string>? changes)
    {
        var fingerprint = FingerprintOf(document, changes);
        if (fingerprint is not null && _written.TryGetValue(document.Destination, out var previous) && previous == fingerprint)
        {
            return null;
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

        return new Pending(document, fingerprint, text, pageScan);
    }

    /// <summary>A copied file is known by its path, size and time; a page or file without a fingerprint is always written.</summary>
    private static Fingerprint? FingerprintOf(Document document, IReadOnlySet<string>? changes) => document.Find<Fingerprint>() ?? document.Content switch
    {
        FileContent file when changes?.Contains(Path.GetFullPath(file.Path)) != true && new FileInfo(file.Path) is { Exists: true } info =>
            new FingerprintBuilder().Add(file.Path).Add(info.Length).Add(info.LastWriteTimeUtc.Ticks).ToFingerprint(),
        _ => null,
    };
}
