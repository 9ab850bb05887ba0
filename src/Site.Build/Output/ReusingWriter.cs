using Site.Build.Caching;
using Site.Build.Plan;
using Site.Checks;
using Site.Core.Threading;

namespace Site.Build.Output;

/// <summary>What <see cref="ReusingWriter"/> did: every row as the manifest will record it, and what the check needs.</summary>
/// <param name="Rows">By destination; the stamps are filled in once the output is published.</param>
/// <param name="Carried">The rows taken from the previous output as they are: not in the staging folder.</param>
/// <param name="Made">The rows this build wrote into the staging folder.</param>
/// <param name="Fresh">The scans of the pages rendered by this build.</param>
/// <param name="TargetsChanged">
/// A file appeared or went away, a copied file was copied again, or a page rendered again has other anchors, another
/// base or another redirect: a link of a page carried over may then be judged differently, so every page is checked.
/// </param>
internal sealed record ReusedWrite(
    Dictionary<string, ManifestRow> Rows,
    IReadOnlyList<string> Carried,
    IReadOnlyList<string> Made,
    IReadOnlyList<PageScan> Scans,
    IReadOnlyList<PageScan> Fresh,
    int Rendered,
    bool TargetsChanged)
{
    /// <summary>How many files this build wrote (the others were carried over).</summary>
    public int Written => Made.Count;
}

/// <summary>
/// Writes the plan's rows into the staging folder like <see cref="OutputWriter"/>, except the rows whose fingerprint
/// is the one the manifest recorded and whose published file is as it was published: those are carried over from the
/// previous output (not rendered, not scanned, not copied), and keep the scan the manifest holds. Where a carried file
/// goes is the publisher's choice: it stays where it is when the output is patched, or is linked into the staging
/// folder (<see cref="CarriedFiles"/>) when the output is swapped.
/// </summary>
internal static class ReusingWriter
{
    public static ReusedWrite Write(IReadOnlyList<PlannedPage> pages, string staging, OutputReuse reuse, bool scan, CancellationToken cancellationToken)
    {
        var folders = new OutputFolders(staging);
        var previous = reuse.Previous;
        var output = previous is null ? null : reuse.OutputNow;
        var previousScans = previous is null ? null : reuse.PreviousScans;
        var recent = (DateTime.UtcNow - OutputReuse.SameStampWindow).Ticks;
        var made = new (ManifestRow Row, PageScan? Scan, bool Fresh)[pages.Count];
        var strings = new ScanStrings();
        var order = WriteOrder.Of(pages);
        Parallel.For(0, pages.Count, OnePerCore.Options(cancellationToken), k =>
        {
            var i = order[k];
            var page = pages[i];
            var fingerprint = FingerprintOf(page, recent);
            if (fingerprint is not null && previous is not null && previous.Rows.TryGetValue(page.Destination, out var old) && old.Fingerprint == fingerprint
                && output!.TryGetValue(page.Destination, out var stamp) && stamp == old.Stamp
                && previousScans!.GetValueOrDefault(page.Destination) is var kept && (kept is not null || !scan || !PageScanner.CanScan(page.Destination)))
            {
                made[i] = (old with { Scanned = kept is not null }, kept, false);
                return;
            }

            var path = folders.For(page.Destination);
            PageScan? pageScan = null;
            switch (page.Content)
            {
                case TextContent text:
                    var content = text.Render();
                    if (scan && PageScanner.CanScan(page.Destination))
                    {
                        pageScan = PageScanner.Scan(page.Destination, content, strings);
                    }

                    OutputWriteException.Around(path, () => PageFile.Write(path, content));
                    break;
                case FileContent file:
                    OutputWriteException.Around(path, () => File.Copy(file.Path, path, overwrite: true));
                    break;
            }

            made[i] = (new ManifestRow(fingerprint, default, pageScan is not null), pageScan, true);
        });

        var rows = new Dictionary<string, ManifestRow>(pages.Count, StringComparer.Ordinal);
        var carried = new List<string>();
        var written = new List<string>();
        var scans = new List<PageScan>();
        var fresh = new List<PageScan>();
        var (rendered, targetsChanged) = (0, previous is null || previous.Rows.Count != pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var (row, pageScan, isFresh) = made[i];
            var destination = pages[i].Destination;
            rows[destination] = row;
            if (pageScan is not null)
            {
                scans.Add(pageScan);
            }

            if (!isFresh)
            {
                carried.Add(destination);
                continue;
            }

            written.Add(destination);
            rendered += pages[i].Content is TextContent ? 1 : 0;
            if (pageScan is not null)
            {
                fresh.Add(pageScan);
            }

            // A row the previous output did not have means another set of files (with as many rows, one went away).
            targetsChanged |= previous?.Rows.ContainsKey(destination) != true
                || pages[i].Content is not TextContent
                || !SameTarget(previousScans!.GetValueOrDefault(destination), pageScan);
        }

        scans.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        fresh.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new ReusedWrite(rows, carried, written, scans, fresh, rendered, targetsChanged);
    }

    /// <summary>
    /// A page's own fingerprint; a copied file's own fingerprint when it has one (image variants, named by their
    /// content), else its path, size and time (none when it was written too recently for its time to tell a later
    /// edit); none for content of any other kind, which is always made again.
    /// </summary>
    private static Hash128? FingerprintOf(PlannedPage page, long recent) => page.Content switch
    {
        TextContent => page.Fingerprint?.Value,
        FileContent when page.Fingerprint is { } named => named.Value,
        FileContent file when new FileInfo(file.Path) is { Exists: true, LinkTarget: null } info && info.LastWriteTimeUtc.Ticks < recent =>
            new FingerprintBuilder().Add("file").Add(file.Path).Add(info.Length).Add(info.LastWriteTimeUtc.Ticks).ToFingerprint().Value,
        _ => null,
    };

    /// <summary>Whether links to the page are judged the same with either scan: the same anchors, base and redirect.</summary>
    private static bool SameTarget(PageScan? before, PageScan? now) =>
        before is null || now is null
            ? before is null && now is null
            : before.Anchors.SetEquals(now.Anchors) && before.BaseHref == now.BaseHref && (before.Head is null) == (now.Head is null)
              && Refresh(before) == Refresh(now);

    private static string? Refresh(PageScan page) =>
        page.References.FirstOrDefault(r => r is { Element: "meta", Attribute: "content", IsImage: false })?.Value;
}
