using System.Text;

using Site.Core.Site;
using Site.Core.Urls;
using Site.Rendering.Pages;

namespace Site.Build.Plan;

/// <summary>
/// The rows made from the entries' <c>aliases</c>: one redirect page per alias, which any static host serves (a meta
/// refresh), and <c>_redirects</c>, which Netlify reads to answer the old addresses with a 301 instead.
/// </summary>
internal static class RedirectRows
{
    public const string RedirectListFile = "_redirects";

    public static IEnumerable<PlannedPage> Make(SiteModel site, PageRenderer renderer, PageFingerprints fingerprints)
    {
        var lines = new List<(string From, string To)>();
        foreach (var entry in site.Entries)
        {
            foreach (var alias in entry.Article.Aliases)
            {
                lines.Add((site.Urls.Path(alias.Path), site.Urls.Path(entry.Path)));
                yield return new PlannedPage(PageKind.Redirect, SitePaths.FileOf(alias.Path), new TextContent(() => renderer.Redirect(entry)))
                {
                    Path = alias.Path,
                    Language = entry.Language,
                    Source = entry.Article.SourcePath,
                    MakeFingerprint = () => fingerprints.Text($"redirect\n{entry.Path}\n{entry.Article.Title}\n{entry.Language}"),
                };
            }
        }

        if (lines.Count == 0)
        {
            yield break;
        }

        var text = new StringBuilder();
        foreach (var (from, to) in lines.OrderBy(l => l.From, StringComparer.Ordinal))
        {
            text.Append(from).Append(' ').Append(to).Append(" 301\n");
        }

        var list = text.ToString();
        yield return new PlannedPage(PageKind.RedirectList, RedirectListFile, TextContent.Of(list)) { MakeFingerprint = () => fingerprints.Text(list) };
    }
}
