using Site.Build.Output;
using Site.Build.Plan;
using Site.Checks;

namespace Site.Build.Caching;

/// <summary>The relations between pages as the last build judged them, and what must be judged again.</summary>
/// <param name="Findings">The last build's findings.</param>
/// <param name="Retitled">
/// The rendered pages whose titles or descriptions changed, each with its scan before: duplicate titles and
/// descriptions are judged again for the pages that shared or share them (<c>LinkChecker.CheckReferences</c>).
/// </param>
internal sealed record KeptRelations(IReadOnlyList<Finding> Findings, IReadOnlyList<(PageScan Before, PageScan Now)> Retitled)
{
    public bool DuplicatesAgain => Retitled.Count > 0;
}

/// <summary>
/// The relations between pages (hreflang, canonical, sitemaps, feeds, duplicate titles and descriptions) as the last
/// published build judged them, when they would be judged the same now: the same options, the same files, and every
/// page rendered again with the head, feed or sitemap entries, base and anchors it had. They are judged from nothing
/// else (<c>RelationRules</c> reads the pages' paths, heads and XML and the set of files), so the findings are the same,
/// and a build after an edit of one article's text does not judge 25,000 pages' relations again. When only titles or
/// descriptions changed (an edited title), only the rule that reads them is judged again, for the pages that shared or
/// share those titles or descriptions.
/// </summary>
internal static class RelationsAsBefore
{
    private static readonly string[] TitleAndDescription = [nameof(PageHead.Title), nameof(PageHead.Description)];

    /// <returns>What stands of the last build's findings, or null when every relation must be judged again.</returns>
    public static KeptRelations? Of(OutputReuse reuse, Hash128 buildKey, ReusedWrite made)
    {
        // A published build's findings are all about relations: any finding about a reference is an error.
        if (made.TargetsChanged || reuse.Previous is not { } previous || previous.BuildKey != buildKey || previous.Findings.Any(f => f.IsError))
        {
            return null;
        }

        var before = reuse.PreviousScans;
        var retitled = new List<(PageScan, PageScan)>();
        foreach (var page in made.Fresh)
        {
            if (!before.TryGetValue(page.Path, out var old) || old.BaseHref != page.BaseHref
                || ContentHash.Of(old.Xml) != ContentHash.Of(page.Xml)
                || HeadFacts.Without(old.Head, TitleAndDescription) != HeadFacts.Without(page.Head, TitleAndDescription))
            {
                return null;
            }

            if (old.Head is not null && (ContentHash.Of(old.Head.Title) != ContentHash.Of(page.Head!.Title) || ContentHash.Of(old.Head.Description) != ContentHash.Of(page.Head.Description)))
            {
                retitled.Add((old, page));
            }
        }

        return new KeptRelations(previous.Findings, retitled);
    }
}
