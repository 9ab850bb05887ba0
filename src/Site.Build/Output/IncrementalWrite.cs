using Site.Build.Plan;
using Site.Checks;
using Site.Core.Site;

namespace Site.Build.Output;

/// <summary>
/// A prepared incremental write: the pages to write (rendered), the files to delete, the scans of every page of the
/// site as it will be (for fragment lookups) and its list of files.
/// </summary>
/// <param name="TargetsChanged">
/// Whether a page went away or a page's anchors changed: links of unchanged pages may then point to nothing, so
/// every page must be checked again, not only the rendered ones.
/// </param>
internal sealed record IncrementalWrite(
    IReadOnlyList<Pending> Pending,
    IReadOnlyList<string> Deleted,
    IReadOnlyDictionary<string, PageScan> Scans,
    OutputFileSet Files,
    bool TargetsChanged)
{
    /// <summary>Which pages show each entry (<see cref="ShownEntries"/>), when the write covers the whole plan.</summary>
    public IReadOnlyDictionary<Entry, List<PlannedPage>>? Shown { get; init; }

    public IReadOnlyList<string> Changed => Pending.Select(p => p.Page.Destination).Concat(Deleted).Order(StringComparer.Ordinal).ToList();
}

/// <summary>A page or file to write; a page is rendered and written beside its destination (<paramref name="Staged"/>).</summary>
internal sealed record Pending(PlannedPage Page, Fingerprint? Fingerprint, string? Staged, PageScan? Scan);
