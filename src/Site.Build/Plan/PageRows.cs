using Site.Core.Navigation;
using Site.Core.Pagination;
using Site.Core.Site;
using Site.Core.Urls;
using Site.Rendering.Feeds;
using Site.Rendering.Pages;

namespace Site.Build.Plan;

/// <summary>
/// The rows of the plan made from the site model: each entry's page (and an article's print page, made from the same
/// entry), the listings, the tag indexes, the 404 pages, the root and the feeds. A page is rendered only when written.
/// </summary>
internal sealed class PageRows(SiteModel site, PageRenderer renderer, FeedRenderer feeds, PageFingerprints fingerprints)
{
    private readonly IReadOnlyList<string> _languages = site.Languages.Select(l => l.Code).ToList();

    public IEnumerable<PlannedPage> Entries()
    {
        foreach (var entry in site.Entries)
        {
            yield return Html(entry.PrintPath is null ? PageKind.Page : PageKind.Article, entry.Path, () => renderer.Article(entry)) with
            {
                Language = entry.Language,
                Source = entry.Article.SourcePath,
                Versions = PageVersions.Article(site, entry),
                LastModified = entry.Article.LastModified,
                MakeFingerprint = () => fingerprints.Entry(entry),
            };

            if (entry.PrintPath is { } print)
            {
                yield return Html(PageKind.Print, print, () => renderer.Print(entry)) with
                {
                    Language = entry.Language,
                    Source = entry.Article.SourcePath,
                    MakeFingerprint = () => fingerprints.Print(entry),
                };
            }
        }
    }

    public IEnumerable<PlannedPage> Listings()
    {
        var pageSize = site.Config.PageSize;
        foreach (var language in _languages)
        {
            foreach (var slice in Paginator.Paginate(site.ArticlesIn(language), pageSize))
            {
                var home = Listing(PageKind.Home, language, SitePaths.Home(language), language, slice, PageVersions.Home(site, slice.Number), () => renderer.Home(language, slice));
                yield return slice.Number == 1 ? Front(home, language, slice) : home;
            }

            foreach (var category in site.CategoriesIn(language))
            {
                foreach (var slice in Paginator.Paginate(category.Entries, pageSize))
                {
                    yield return Listing(PageKind.Category, language, category.Path, category.Name, slice, PageVersions.Category(site, category, slice.Number), () => renderer.Category(category, slice));
                }
            }

            foreach (var tag in site.TagsIn(language))
            {
                foreach (var slice in Paginator.Paginate(tag.Entries, pageSize))
                {
                    yield return Listing(PageKind.Tag, language, tag.Path, tag.Name, slice, PageVersions.Tag(site, tag, slice.Number), () => renderer.Tag(tag, slice));
                }
            }
        }
    }

    /// <summary>The page of each person (not organization) in each language they have articles in, paginated.</summary>
    public IEnumerable<PlannedPage> Authors()
    {
        foreach (var language in _languages)
        {
            foreach (var author in site.AuthorsIn(language))
            {
                foreach (var slice in Paginator.Paginate(author.Entries, site.Config.PageSize))
                {
                    yield return Listing(PageKind.Author, language, author.Path, author.Name, slice, PageVersions.Author(site, author, slice.Number), () => renderer.Author(author, slice));
                }
            }
        }
    }

    /// <summary>
    /// The pages made for each language rather than for an entry: tag indexes, 404 pages and search pages (when the
    /// site has search); then the root's two.
    /// </summary>
    public IEnumerable<PlannedPage> Fixed()
    {
        foreach (var language in _languages)
        {
            yield return Html(PageKind.TagIndex, SitePaths.Tags(language), () => renderer.TagIndex(language)) with
            {
                Language = language,
                Versions = PageVersions.TagIndex(site),
                LastModified = Latest(site.TagsIn(language).SelectMany(t => t.Entries)),
                MakeFingerprint = () => fingerprints.TagIndex(language),
            };
        }

        foreach (var language in _languages)
        {
            yield return Html(PageKind.NotFound, SitePaths.NotFound(language), () => renderer.NotFound(language)) with
            {
                Language = language,
                MakeFingerprint = () => fingerprints.Global,
            };
        }

        var searchPaths = renderer.SearchPaths;
        foreach (var (language, path) in searchPaths)
        {
            yield return Html(PageKind.Search, path, () => renderer.Search(language)) with
            {
                Language = language,
                Versions = searchPaths,
                MakeFingerprint = () => fingerprints.Global,
            };
        }

        yield return Html(PageKind.NotFound, "404.html", () => renderer.Root(notFound: true)) with { MakeFingerprint = () => fingerprints.Global };
        yield return Html(PageKind.Root, string.Empty, () => renderer.Root(notFound: false)) with { MakeFingerprint = () => fingerprints.Global };
    }

