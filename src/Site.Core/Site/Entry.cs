using Site.Core.Model;

namespace Site.Core.Site;

/// <summary>A published article or page, with its place in the site and its rendered body.</summary>
public sealed class Entry(Article article, string path, RenderedBody body, Category? category)
{
    public Article Article { get; private set; } = article;

    /// <summary>Site path of the page (<c>fr/2021/09/slug/</c>).</summary>
    public string Path { get; } = path;

    /// <summary>Site path of the print page; stand-alone pages have none.</summary>
    public string? PrintPath { get; } = article.Kind == ContentKind.Article ? Urls.SitePaths.Print(path) : null;

    public RenderedBody Body { get; private set; } = body;

    public Category? Category { get; } = category;

    /// <summary>The size of the lead image, when the article has one and its file could be read.</summary>
    public ImageSize? ImageSize { get; init; }

    /// <summary>The WebP copies of the lead image, narrowest first; none for an SVG, a GIF, a remote or unreadable picture.</summary>
    public IReadOnlyList<ImageCopy> ImageVariants { get; init; } = [];

    /// <summary>The lead image's crop for sharing previews (<c>og:image</c>), when it has variants.</summary>
    public ImageCopy? SocialImage { get; init; }

    public string Language => Article.Language;

    /// <summary>
    /// How long the text takes to read (<see cref="ReadingTime"/>), counted once: a build that keeps texts in a
    /// file would otherwise read the Markdown back only to count its words.
    /// </summary>
    public int ReadingMinutes
    {
        get
        {
            // -1 until counted; an int is written whole, so threads that count at once agree.
            if (_readingMinutes < 0)
            {
                _readingMinutes = Article.ReadingMinutes;
            }

            return _readingMinutes;
        }

        init => _readingMinutes = value;
    }

    private int _readingMinutes = -1;

    /// <summary>
    /// For a preview session: the article was saved with another text but the same front matter, so its place in the
    /// site is the same and only what shows its text is made again. Not thread-safe; call it between builds.
    /// </summary>
    public void ReplaceText(Article article, RenderedBody body)
    {
        if (article.SourcePath != Article.SourcePath)
        {
            throw new ArgumentException($"'{article.SourcePath}' is not the article of {Article.SourcePath}", nameof(article));
        }

        Article = article;
        Body = body;
        _readingMinutes = -1;
    }

    public override string ToString() => Article.SourcePath;
}
