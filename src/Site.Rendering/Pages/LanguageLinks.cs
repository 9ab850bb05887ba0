using Site.Core.Site;
using Site.Rendering.Views;

namespace Site.Rendering.Pages;

/// <summary>
/// The hreflang alternates and the language switcher of a page, from the versions of it that exist:
/// alternates name only pages that exist; the switcher falls back to a page of the other language.
/// </summary>
public static class LanguageLinks
{
    /// <param name="versions">Site path of the page in each language where it exists, the page itself included.</param>
    public static IReadOnlyList<AlternateView> Alternates(SiteModel site, IReadOnlyDictionary<string, string> versions)
    {
        if (versions.Count < 2)
        {
            return [];
        }

        var alternates = site.Languages
            .Where(l => versions.ContainsKey(l.Code))
            .Select(l => new AlternateView(l.Code, site.Urls.Absolute(versions[l.Code])))
            .ToList();
        if (versions.TryGetValue(site.Config.DefaultLanguage, out var defaultVersion))
        {
            alternates.Add(new AlternateView("x-default", site.Urls.Absolute(defaultVersion)));
        }

        return alternates;
    }

    /// <param name="fallback">The page to offer in a language the page does not exist in.</param>
    public static IReadOnlyList<SwitchView> Switcher(SiteModel site, string language, IReadOnlyDictionary<string, string> versions, Func<string, string> fallback) =>
        site.Languages
            .Where(l => l.Code != language)
            .Select(l => versions.TryGetValue(l.Code, out var path)
                ? new SwitchView(l.Code, l.Name, site.Urls.Path(path), IsTranslation: true)
                : new SwitchView(l.Code, l.Name, site.Urls.Path(fallback(l.Code)), IsTranslation: false))
            .ToList();
}