    /// <summary>The Atom feed of each language (<c>/fr/feed.xml</c>) and of each of its categories (<c>/fr/categories/x/feed.xml</c>).</summary>
    public IEnumerable<PlannedPage> Feeds()
    {
        foreach (var language in _languages)
        {
            yield return Feed(language, SitePaths.Home(language), () => feeds.Language(language), () => fingerprints.Feed(site.ArticlesIn(language), language));
            foreach (var category in site.CategoriesIn(language))
            {
                yield return Feed(language, category.Path, () => feeds.Category(category), () => fingerprints.Feed(category.Entries, language));
            }
        }
    }

    /// <summary>
    /// Each language's list of years (<c>/fr/archives/</c>), each year's list of months (<c>/fr/2021/</c>) and each
    /// month's articles (<c>/fr/2021/09/</c>, paginated like the other listings).
    /// </summary>
    public IEnumerable<PlannedPage> Archives()
    {
        foreach (var language in _languages)
        {
            var years = site.ArchivesIn(language);
            var all = PageVersions.Archives(site);
            yield return Html(PageKind.ArchiveIndex, SitePaths.Archives(language), () => renderer.Archives(language)) with
            {
                Language = language,
                Versions = all,
                LastModified = Latest(site.ArticlesIn(language)),
                MakeFingerprint = () => fingerprints.Archive(language, years.Select(y => (y.Path, y.Count)), all),
            };

            foreach (var year in years)
            {
                var versions = PageVersions.ArchiveYear(site, year.Year);
                yield return Html(PageKind.ArchiveIndex, year.Path, () => renderer.ArchiveYear(year)) with
                {
                    Language = language,
                    Versions = versions,
                    LastModified = Latest(year.Months.SelectMany(m => m.Entries)),
                    MakeFingerprint = () => fingerprints.Archive(language, year.Months.Select(m => (m.Path, m.Entries.Count)), versions),
                };

                foreach (var month in year.Months)
                {
                    foreach (var slice in Paginator.Paginate(month.Entries, site.Config.PageSize))
                    {
                        yield return Listing(PageKind.Archive, language, month.Path, month.Path, slice, PageVersions.ArchiveMonth(site, month, slice.Number), () => renderer.ArchiveMonth(month, slice));
                    }
                }
            }
        }
    }

    private PlannedPage Listing(PageKind kind, string language, string first, string heading, ListingPage<Entry> slice, IReadOnlyDictionary<string, string> versions, Func<string> render) =>
        Html(kind, SitePaths.Paginated(first, slice.Number), render) with
        {
            Language = language,
            Versions = versions,
            LastModified = Latest(slice.Items),
            MakeFingerprint = () => fingerprints.Listing(kind.Label(), heading, slice, versions),
        };

    /// <summary>The home's first page is a front page: it shows articles beyond its slice, and changes when they do.</summary>
    private PlannedPage Front(PlannedPage home, string language, ListingPage<Entry> slice)
    {
        var front = FrontPage.Of(site, language);
        return home with
        {
            LastModified = Latest(front.All.Concat(slice.Items)),
            MakeFingerprint = () => fingerprints.Front(language, slice, home.Versions!, front),
        };
    }

    private static PlannedPage Html(PageKind kind, string path, Func<string> render) =>
        new(kind, SitePaths.FileOf(path), new TextContent(render)) { Path = path };

    private static PlannedPage Feed(string language, string pagePath, Func<string> render, Func<Fingerprint> fingerprint) =>
        new(PageKind.Feed, SitePaths.Feed(pagePath), new TextContent(render)) { Language = language, MakeFingerprint = fingerprint };

    /// <summary>A listing changes when one of its entries does: the latest of their updated-or-published dates.</summary>
    private static DateTimeOffset? Latest(IEnumerable<Entry> entries) =>
        entries.Select(e => (DateTimeOffset?)e.Article.LastModified).Max();
}
