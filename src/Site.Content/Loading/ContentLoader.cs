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
        return sources.AsParallel().AsOrdered()
            .Select(source => cache is null
                ? Parse(inputDirectory, source.Path, source.Kind, config, diagnostics)
                : cache.GetOrParse(Path.Combine(inputDirectory, source.Path), source.Path, local => Parse(inputDirectory, source.Path, source.Kind, config, local), diagnostics))
            .Where(article => article is not null && filter.Publishes(article))
            .Select(article => article!)
            .ToList();
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
