using Site.Core.Navigation;
using Site.Core.Site;
using Site.Core.Urls;
using Site.Rendering.Views;

namespace Site.Rendering.Pages.Layouts;

/// <summary>
/// What sets one listing apart from the others (the home, a category, a tag): its kind and heading, its first page,
/// its versions in other languages for page <c>n</c>, and where the language switcher falls back.
/// </summary>
internal sealed record Listing(string Kind, string Language, string Heading, string FirstPath, Func<int, IReadOnlyDictionary<string, string>> Versions, Func<string, string> Fallback)
{
    /// <summary>The versions the switcher links to on page <c>n</c>, when they are not <see cref="Versions"/>.</summary>
    public Func<int, IReadOnlyDictionary<string, string>>? SwitchVersions { get; init; }

    /// <summary>The listing's own feed, announced in the page's head.</summary>
    public (string Title, string Url)? Feed { get; init; }

    /// <summary>An author's bio, shown under the heading and used as the page's description.</summary>
    public string? Bio { get; init; }
    /// <summary>The pages above the listing, from the top, for its breadcrumb trail.</summary>
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];

    public static Listing Home(SiteModel site, string language) =>
        new("home", language, site.Config.Title[language], SitePaths.Home(language), number => PageVersions.Home(site, number), SitePaths.Home);

    public static Listing Category(SiteModel site, CategoryListing category) =>
        new("category", category.Language, category.Name, category.Path, number => PageVersions.Category(site, category, number), SitePaths.Home)
        {
            Feed = ($"{category.Name} – {site.Config.Title[category.Language]}", site.Urls.Path(SitePaths.Feed(category.Path))),
        };

    /// <summary>A person's page: their name, their bio in the listing's language, their articles.</summary>
    public static Listing Author(SiteModel site, AuthorListing author) =>
        new("author", author.Language, author.Name, author.Path, number => PageVersions.Author(site, author, number), SitePaths.Home)
        {
            Bio = author.Author.Bio.Has(author.Language) ? author.Author.Bio[author.Language] : null,
        };

    public static Listing Tag(SiteModel site, Tag tag) =>
        new("tag", tag.Language, tag.Name, tag.Path, number => PageVersions.Tag(site, tag, number), SitePaths.Tags)
        {
            SwitchVersions = number => PageVersions.TagSwitch(site, tag, number),
        };

    /// <summary>A month's archive; the switcher falls back to the other language's list of years.</summary>
    public static Listing Archive(SiteModel site, ArchiveMonth month, ArchiveNames names) =>
        new("archive", month.Language, names.MonthHeading(month.Language, month.Year, month.Month), month.Path, number => PageVersions.ArchiveMonth(site, month, number), SitePaths.Archives)
        {
            Breadcrumbs = names.Breadcrumbs(month.Language, month.Year),
        };
}
