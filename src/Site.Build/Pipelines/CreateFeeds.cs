using Site.Core.Pipeline;
using Site.Core.Site;
using Site.Core.Urls;
using Site.Rendering.Feeds;

namespace Site.Build.Pipelines;

/// <summary>Makes the Atom feed of each language (<c>/fr/feed.xml</c>) and of each of its categories (<c>/fr/categories/x/feed.xml</c>).</summary>
internal sealed class CreateFeeds(SiteModel site, FeedRenderer feeds, PageFingerprints fingerprints) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var documents = new List<Document>(inputs);
        foreach (var language in site.Languages.Select(l => l.Code))
        {
            documents.Add(Feed(SitePaths.Home(language), () => feeds.Language(language), fingerprints.Feed(site.ArticlesIn(language), language)));
            documents.AddRange(site.CategoriesIn(language).Select(category => Feed(category.Path, () => feeds.Category(category), fingerprints.Feed(category.Entries, language))));
        }

        return documents;
    }

    private static Document Feed(string pagePath, Func<string> render, Fingerprint fingerprint) =>
        new Document(SitePaths.Feed(pagePath), new TextContent(render)).With(new PageKind("feed")).With(fingerprint);
}
