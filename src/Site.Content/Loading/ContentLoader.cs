using Site.Content.FrontMatter;
using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Content.Loading;

/// <summary>Reads every article and stand-alone page of the input folder, in parallel, and keeps those to publish.</summary>
public static class ContentLoader
{
    /// <param name="cache">Articles parsed by an earlier build of the same session, if any.</param>
    public static IReadOnlyList<Article> Load(string inputDirectory, SiteConfig config, PublishFilter filter, DiagnosticBag diagnostics, ContentCache? cache = null)
    {
        var sources = Enumerate(inputDirectory, "articles", ContentKind.Article)
            .Concat(Enumerate(inputDirectory, "pages", ContentKind.Page))
            .ToList();
        cache?.Begin(config);
        cache?.KeepOnly(sources.Select(s => s.Path).ToList());
        var articles = new Article?[sources.Count];
        Parallel.For(0, sources.Count, i =>
        {
            var (path, kind) = sources[i];
            articles[i] = cache is null
                ? Parse(inputDirectory, path, kind, config, diagnostics)
                : cache.GetOrParse(Path.Combine(inputDirectory, path), path, local => Parse(inputDirectory, path, kind, config, local), diagnostics);
        });
        return articles.Where(article => article is not null && filter.Publishes(article)).Select(article => article!).ToList();
    }

    private static Article? Parse(string inputDirectory, string sourcePath, ContentKind kind, SiteConfig config, DiagnosticBag diagnostics)
    {
        var text = SourceText.Read(Path.Combine(inputDirectory, sourcePath), sourcePath, diagnostics);
        return text is null ? null : ArticleParser.Parse(sourcePath, kind, text, config, diagnostics);
    }

    private static IEnumerable<(string Path, ContentKind Kind)> Enumerate(string inputDirectory, string folder, ContentKind kind)
    {
        var root = Path.Combine(inputDirectory, folder);
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(inputDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(path => (path, kind));
    }
}
