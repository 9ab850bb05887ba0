using Site.Build.Output;
using Site.Checks;

namespace Site.Build.Caching;

/// <summary>
/// The relations between pages (hreflang, canonical, sitemaps, feeds, duplicate titles and descriptions) as the last
/// published build judged them, when they cannot be judged otherwise now: the same options, the same files, and every
/// page rendered again with the head, feed or sitemap entries, base and anchors it had. They are judged from nothing
/// else (<c>RelationRules</c> reads the pages' paths, heads and XML and the set of files), so the findings are the same,
/// and a build after an edit of one article's text does not judge 25,000 pages' relations again.
/// </summary>
internal static class RelationsAsBefore
{
    /// <returns>The last build's findings, or null when the relations must be judged again.</returns>
    public static IReadOnlyList<Finding>? Of(OutputReuse reuse, UInt128 buildKey, ReusedWrite made)
    {
        // A published build's findings are all about relations: any finding about a reference is an error.
        if (made.TargetsChanged || reuse.Previous is not { } previous || previous.BuildKey != buildKey || previous.Findings.Any(f => f.IsError))
        {
            return null;
        }

        var before = reuse.PreviousScans;
        foreach (var page in made.Fresh)
        {
            if (!before.TryGetValue(page.Path, out var old) || old.BaseHref != page.BaseHref
                || ContentHash.Of(old.Head) != ContentHash.Of(page.Head) || ContentHash.Of(old.Xml) != ContentHash.Of(page.Xml))
            {
                return null;
            }
        }

        return previous.Findings;
    }
}
