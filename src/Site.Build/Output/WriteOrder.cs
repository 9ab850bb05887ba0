using Site.Build.Plan;

namespace Site.Build.Output;

/// <summary>
/// The order in which the writers take the plan's rows: sitemaps and feeds first, then the rest as planned. The plan
/// lists them last, and each takes about a second at 50,000 articles (thousands of entries written and read again),
/// so that one core went on writing them one after the other for seconds after the other core had finished.
/// </summary>
internal static class WriteOrder
{
    public static int[] Of(IReadOnlyList<PlannedPage> pages)
    {
        var order = new int[pages.Count];
        var next = 0;
        foreach (var large in new[] { true, false })
        {
            for (var i = 0; i < pages.Count; i++)
            {
                if (IsLarge(pages[i].Kind) == large)
                {
                    order[next++] = i;
                }
            }
        }

        return order;
    }

    private static bool IsLarge(PageKind kind) => kind is PageKind.Sitemap or PageKind.Feed;
}
