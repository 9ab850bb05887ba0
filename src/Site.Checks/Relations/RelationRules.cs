using Site.Checks.Resolution;

namespace Site.Checks.Relations;

/// <summary>The rules about how pages relate (hreflang, canonical, sitemaps, feeds, duplicate titles), judged from
/// the facts every page's single scan gathered: one pass over the site, no page parsed again.</summary>
internal static class RelationRules
{
    public static IEnumerable<Finding> Check(SiteUrls site, IOutputFiles files, IReadOnlyDictionary<string, PageScan> pages)
    {
        var context = new RelationContext(site, files, pages);
        var sitemaps = OwnThread.Start(() => SitemapRule.Check(context).ToList());
        var duplicates = OwnThread.Start(() => DuplicateHeadRule.Check(context).ToList());
        List<Finding> perPage = [.. pages.Values.AsParallel().SelectMany(page => page switch
        {
            { Head: not null } => HreflangRule.Check(context, page).Concat(CanonicalRule.Check(context, page)),
            { Xml: not null } => FeedRule.Check(context, page),
            _ => [],
        })];
        return [.. perPage, .. sitemaps.GetAwaiter().GetResult(), .. duplicates.GetAwaiter().GetResult()];
    }

    /// <summary>
    /// The relations judged before (<paramref name="before"/>), after pages whose titles or descriptions alone changed
    /// (<paramref name="retitled"/>, each with its scan before): duplicate-title and duplicate-description, the only
    /// rules that read them, are judged again for the groups of pages sharing a title or description those pages had
    /// or have; every other finding stands.
    /// </summary>
    public static IEnumerable<Finding> Retitled(SiteUrls site, IOutputFiles files, IReadOnlyDictionary<string, PageScan> pages, IEnumerable<Finding> before, IReadOnlyList<(PageScan Before, PageScan Now)> retitled)
    {
        static HashSet<(string, string)> Keys(IReadOnlyList<(PageScan Before, PageScan Now)> changed, Func<PageHead, PageReference?> select) =>
            [.. changed.SelectMany(c => new[] { DuplicateHeadRule.KeyOf(c.Before, select), DuplicateHeadRule.KeyOf(c.Now, select) }).OfType<(string, string)>()];

        var (titles, descriptions) = (Keys(retitled, DuplicateHeadRule.Title), Keys(retitled, DuplicateHeadRule.Description));
        var changed = retitled.Select(c => c.Now.Path).ToHashSet(StringComparer.Ordinal);
        bool JudgedAgain(Finding finding, Func<PageHead, PageReference?> select, HashSet<(string, string)> keys) =>
            changed.Contains(finding.Page) || (pages.GetValueOrDefault(finding.Page) is { } page && DuplicateHeadRule.KeyOf(page, select) is { } key && keys.Contains(key));

        var kept = before.Where(f => f.Kind switch
        {
            FindingKind.DuplicateTitle => !JudgedAgain(f, DuplicateHeadRule.Title, titles),
            FindingKind.DuplicateDescription => !JudgedAgain(f, DuplicateHeadRule.Description, descriptions),
            _ => true,
        });
        return [.. kept, .. DuplicateHeadRule.Check(new RelationContext(site, files, pages), titles, descriptions)];
    }
}
