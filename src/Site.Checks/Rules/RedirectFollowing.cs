using Site.Checks.Resolution;

namespace Site.Checks.Rules;

/// <summary>
/// Follows a page that only redirects (a meta refresh: an alias's page, the root) to the page it leads to, so that a
/// link to an old address with a #fragment is judged against the page readers land on.
/// </summary>
internal static class RedirectFollowing
{
    // Redirects to redirects are followed a few times; a loop ends where it started to repeat.
    private const int MaximumHops = 5;

    /// <returns>The file the redirects of <paramref name="file"/> end at, or <paramref name="file"/> itself.</returns>
    public static string Follow(SiteUrls site, IOutputFiles files, IReadOnlyDictionary<string, PageScan> pages, string file)
    {
        for (var hop = 0; hop < MaximumHops; hop++)
        {
            if (!pages.TryGetValue(file, out PageScan? page) || Refresh(page) is not { } refresh)
            {
                return file;
            }

            ReferenceTarget target = site.Classify(site.DocumentBase(page.Path, page.BaseHref), refresh);
            if (target.Kind != TargetKind.Internal || TargetLookup.Find(files, target.Location, out _) is not { } next || next == file)
            {
                return file;
            }

            file = next;
        }

        return file;
    }

    private static PageReference? Refresh(PageScan page) =>
        page.References.FirstOrDefault(r => r is { Element: "meta", Attribute: "content", IsImage: false });
}
