using Site.Core.Site;
using Site.Core.Urls;
using Site.Rendering.I18n;

namespace Site.Rendering.Search;

/// <summary>Where each language's search page is: the segment is the theme's <c>search_path</c> UI string.</summary>
public static class SearchPagePaths
{
    public const string SegmentKey = "search_path";

    /// <returns>Language → site path of its search page; empty when the site has no search pages.</returns>
    public static IReadOnlyDictionary<string, string> Of(SiteModel site, IReadOnlyDictionary<string, UiStrings> strings, SearchMode mode) =>
        mode is SearchMode.Off
            ? new Dictionary<string, string>()
            : site.Languages.ToDictionary(l => l.Code, l => SitePaths.Search(l.Code, strings[l.Code][SegmentKey]), StringComparer.Ordinal);
}
