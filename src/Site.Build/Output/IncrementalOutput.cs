using Site.Build.Plan;
using Site.Checks;
using Site.Core.Site;
using Site.Core.Threading;

namespace Site.Build.Output;

/// <summary>
/// The output folder of a preview session, updated in place. A page is rendered only when its fingerprint changed
/// since the last build that was written; the rendered pages are checked before anything is written, so a build
/// with errors leaves the last good pages served. The scans of unchanged pages are kept, so that the link check
/// can look up every page's anchors while checking only the pages that changed.
/// </summary>
internal sealed class IncrementalOutput(string folder)
{
    private readonly Dictionary<string, Fingerprint?> _written = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PageScan> _scans = new(StringComparer.Ordinal);
    private OutputFileSet _files = new([]);

    // The scans of a whole site share their URLs and ids, as a build's do (OutputWriter): the link check resolves
    // each shared URL once, and the scans kept between builds hold one copy of each string.
    private readonly ScanStrings _strings = new();

    // Which pages show each entry, from the fingerprints of the last build that wrote the whole plan.
    private IReadOnlyDictionary<Entry, List<PlannedPage>> _shown = new Dictionary<Entry, List<PlannedPage>>();

    public string Folder { get; } = folder;

    /// <summary>Renders and scans what changed, in memory.</summary>
    /// <param name="changes">Files reported as changed (full paths): copied again whatever their size and time say.</param>
    public IncrementalWrite Prepare(IReadOnlyList<PlannedPage> pages, bool scan, IReadOnlySet<string>? changes, CancellationToken cancellationToken)
    {
        var prepared = new Pending?[pages.Count];
        var shown = new IReadOnlyList<Entry>[pages.Count];
        Parallel.For(
            0,
            pages.Count,
            OnePerCore.Options(cancellationToken),
            i => prepared[i] = PrepareOne(pages[i], scan, changes, out shown[i]));

        var pending = prepared.OfType<Pending>().OrderBy(p => p.Page.Destination, StringComparer.Ordinal).ToList();

        // Destinations are unique (the plan refuses clashes): when every page is either known or new, none is gone.
        var added = pending.Count(p => !_written.ContainsKey(p.Page.Destination));
        var deleted = new List<string>();
        if (_written.Count + added != pages.Count)
        {
            var destinations = pages.Select(d => d.Destination).ToHashSet(StringComparer.Ordinal);
            deleted.AddRange(_written.Keys.Where(d => !destinations.Contains(d)).Order(StringComparer.Ordinal));
        }

        var scans = new Dictionary<string, PageScan>(_scans, StringComparer.Ordinal);
        foreach (var gone in deleted)
        {
            scans.Remove(gone);
        }

        foreach (var ready in pending)
        {
            if (ready.Scan is not null)
            {
                scans[ready.Page.Destination] = ready.Scan;
            }
        }

        var files = added == 0 && deleted.Count == 0 ? _files : new OutputFileSet(pages.Select(d => d.Destination));
        var targetsChanged = deleted.Count > 0 || pending.Any(p => p.Scan is not null && _scans.TryGetValue(p.Page.Destination, out var before) && !before.Anchors.SetEquals(p.Scan.Anchors));
        return new IncrementalWrite(pending, deleted, scans, files, targetsChanged) { Shown = ShownEntries.Index(pages, shown) };
    }

    /// <summary>The pages whose fingerprints identified <paramref name="entry"/> when the whole plan was last written.</summary>
    public IReadOnlyList<PlannedPage> Showing(Entry entry) => _shown.TryGetValue(entry, out var pages) ? pages : [];

    /// <summary>The scan of a page as it was last written, if it has one.</summary>
    public PageScan? ScanOf(string destination) => _scans.GetValueOrDefault(destination);

