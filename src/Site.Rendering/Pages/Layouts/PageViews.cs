using Site.Core.Site;
using Site.Core.Urls;
using Site.Rendering.Views;

namespace Site.Rendering.Pages.Layouts;

/// <summary>Makes the part of every page that <c>base.liquid</c> shows: title, head links, navigation and switcher.</summary>
internal sealed class PageViews
{
    private readonly SiteModel _site;
    private readonly AssetUrls _assets;
    private readonly Dictionary<string, IReadOnlyList<LinkView>> _menus;

    public PageViews(SiteModel site, AssetUrls assets)
    {
        _site = site;
        _assets = assets;
        _menus = site.Languages.ToDictionary(
            l => l.Code,
            l => (IReadOnlyList<LinkView>)site.CategoriesIn(l.Code).Select(c => new LinkView(c.Name, site.Urls.Path(c.Path))).ToList());
    }

    /// <param name="versions">The page in each language where it exists, for the hreflang alternates.</param>
    /// <param name="fallback">The page the switcher offers in a language the page does not exist in.</param>
    /// <param name="switchVersions">The versions the switcher links to, when they are not <paramref name="versions"/>.</param>
    public PageView Create(
        string kind,
        string language,
        string title,
        string path,
        IReadOnlyDictionary<string, string> versions,
        Func<string, string> fallback,
        IReadOnlyDictionary<string, string>? switchVersions = null)
    {
        var urls = _site.Urls;
        var siteTitle = _site.Config.Title[language];
        return new PageView
        {
            Kind = kind,
            Language = language,
            Title = kind is "home" or "root" ? title : $"{title} – {siteTitle}",
            SiteTitle = siteTitle,
            Description = _site.Config.Description.Has(language) ? _site.Config.Description[language] : null,
            Url = urls.Path(path),
            Canonical = urls.Absolute(path),
            HomeUrl = urls.Path(SitePaths.Home(language)),
            RootUrl = urls.Path(string.Empty),
            TagsUrl = urls.Path(SitePaths.Tags(language)),
            StylesheetUrl = urls.Path(_assets.Stylesheet),
            PrintStylesheetUrl = urls.Path(_assets.PrintStylesheet),
            PrintScriptUrl = _assets.PrintScript is { } printScript ? urls.Path(printScript) : null,
            FeedUrl = urls.Path(SitePaths.Feed(SitePaths.Home(language))),
            Alternates = LanguageLinks.Alternates(_site, versions),
            Switcher = LanguageLinks.Switcher(_site, language, switchVersions ?? versions, fallback),
            Categories = _menus[language],
        };
    }
}
