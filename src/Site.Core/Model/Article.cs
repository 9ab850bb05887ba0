using Site.Core.Diagnostics;

namespace Site.Core.Model;

/// <summary>One source file (an article or a stand-alone page) in one language, as its front matter describes it.</summary>
public sealed record Article
{
    /// <summary>Path relative to the input folder, with forward slashes (<c>articles/2021/x.fr.md</c>).</summary>
    public required string SourcePath { get; init; }
    public required ContentKind Kind { get; init; }
    public required string Language { get; init; }

    /// <summary>The file name without language suffix and extension: what pairs translations by default.</summary>
    public required string Name { get; init; }

    public required string Title { get; init; }
    public required DateTimeOffset Date { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? CategoryKey { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Where each of <see cref="Tags"/> is written, in the same order, for diagnostics about one tag.</summary>
    public IReadOnlyList<SourceLocation> TagLocations { get; init; } = [];
    public string? Summary { get; init; }
    public string? Image { get; init; }
    public string? ImageAlt { get; init; }

    /// <summary>The lead image's caption and credit (<c>image_caption</c>, <c>image_credit</c>), shown under it.</summary>
    public string? ImageCaption { get; init; }
    public string? ImageCredit { get; init; }

    /// <summary>The free-text byline, when site.yml declares no <c>authors:</c>.</summary>
    public string? Author { get; init; }

    /// <summary>The keys of its declared authors (site.yml <c>authors:</c>), in the order written.</summary>
    public IReadOnlyList<string> AuthorKeys { get; init; } = [];

    /// <summary>Whether a stand-alone page is linked from the footer of every page (<c>footer: true</c>).</summary>
    public bool Footer { get; init; }

    /// <summary>Whether an article asks to lead its language's front page (<c>featured: true</c>); the newest such one does.</summary>
    public bool Featured { get; init; }
    public required string Slug { get; init; }
    public string? TranslationKey { get; init; }
    public bool Draft { get; init; }

    /// <summary>The old addresses that redirect to this one (front matter <c>aliases</c>).</summary>
    public IReadOnlyList<Alias> Aliases { get; init; } = [];

    /// <summary>
    /// The Markdown body and the line of the input file it starts at. Once a build has rendered it, the text is
    /// read from where the build stored it (<see cref="StoreBody"/>), each time it is asked for.
    /// </summary>
    public required string Body
    {
        get => _body ?? _storedBody!.Read();
        init
        {
            _body = value;
            _readingMinutes = -1;
        }
    }

    /// <summary>
    /// How long the Markdown takes to read (<see cref="Site.ReadingTime"/>): counted from <see cref="Body"/> when first
    /// asked, or given by whoever counted it earlier (the build cache keeps it, so that an article whose file was
    /// not read again is not read only to count its words). Giving another body counts again.
    /// </summary>
    public int ReadingMinutes
    {
        get
        {
            // -1 until counted; an int is written whole, so threads that count at once agree.
            if (_readingMinutes < 0)
            {
                _readingMinutes = Site.ReadingTime.Minutes(Body);
            }

            return _readingMinutes;
        }

        init => _readingMinutes = value;
    }

    public int BodyLine { get; init; } = 1;

    /// <summary>Where front matter keys were written, for diagnostics found after loading.</summary>
    public IReadOnlyDictionary<FrontMatterKey, SourceLocation> KeyLocations { get; init; } = new Dictionary<FrontMatterKey, SourceLocation>();

    /// <summary>What pairs translations: the translationKey, or the folder and file name without language.</summary>
    public string TranslationGroup => TranslationKey ?? Siblings;

    /// <summary>The folder and file name without language: the same for <c>x.fr.md</c> and <c>x.en.md</c> of one folder.</summary>
    public string Siblings => string.Concat(SourcePath.AsSpan(0, SourcePath.LastIndexOf('/') + 1), Name);

    public DateTimeOffset LastModified => Updated ?? Date;

    /// <summary>
    /// Whether the Markdown is in memory; false once a build stored it outside. A method, not a property: where the
    /// text is is no part of what the article holds, which is hashed by its properties.
    /// </summary>
    public bool HoldsBody() => _body is not null;

    private string? _body;
    private IStoredText? _storedBody;
    private int _readingMinutes = -1;

    /// <summary>
    /// Moves the Markdown out of memory, once the body is rendered: a build holds every article's metadata but no
    /// article's text. Not thread-safe for one article; call it before anything else reads the body.
    /// </summary>
    public void StoreBody(IStoredText stored)
    {
        _storedBody = stored;
        _body = null;
    }

    /// <summary>Where <paramref name="key"/> is written, or the start of the file when it is not.</summary>
    public SourceLocation LocationOf(FrontMatterKey key) =>
        KeyLocations.TryGetValue(key, out var at) ? at : new SourceLocation(SourcePath, 1, 1);

    /// <summary>Where the tag at <paramref name="index"/> of <see cref="Tags"/> is written, or the 'tags' key.</summary>
    public SourceLocation LocationOfTag(int index) =>
        index < TagLocations.Count ? TagLocations[index] : LocationOf(FrontMatterKey.Tags);
}
