using Site.Core.Urls;
using Site.Rendering.Views;

namespace Site.Rendering.Pages.Layouts;

/// <summary>
/// The model of <c>root.liquid</c>: the root page (<c>/</c>) or, when <see cref="NotFound"/>, the bilingual
/// <c>/404.html</c>; one section per language.
/// </summary>
internal sealed record RootPage(PageView Page, IReadOnlyList<LanguageView> Languages, bool NotFound, string DefaultUrl) : ILayoutModel
{
    public string Layout => "root";

    public bool InBase => false;

    public IEnumerable<(string Name, object? Value)> Values => [("languages", Languages), ("notFound", NotFound), ("defaultUrl", DefaultUrl)];

    public static RootPage Build(LayoutContext context, bool notFound)
    {
        var site = context.Site;
        var language = site.Config.DefaultLanguage;
        var versions = notFound ? new Dictionary<string, string>() : site.Languages.ToDictionary(l => l.Code, l => SitePaths.Home(l.Code));
        var page = context.Pages.Create(notFound ? "404" : "root", language, site.Config.Title[language], notFound ? "404.html" : string.Empty, versions, SitePaths.Home) with
        {
            // The root redirects (meta refresh) to the default language's home: like every redirect page it is
            // noindex, names its target as canonical and has no hreflang alternates (search engines follow the
            // redirect and ignore them; the homes' x-default is the default language's home).
            Noindex = true,
            Canonical = site.Urls.Absolute(SitePaths.Home(language)),
            Alternates = [],
            FeedUrl = null,
        };

        var languages = site.Languages
            .Select(l => new LanguageView(l.Code, l.Name, site.Urls.Path(SitePaths.Home(l.Code)), context.Strings[l.Code].Values))
            .ToList();
        return new RootPage(page, languages, notFound, site.Urls.Path(SitePaths.Home(language)));
    }
}
