using Site.Content.FrontMatter;
using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Model;

namespace Site.Content.Loading;

/// <summary>Reads every article and stand-alone page of the input folder, in parallel, and keeps those to publish.</summary>
public static class ContentLoader
{
    /// <param name="cache">Articles parsed by an earlier build of the same session, if any.</param>
    /// <param name="changed">
    /// With a cache: the paths (relative to the input folder, with '/') that changed since the last build, when the
    /// caller knows them; the other files are then taken from the cache without listing the folders again.
    /// </param>
    /// <param name="parsed">Articles parsed by earlier builds and kept by the build cache, by text, if any.</param>
    public static IReadOnlyList<Article> Load(string inputDirectory, SiteConfig config, PublishFilter filter, DiagnosticBag diagnostics, ContentCache? cache = null, IReadOnlyCollection<string>? changed = null, IParsedArticles? parsed = null)
    {
        var known = cache?.Begin(config) is true && changed is not null
            ? cache.SourcesAfter(changed, path => File.Exists(Path.Combine(inputDirectory, path)))
            : null;
        var tree = SourceTree.Input(inputDirectory);
        var sources = known ?? Enumerate(tree, InputLayout.Articles, ContentKind.Article, diagnostics)
            .Concat(Enumerate(tree, InputLayout.Pages, ContentKind.Page, diagnostics))
            .ToList();
        var edited = known is null ? null : changed!.ToHashSet(StringComparer.Ordinal);
        cache?.KeepOnly(sources);
        var articles = new Article?[sources.Count];
        Parallel.For(0, sources.Count, i =>
        {
            var (path, kind) = sources[i];
            articles[i] = cache is null
                ? Parse(tree, path, kind, config, diagnostics, parsed)
                : cache.GetOrParse(Path.Combine(inputDirectory, path), path, local => Parse(tree, path, kind, config, local), diagnostics, Reported(edited, changed, path));
        });
        return articles.Where(article => article is not null && filter.Publishes(article)).Select(article => article!).ToList();
    }

    /// <summary>
    /// Parses one file the watcher reported as changed, keeping it in the cache, without looking at the others: for a
    /// preview that knows nothing else changed. Null when it could not be read or parsed (reported).
    /// </summary>
    /// <param name="sourcePath">Relative to the input folder, with '/'.</param>
    public static Article? LoadChanged(string inputDirectory, string sourcePath, ContentKind kind, SiteConfig config, DiagnosticBag diagnostics, ContentCache cache) =>
        cache.GetOrParse(Path.Combine(inputDirectory, sourcePath), sourcePath, local => Parse(SourceTree.Input(inputDirectory), sourcePath, kind, config, local), diagnostics, changed: true);

    /// <summary>What the caller knows of a file: reported as changed, known to be unchanged, or neither.</summary>
    private static bool? Reported(HashSet<string>? edited, IReadOnlyCollection<string>? changed, string path) =>
        edited is not null ? edited.Contains(path) : changed?.Contains(path) == true ? true : null;

    private static Article? Parse(SourceTree tree, string sourcePath, ContentKind kind, SiteConfig config, DiagnosticBag diagnostics, IParsedArticles? parsed = null)
    {
        if (parsed?.FindUnread(new ContentSource(sourcePath, kind)) is { } unread)
        {
            return unread;
        }

        var text = tree.ReadText(sourcePath, diagnostics);
        if (text is null || parsed is null)
        {
            return text is null ? null : ArticleParser.Parse(sourcePath, kind, text, config, diagnostics);
        }

        var source = new ContentSource(sourcePath, kind);
        if (parsed.Find(source, text) is { } known)
        {
            return known;
        }

        var local = new DiagnosticBag();
        var article = ArticleParser.Parse(sourcePath, kind, text, config, local);
        diagnostics.AddRange(local.ToSortedList());
        if (article is not null && local.Count == 0)
        {
            parsed.Keep(source, text, article);
        }

        return article;
    }

    private static IEnumerable<ContentSource> Enumerate(SourceTree tree, string folder, ContentKind kind, DiagnosticBag diagnostics) =>
        tree.Files(folder, diagnostics, "*.md").Select(path => new ContentSource(path, kind));
}
