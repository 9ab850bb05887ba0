using Site.Core.Pagination;
using Site.Core.Site;
using Site.Core.Urls;
using Site.Rendering.Pages;

namespace Site.Rendering.Sitemaps;

/// <summary>
/// Lists the pages search engines should index: articles, stand-alone pages, homes, category and tag pages (every
/// page of them) and tag indexes. Print pages, 404 pages and the root, which only redirects, are left out.
/// </summary>
public static class SitemapPlanner
{
    public static IReadOnlyList<SitemapUrl> Plan(SiteModel site)
    {
        var urls = new List<SitemapUrl>();
        void Add(string path, IEnumerable<Entry> entries, IReadOnlyDictionary<string, string> versions) =>
            urls.Add(new SitemapUrl(site.Urls.Absolute(path), LastModified(entries), LanguageLinks.Alternates(site, versions)));

        foreach (var entry in site.Entries)
        {
            Add(entry.Path, [entry], PageVersions.Article(site, entry));
        }

        var pageSize = site.Config.PageSize;
        foreach (var language in site.Languages.Select(l => l.Code))
        {
            foreach (var slice in Paginator.Paginate(site.ArticlesIn(language), pageSize))
            {
                Add(SitePaths.Paginated(SitePaths.Home(language), slice.Number), slice.Items, PageVersions.Home(site, slice.Number));
            }

            foreach (var category in site.CategoriesIn(language))
            {
                foreach (var slice in Paginator.Paginate(category.Entries, pageSize))
                {
                    Add(SitePaths.Paginated(category.Path, slice.Number), slice.Items, PageVersions.Category(site, category, slice.Number));
                }
            }

            foreach (var tag in site.TagsIn(language))
            {
                foreach (var slice in Paginator.Paginate(tag.Entries, pageSize))
                {
                    Add(SitePaths.Paginated(tag.Path, slice.Number), slice.Items, PageVersions.Tag(site, tag, slice.Number));
                }
            }

            Add(SitePaths.Tags(language), site.TagsIn(language).SelectMany(t => t.Entries), PageVersions.TagIndex(site));
        }

        return urls.OrderBy(u => u.Location, StringComparer.Ordinal).ToList();
    }

    /// <summary>How many URLs <see cref="Plan"/> lists, counted without making them (to decide on an index early).</summary>
    public static int Count(SiteModel site)
    {
        var pageSize = site.Config.PageSize;
        return site.Entries.Count + site.Languages.Sum(l =>
            Paginator.PageCount(site.ArticlesIn(l.Code).Count, pageSize)
            + site.CategoriesIn(l.Code).Sum(c => Paginator.PageCount(c.Entries.Count, pageSize))
            + site.TagsIn(l.Code).Sum(t => Paginator.PageCount(t.Entries.Count, pageSize))
            + 1);
    }

    /// <summary>A listing changes when one of its entries does: the latest of their updated-or-published dates.</summary>
    private static DateTimeOffset? LastModified(IEnumerable<Entry> entries) =>
        entries.Select(e => (DateTimeOffset?)e.Article.LastModified).Max();
}
