using Site.Core.Site;

namespace Site.Build.Plan;

/// <summary>
/// Which entries a page's fingerprint identifies, noted while the preview fingerprints its rows: those are the pages
/// that show the entry's text (its page, its print page, the listings, front pages and feeds that carry it), so an
/// edit of that text alone makes them again and nothing else (<see cref="TextEdits"/>).
/// </summary>
internal static class ShownEntries
{
    [ThreadStatic]
    private static List<Entry>? _noted;

    /// <summary>Makes a fingerprint and tells which entries it identified (by <see cref="Note"/>).</summary>
    public static Fingerprint? Record(Func<Fingerprint?> make, out IReadOnlyList<Entry> shown)
    {
        var outer = _noted;
        var noted = new List<Entry>();
        _noted = noted;
        try
        {
            var fingerprint = make();
            shown = noted;
            return fingerprint;
        }
        finally
        {
            _noted = outer;
        }
    }

    /// <summary>The fingerprint being made on this thread identifies the entry (nothing when none is recorded).</summary>
    public static void Note(Entry entry) => _noted?.Add(entry);

    /// <summary>For each entry, the pages whose fingerprints identified it.</summary>
    public static Dictionary<Entry, List<PlannedPage>> Index(IReadOnlyList<PlannedPage> pages, IReadOnlyList<IReadOnlyList<Entry>> shown)
    {
        var index = new Dictionary<Entry, List<PlannedPage>>();
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var entry in shown[i])
            {
                if (!index.TryGetValue(entry, out var showing))
                {
                    index[entry] = showing = [];
                }

                if (showing.Count == 0 || !ReferenceEquals(showing[^1], pages[i]))
                {
                    showing.Add(pages[i]);
                }
            }
        }

        return index;
    }
}
