using Site.Checks;
using Site.Core.Pipeline;

namespace Site.Build.Output;

/// <summary>A prepared incremental write: the pages to write (rendered), the files to delete, and the scans of all pages.</summary>
internal sealed record IncrementalWrite(
    IReadOnlyList<Pending> Pending,
    IReadOnlyList<string> Deleted,
    IReadOnlyDictionary<string, Written> Kept,
    IReadOnlyList<PageScan> Scans)
{
    public IReadOnlyList<string> Changed => Pending.Select(p => p.Document.Destination).Concat(Deleted).Order(StringComparer.Ordinal).ToList();
}

/// <summary>A page or file to write, with its text already rendered.</summary>
internal sealed record Pending(Document Document, string Fingerprint, string? Text, PageScan? Scan);

/// <summary>What the session remembers of a written file.</summary>
internal sealed record Written(string Fingerprint, PageScan? Scan);
