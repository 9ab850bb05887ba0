using Site.Core.Navigation;
using Site.Core.Pagination;
using Site.Core.Site;
using Site.Core.Urls;

namespace Site.Rendering.Pages;

/// <summary>
/// The versions of a page in each language where it exists (language → site path, the page itself included).
/// Page heads and the sitemap both take their hreflang alternates from here, so the two always agree.
/// </summary>
public static class PageVersions
{
    public static IReadOnlyDictionary<string, string> Article(SiteModel site, Entry entry)
    {
        var versions = new Dictionary<string, string> { [entry.Language] = entry.Path };
        foreach (var translation in site.TranslationsOf(entry))
        {
            versions[translation.Language] = translation.Path;
        }

        return versions;
    }

    /// <summary>Page <paramref name="number"/> of the home in every language whose home has that many pages.</summary>
    public static IReadOnlyDictionary<string, string> Home(SiteModel site, int number) =>
        site.Languages
            .Where(l => number <= PageCount(site, site.ArticlesIn(l.Code)))
            .ToDictionary(l => l.Code, l => SitePaths.Paginated(SitePaths.Home(l.Code), number));

    public static IReadOnlyDictionary<string, string> Category(SiteModel site, CategoryListing category, int number) =>
        site.Languages
            .Select(l => site.FindCategory(l.Code, category.Category.Key))
            .Where(c => c is not null && number <= PageCount(site, c.Entries))
            .ToDictionary(c => c!.Language, c => SitePaths.Paginated(c!.Path, number));

    /// <summary>
    /// The hreflang versions of a tag page: the paired tags (site.yml <c>tags:</c>) for its first page only, as a
    /// paired tag need not have as many pages.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Tag(SiteModel site, Tag tag, int number) =>
        number == 1 ? TagSwitch(site, tag, number) : new Dictionary<string, string> { [tag.Language] = SitePaths.Paginated(tag.Path, number) };

    /// <summary>Where the language switcher of a tag page leads: the first page of each paired tag.</summary>
    public static IReadOnlyDictionary<string, string> TagSwitch(SiteModel site, Tag tag, int number)
    {
        var versions = new Dictionary<string, string> { [tag.Language] = SitePaths.Paginated(tag.Path, number) };
        foreach (var language in site.Languages.Where(l => l.Code != tag.Language))
        {
            if (site.PairedTag(tag, language.Code) is { } paired)
            {
                versions[language.Code] = paired.Path;
            }
        }

        return versions;
    }

    /// <summary>Page <paramref name="number"/> of a person's page in every language where they have that many pages.</summary>
    public static IReadOnlyDictionary<string, string> Author(SiteModel site, AuthorListing author, int number) =>
        site.Languages
            .Select(l => site.FindAuthor(l.Code, author.Author.Key))
            .Where(a => a is not null && number <= PageCount(site, a.Entries))
            .ToDictionary(a => a!.Language, a => SitePaths.Paginated(a!.Path, number));

    public static IReadOnlyDictionary<string, string> TagIndex(SiteModel site) =>
        site.Languages.ToDictionary(l => l.Code, l => SitePaths.Tags(l.Code));

    private static int PageCount(SiteModel site, IReadOnlyList<Entry> entries) =>
        Paginator.PageCount(entries.Count, site.Config.PageSize);

    /// <summary>Every language has its list of years, even before its first article.</summary>
    public static IReadOnlyDictionary<string, string> Archives(SiteModel site) =>
        site.Languages.ToDictionary(l => l.Code, l => SitePaths.Archives(l.Code));

    /// <summary>A year's archive in every language that has articles that year.</summary>
    public static IReadOnlyDictionary<string, string> ArchiveYear(SiteModel site, int year) =>
        site.Languages
            .Where(l => site.ArchivesIn(l.Code).Any(y => y.Year == year))
            .ToDictionary(l => l.Code, l => SitePaths.ArchiveYear(l.Code, year));

    /// <summary>Page <paramref name="number"/> of a month's archive in every language whose archive of that month has that many pages.</summary>
    public static IReadOnlyDictionary<string, string> ArchiveMonth(SiteModel site, ArchiveMonth month, int number) =>
        site.Languages
            .Select(l => site.ArchivesIn(l.Code).FirstOrDefault(y => y.Year == month.Year)?.Months.FirstOrDefault(m => m.Month == month.Month))
            .Where(m => m is not null && number <= PageCount(site, m.Entries))
            .ToDictionary(m => m!.Language, m => SitePaths.Paginated(m!.Path, number));
}
