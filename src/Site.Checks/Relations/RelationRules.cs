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

    /// <summary>duplicate-title and duplicate-description alone: the only rules that read pages' titles and descriptions.</summary>
    public static IEnumerable<Finding> CheckDuplicates(SiteUrls site, IOutputFiles files, IReadOnlyDictionary<string, PageScan> pages) =>
        DuplicateHeadRule.Check(new RelationContext(site, files, pages));
}
