using Site.Core.Diagnostics;
using Site.Core.Site;
using Site.Core.Urls;

namespace Site.Build.Plan;

/// <summary>
/// Refuses an alias that would be written where another page of the plan is, or where another alias is, or under a
/// file of the plan (<c>/fr/feed.xml/</c>): located at the alias, naming both files.
/// </summary>
internal static class AliasClashes
{
    public static void Report(SiteModel site, IReadOnlyList<PlannedPage> pages, DiagnosticBag diagnostics)
    {
        var planned = new Dictionary<string, PlannedPage>(StringComparer.Ordinal);
        foreach (var page in pages.Where(p => p.Kind != PageKind.Redirect))
        {
            planned.TryAdd(page.Destination, page);
        }

        var claimed = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var entry in site.Entries)
        {
            foreach (var alias in entry.Article.Aliases)
            {
                var shown = site.Urls.Path(alias.Path);
                var destination = SitePaths.FileOf(alias.Path);
                if (planned.TryGetValue(destination, out var page) || Folders(alias.Path).FirstOrDefault(planned.ContainsKey) is { } file && planned.TryGetValue(file, out page))
                {
                    var what = page.Source is { } source
                        ? source == entry.Article.SourcePath ? "this file's own URL" : $"the URL of {source}"
                        : $"the URL of a {page.Kind.Label()} page of the site";
                    diagnostics.Error(alias.At, DiagnosticCode.AliasClash, $"the alias '{shown}' is {what}", "an alias is an old address that no page has now: remove it, or correct it");
                }
                else if (!claimed.TryAdd(destination, entry))
                {
                    var other = claimed[destination].Article.SourcePath;
                    var where = other == entry.Article.SourcePath ? "earlier in this file" : $"in {other}";
                    diagnostics.Error(alias.At, DiagnosticCode.AliasClash, $"the alias '{shown}' is also written {where}", "an old address can redirect to one page only: keep it in one file");
                }
            }
        }
    }

    /// <summary>The folders an alias's page is written in, which must not be files (<c>fr/feed.xml</c> for <c>fr/feed.xml/</c>).</summary>
    private static IEnumerable<string> Folders(string path)
    {
        for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }
}