    /// <summary>
    /// Renders and scans what changed among <paramref name="pages"/>, in memory, leaving every other page of the
    /// site as it is: for an edit known to change those pages only (<see cref="TextEdits"/>).
    /// </summary>
    public IncrementalWrite PrepareSome(IReadOnlyList<PlannedPage> pages, bool scan, CancellationToken cancellationToken)
    {
        var prepared = new Pending?[pages.Count];
        Parallel.For(
            0,
            pages.Count,
            OnePerCore.Options(cancellationToken),
            i => prepared[i] = PrepareOne(pages[i], scan, changes: null, out _));

        var pending = prepared.OfType<Pending>().OrderBy(p => p.Page.Destination, StringComparer.Ordinal).ToList();
        var scans = new Dictionary<string, PageScan>(_scans, StringComparer.Ordinal);
        foreach (var ready in pending.Where(p => p.Scan is not null))
        {
            scans[ready.Page.Destination] = ready.Scan!;
        }

        var targetsChanged = pending.Any(p => p.Scan is not null && _scans.TryGetValue(p.Page.Destination, out var before) && !before.Anchors.SetEquals(p.Scan.Anchors));
        return new IncrementalWrite(pending, [], scans, _files, targetsChanged);
    }

    /// <summary>Writes the prepared pages and deletes the files no longer made.</summary>
    public void Commit(IncrementalWrite write)
    {
        try
        {
            Parallel.ForEach(write.Pending, pending =>
            {
                var path = Path.Combine(Folder, pending.Page.Destination);
                var staging = pending.Staged ?? StagingOf(path);
                if (pending.Staged is null && pending.Page.Content is FileContent file)
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
                _written[pending.Page.Destination] = null;
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
            _written[pending.Page.Destination] = pending.Fingerprint;
            if (pending.Scan is not null)
            {
                _scans[pending.Page.Destination] = pending.Scan;
            }
            else
            {
                _scans.Remove(pending.Page.Destination);
            }
        }

        _files = write.Files;
        _shown = write.Shown ?? _shown;
    }

    /// <summary>The page rendered and scanned, or null when it is the same as the one written last.</summary>
    private Pending? PrepareOne(PlannedPage page, bool scan, IReadOnlySet<string>? changes, out IReadOnlyList<Entry> shown)
    {
        var fingerprint = ShownEntries.Record(() => FingerprintOf(page, changes), out shown);
        if (fingerprint is not null && _written.TryGetValue(page.Destination, out var previous) && previous == fingerprint)
        {
            return null;
        }

        string? staged = null;
        PageScan? pageScan = null;
        if (page.Content is TextContent content)
        {
            var text = content.Render();
            if (scan && PageScanner.CanScan(page.Destination))
            {
                pageScan = PageScanner.Scan(page.Destination, text, _strings);
            }

            // Written beside its page now, and renamed over it once the check passed: the first build of a large site
            // would otherwise hold every page in memory (tens of gigabytes at 50,000 articles).
            staged = StagingOf(Path.Combine(Folder, page.Destination));
            PageFile.Write(staged, text);
        }

        return new Pending(page, fingerprint, staged, pageScan);
    }

    /// <summary>Deletes the pages a write staged, when it is not committed (its check failed).</summary>
    public static void Discard(IncrementalWrite write)
    {
        foreach (var pending in write.Pending.Where(p => p.Staged is not null))
        {
            try
            {
                File.Delete(pending.Staged!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left behind: the next write of that page replaces it.
            }
        }
    }

    /// <summary>Where a file is written before it is renamed over <paramref name="path"/>, its folder made.</summary>
    private static string StagingOf(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path + ".tmp";
    }

    /// <summary>A copied file is known by its path, size and time; a page or file without a fingerprint is always written.</summary>
    private static Fingerprint? FingerprintOf(PlannedPage page, IReadOnlySet<string>? changes) => page.Fingerprint ?? page.Content switch
    {
        FileContent file when changes?.Contains(Path.GetFullPath(file.Path)) != true && new FileInfo(file.Path) is { Exists: true } info =>
            new FingerprintBuilder().Add(file.Path).Add(info.Length).Add(info.LastWriteTimeUtc.Ticks).ToFingerprint(),
        _ => null,
    };
}
