using Site.Core.Files;
using Site.Core.Pagination;
using Site.Core.Pipeline;
using Site.Core.Site;
using Site.Core.Urls;
using Site.Rendering.Feeds;
using Site.Rendering.Pages;

namespace Site.Build.Pipelines;

/// <summary>The pipelines that make the site's files from its model; print pages depend on article pages.</summary>
internal static class SitePipelines
{
    public const string Articles = "Articles";

    public static IReadOnlyList<Pipeline> Create(SiteModel site, PageRenderer renderer, FeedRenderer feeds, string inputDirectory, ThemeAssets assets, int sitemapLimit, PageFingerprints fingerprints)
    {
        var languages = site.Languages.Select(l => l.Code).ToList();
        var pageSize = site.Config.PageSize;
        var bySource = site.Entries.ToDictionary(e => e.Article.SourcePath, StringComparer.Ordinal);

        return
        [
            new Pipeline(Articles)
                .In(Phase.Input, new CreatePages<Entry>("article", () => site.Entries.Where(e => e.PrintPath is not null), e => e.Path, renderer.Article, fingerprints.Entry, e => e.Article.SourcePath))
                .In(Phase.Process, new AttachEntries(bySource)),
            new Pipeline("PrintPages").DependsOn(Articles)
                .In(Phase.Process, new CreatePrintPages(renderer, fingerprints)),
            new Pipeline("Pages")
                .In(Phase.Input, new CreatePages<Entry>("page", () => site.Entries.Where(e => e.PrintPath is null), e => e.Path, renderer.Article, fingerprints.Entry, e => e.Article.SourcePath)),
            new Pipeline("Homes")
                .In(Phase.Input, new CreatePages<(string Language, ListingPage<Entry> Slice)>(
                    "home",
                    () => languages.SelectMany(l => Paginator.Paginate(site.ArticlesIn(l), pageSize).Select(s => (l, s))),
                    x => SitePaths.Paginated(SitePaths.Home(x.Language), x.Slice.Number),
                    x => renderer.Home(x.Language, x.Slice),
                    x => fingerprints.Listing("home", x.Language, x.Slice, PageVersions.Home(site, x.Slice.Number)))),
            new Pipeline("Categories")
                .In(Phase.Input, new CreatePages<(CategoryListing Category, ListingPage<Entry> Slice)>(
                    "category",
                    () => languages.SelectMany(site.CategoriesIn).SelectMany(c => Paginator.Paginate(c.Entries, pageSize).Select(s => (c, s))),
                    x => SitePaths.Paginated(x.Category.Path, x.Slice.Number),
                    x => renderer.Category(x.Category, x.Slice),
                    x => fingerprints.Listing("category", x.Category.Name, x.Slice, PageVersions.Category(site, x.Category, x.Slice.Number)))),
            new Pipeline("Tags")
                .In(Phase.Input, new CreatePages<(Tag Tag, ListingPage<Entry> Slice)>(
                    "tag",
                    () => languages.SelectMany(site.TagsIn).SelectMany(t => Paginator.Paginate(t.Entries, pageSize).Select(s => (t, s))),
                    x => SitePaths.Paginated(x.Tag.Path, x.Slice.Number),
                    x => renderer.Tag(x.Tag, x.Slice),
                    x => fingerprints.Listing("tag", x.Tag.Name, x.Slice, PageVersions.Tag(site, x.Tag, x.Slice.Number)))),
            new Pipeline("TagIndexes")
                .In(Phase.Input, new CreatePages<string>("tag index", () => languages, SitePaths.Tags, renderer.TagIndex, fingerprints.TagIndex)),
            new Pipeline("NotFound")
                .In(Phase.Input, new CreatePages<string>("404", () => languages, SitePaths.NotFound, renderer.NotFound, _ => fingerprints.Global))
                .In(Phase.Input, new CreatePages<bool>("404", () => [true], _ => "404.html", renderer.Root, _ => fingerprints.Global)),
            new Pipeline("Root")
                .In(Phase.Input, new CreatePages<bool>("root", () => [false], _ => string.Empty, renderer.Root, _ => fingerprints.Global)),
            new Pipeline("Feeds")
                .In(Phase.Input, new CreateFeeds(site, feeds, fingerprints)),
            new Pipeline("Sitemap")
                .In(Phase.Input, new CreateSitemap(site, sitemapLimit, fingerprints))
                .In(Phase.Input, new CreateRobots(site, fingerprints)),
            new Pipeline("Media")
                .In(Phase.Input, new CopyFiles(SourceTree.Input(inputDirectory), InputLayout.Media, InputLayout.Media)),
            new Pipeline("Assets")
                .In(Phase.Input, new CopyThemeAssets(assets)),
        ];
    }
}
