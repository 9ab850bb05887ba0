using Site.Core.Urls;
using Site.Rendering.Search;
using Site.Rendering.Views;

namespace Site.Rendering.Pages.Layouts;

/// <summary>The model of <c>search.liquid</c>: a language's search page, <c>noindex</c>, with alternates to the others.</summary>
internal sealed record SearchPage(PageView Page, SearchView Search) : ILayoutModel
{
    public string Layout => "search";

    public bool InBase => true;

    public IEnumerable<(string Name, object? Value)> Values => [("search", Search)];

    public static SearchPage Build(LayoutContext context, string language)
    {
        var paths = context.SearchPaths;
        var title = context.Strings[language]["search_title"];
        var page = context.Pages.Create("search", language, title, paths[language], paths, l => paths[l]) with { Noindex = true };
        var urls = context.Site.Urls;
        var baseUrl = context.Site.Config.BaseUrl;
        var search = new SearchView(
            context.Search == SearchMode.Indexed,
            urls.Path(SitePaths.SearchBundle),
            urls.Path(string.Empty),
            urls.Path(context.Assets.SearchScript ?? string.Empty),
            (baseUrl.Authority + baseUrl.AbsolutePath).TrimEnd('/'));
        return new SearchPage(page, search);
    }
}
