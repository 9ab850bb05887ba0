using Site.Build.Caching;
using Site.Content.Markdown;
using Site.Content.Media;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Site;
using Site.Core.Urls;

namespace Site.Build.Assembly;

/// <summary>Places the loaded articles in the site: their URLs, their translations, their rendered bodies, their taxonomies.</summary>
internal static class SiteAssembler
{
    /// <summary>Folders of a language that pages can't take as their slug.</summary>
    private static readonly string[] ReservedSlugs = ["page", "tags", "categories", "archives"];

    /// <param name="cache">Bodies rendered by earlier builds of a preview session, if any.</param>
    /// <param name="store">Bodies rendered by earlier builds, on disk, if any.</param>
    /// <param name="rendered">How many bodies were rendered (the others came from a cache).</param>
    /// <param name="spill">Where a build (or a preview session) keeps the bodies' HTML; null to hold it in memory.</param>
    /// <param name="ids">Where the content hashes of articles and bodies are recorded, for a build compared with an earlier one.</param>
    /// <param name="knownIds">What the build cache knows an article to be made of (<see cref="ArticleStore.IdsOf"/>), if anything.</param>
    public static SiteModel? Assemble(SiteConfig config, IReadOnlyList<Article> articles, ImageSizes images, Func<string, BodyLabels> labels, DiagnosticBag diagnostics, MarkdownCache? cache, BodyStore? store, out int rendered, BodySpill? spill = null, ContentIds? ids = null, Func<Article, KnownArticle?>? knownIds = null)
    {
        rendered = 0;
        articles = TranslationKeys.Share(articles, diagnostics);
        var translations = TranslationPairing.Pair(articles, diagnostics);
        var paths = PlaceAll(articles, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var bodies = new Bodies(config.BaseUrl, new SourceLinkMap(paths), images, labels, cache, store, spill, ids, knownIds);
        var entries = new Entry?[articles.Count];
        Parallel.For(0, articles.Count, i => entries[i] = MakeEntry(articles[i], paths[articles[i].SourcePath], config, images, bodies, diagnostics));
        rendered = bodies.Rendered;
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var made = entries.OfType<Entry>().ToList();
        var byArticle = made.ToDictionary(e => e.Article, (IEqualityComparer<Article>)ReferenceEqualityComparer.Instance);
        var groups = translations.Select(group => group.Select(a => byArticle.GetValueOrDefault(a)).OfType<Entry>().ToList());
        var site = SiteModel.Create(config, made, groups, diagnostics);
        return diagnostics.HasErrors ? null : site;
    }

    private static Dictionary<string, string> PlaceAll(IReadOnlyList<Article> articles, DiagnosticBag diagnostics)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var owners = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (article.Kind == ContentKind.Page && ReservedSlugs.Contains(article.Slug))
            {
                diagnostics.Error(article.LocationOf(FrontMatterKey.Slug), DiagnosticCode.ReservedSlug, $"a page can't have the slug '{article.Slug}': the site uses /{article.Language}/{article.Slug}/ itself", "add a 'slug: …' line with another name");
                continue;
            }

            var path = article.Kind == ContentKind.Article
                ? SitePaths.Article(article.Language, article.Date, article.Slug)
                : SitePaths.Page(article.Language, article.Slug);
            if (owners.TryGetValue(path, out var other))
            {
                // Point at the written slug that makes the clash, when there is one.
                var culprit = other.KeyLocations.ContainsKey(FrontMatterKey.Slug) && !article.KeyLocations.ContainsKey(FrontMatterKey.Slug) ? other : article;
                diagnostics.Error(
                    culprit.LocationOf(FrontMatterKey.Slug),
                    DiagnosticCode.DuplicateUrl, $"'{article.SourcePath}' and '{other.SourcePath}' would both be published at /{path}",
                    "give one of them another 'slug: …'");
                continue;
            }

            owners[path] = article;
            paths[article.SourcePath] = path;
        }

        return paths;
    }

    private static Entry? MakeEntry(Article article, string path, SiteConfig config, ImageSizes images, Bodies bodies, DiagnosticBag diagnostics)
    {
        try
        {
            // Counted while the Markdown is in memory (once the body is made, it is in the spill file), unless the build
            // cache counted it already.
            var minutes = article.ReadingMinutes;
            var body = bodies.Of(article, diagnostics);
            var variants = images.Responsive(article.Image);
            return body is null ? null : new Entry(article, path, body, article.CategoryKey is null ? null : config.FindCategory(article.CategoryKey))
            {
                ReadingMinutes = minutes,
                ImageSize = images.Find(article.Image),
                ImageVariants = variants?.Variants.Select(v => new ImageCopy(v.SitePath, v.Width, v.Height)).ToList() ?? [],
                SocialImage = variants is null ? null : new ImageCopy(variants.Social.SitePath, variants.Social.Width, variants.Social.Height),
            };
        }
        catch (Exception e) when (NestingLimit.IsExceeded(e))
        {
            var line = NestingLimit.LineOf(e, article.Body, article.Language);
            diagnostics.Error(
                new SourceLocation(article.SourcePath, article.BodyLine + line - 1),
                DiagnosticCode.NestingTooDeep, $"the Markdown is nested more than {MarkdownPipelines.MaximumNestingDepth} levels deep (quotes, lists, emphasis or brackets inside one another)",
                "flatten the nested quotes or lists, or escape long runs of '[' or '*' with a backslash");
            return null;
        }
    }
}
