using Site.Core.Model;
using Site.Core.Site;
using Site.Core.Urls;
using Site.Rendering.I18n;
using Site.Rendering.Views;

namespace Site.Rendering.Pages.Layouts;

/// <summary>Makes the part of every page that <c>base.liquid</c> shows: title, head links, navigation and switcher.</summary>
internal sealed class PageViews
{
    private readonly SiteModel _site;
    private readonly AssetUrls _assets;
    private readonly Dictionary<string, IReadOnlyList<LinkView>> _menus;
    private readonly Dictionary<string, IReadOnlyList<LinkView>> _footerPages;
    private readonly Dictionary<string, IReadOnlyList<SwitchView>> _editions;
    private readonly IReadOnlyDictionary<string, string> _searchPaths;

    /// <param name="searchPaths">Language → its search page, which the header links to; empty when there is none.</param>
    public PageViews(SiteModel site, AssetUrls assets, IReadOnlyDictionary<string, UiStrings> strings, IReadOnlyDictionary<string, string> searchPaths)
    {
        _site = site;
        _assets = assets;
        _searchPaths = searchPaths;
        _menus = site.Languages.ToDictionary(
            l => l.Code,
            l => (IReadOnlyList<LinkView>)site.CategoriesIn(l.Code).Select(c => new LinkView(c.Name, site.Urls.Path(c.Path))).ToList());
        _footerPages = site.Languages.ToDictionary(
            l => l.Code,
            l => (IReadOnlyList<LinkView>)site.PagesIn(l.Code).Where(p => p.Article.Footer).Select(p => new LinkView(p.Article.Title, site.Urls.Path(p.Path))).ToList());
        _editions = site.Languages.ToDictionary(
            l => l.Code,
            l => (IReadOnlyList<SwitchView>)site.Languages.Where(other => other.Code != l.Code)
                .Select(other => new SwitchView(other.Code, EditionName(strings, l.Code, other), site.Urls.Path(SitePaths.Home(other.Code)), IsTranslation: false))
                .ToList());
    }

    /// <summary>"Édition anglaise": the other language's home named in the page's language, or by its own name.</summary>
    private static string EditionName(IReadOnlyDictionary<string, UiStrings> strings, string language, Language other) =>
        strings.TryGetValue(language, out var ui) && ui.Find("edition_" + other.Code) is { } name ? name : other.Name;

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
            // The site's description is the home's: on every listing it made search results that cannot be told
            // apart (duplicate-description); a page without its own lets search engines quote its content.
            Description = kind is "home" or "root" && _site.Config.Description.Has(language) ? _site.Config.Description[language] : null,
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
            FooterPages = _footerPages[language],
            Editions = _editions[language],
            FaviconUrl = _assets.Favicon is { } favicon ? urls.Path(favicon) : null,
            SearchUrl = _searchPaths.TryGetValue(language, out var search) ? urls.Path(search) : null,
        };
    }
}
