using Site.Core.Site;
using Site.Core.Urls;
using Site.Rendering.Views;

namespace Site.Rendering.Pages.Layouts;

/// <summary>Makes the links at the end of an article from the site's relations (<see cref="SiteModel.Relations"/>).</summary>
internal static class ArticleEnd
{
    public static ArticleEndView Build(LayoutContext context, Entry entry)
    {
        var site = context.Site;
        var links = site.Relations.Of(entry);
        var strings = context.Strings[entry.Language];
        LinkView Link(Entry other) => new(other.Article.Title, site.Urls.Path(other.Path));
        return new ArticleEndView
        {
            Previous = links.Previous is { } previous ? Link(previous) : null,
            Next = links.Next is { } next ? Link(next) : null,
            MoreInCategoryHeading = strings["more_in_category"].Replace("{category}", site.CategoryOf(entry)?.Name ?? string.Empty, StringComparison.Ordinal),
            MoreInCategory = links.MoreInCategory.Select(Link).ToList(),
            Related = links.Related.Select(Link).ToList(),
            Month = site.ArchiveMonthOf(entry) is { } month ? context.Archives.MonthLink(month) : null,
            ArchivesUrl = site.Urls.Path(SitePaths.Archives(entry.Language)),
        };
    }
}
