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
    private static readonly string[] ReservedSlugs = ["page", "tags", "categories"];

    public static SiteModel? Assemble(SiteConfig config, IReadOnlyList<Article> articles, ImageSizes images, DiagnosticBag diagnostics)
    {
        TranslationPairing.Pair(articles, diagnostics);
        var paths = PlaceAll(articles, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var urls = new UrlBuilder(config.BaseUrl);
        var markdown = new MarkdownRenderer(new SourceLinkMap(paths), urls, images);
        var entries = articles.AsParallel().AsOrdered()
            .Select(article => RenderBody(article, paths[article.SourcePath], config, markdown, images, diagnostics))
            .Where(entry => entry is not null)
            .Select(entry => entry!)
            .ToList();
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var site = SiteModel.Create(config, entries, diagnostics);
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
                diagnostics.Error(article.LocationOf("slug"), $"a page can't have the slug '{article.Slug}': the site uses /{article.Language}/{article.Slug}/ itself", "add a 'slug: …' line with another name");
                continue;
            }

            var path = article.Kind == ContentKind.Article
                ? SitePaths.Article(article.Language, article.Date, article.Slug)
                : SitePaths.Page(article.Language, article.Slug);
            if (owners.TryGetValue(path, out var other))
            {
                diagnostics.Error(
                    article.LocationOf("slug"),
                    $"'{article.SourcePath}' and '{other.SourcePath}' would both be published at /{path}",
                    "give one of them another 'slug: …'");
                continue;
            }

            owners[path] = article;
            paths[article.SourcePath] = path;
        }

        return paths;
    }

    private static Entry? RenderBody(Article article, string path, SiteConfig config, MarkdownRenderer markdown, ImageSizes images, DiagnosticBag diagnostics)
    {
        try
        {
            var body = markdown.Render(article, diagnostics);
            return new Entry(article, path, body, article.CategoryKey is null ? null : config.FindCategory(article.CategoryKey))
            {
                ImageSize = images.Find(article.Image),
            };
        }
        catch (ArgumentException e) when (e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(
                new SourceLocation(article.SourcePath, article.BodyLine),
                $"the Markdown is nested more than {MarkdownPipelines.MaximumNestingDepth} levels deep",
                "flatten the nested lists or quotes");
            return null;
        }
    }
}
