using Site.Rendering.Sitemaps;

namespace Site.Build;

/// <summary>What <c>site build</c> was asked to do.</summary>
public sealed record BuildOptions
{
    public required string InputDirectory { get; init; }
    public required string ThemeDirectory { get; init; }
    public required string OutputDirectory { get; init; }
    public Uri? BaseUrl { get; init; }

    /// <summary>
    /// Whether a <c>baseUrl</c> left on example.org, .com or .net is reported (<c>site build</c> does; a preview serves
    /// on its own address, and tests build sites at example.org on purpose).
    /// </summary>
    public bool CheckPlaceholderBaseUrl { get; init; }

    /// <summary>
    /// The environment variable that says this build is a deployment (<c>CI</c>, <c>NETLIFY</c>, <c>GITHUB_ACTIONS</c>),
    /// if any: a placeholder <c>baseUrl</c> is then an error instead of a warning.
    /// </summary>
    public string? DeploymentVariable { get; init; }
    public bool Drafts { get; init; }
    public bool Future { get; init; }
    public bool Check { get; init; } = true;

    /// <summary>The pages are for <c>site serve</c>: drafts and articles dated in the future carry a banner saying so.</summary>
    public bool Preview { get; init; }

    /// <summary>
    /// Where rendered bodies and image variants are kept from one build to the next (<c>--cache</c>); none when null.
    /// A preview keeps bodies in memory instead, and only its image variants there.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>
    /// <c>--require-search</c>: a site with <c>search: true</c> fails (exit 2) when Pagefind cannot be found, instead of
    /// being built without search. The deployment configurations pass it.
    /// </summary>
    public bool RequireSearch { get; init; }

    /// <summary>
    /// Whether Pagefind indexes the site when site.yml turns search on. A preview does so only with <c>--search</c>;
    /// without it, its search pages say that search is built by <c>site build</c>.
    /// </summary>
    public bool IndexSearch { get; init; } = true;

    /// <summary>
    /// The Pagefind binary to run. When null, the <c>PAGEFIND</c> environment variable names it, or else
    /// <c>node_modules/.bin/pagefind</c> in the input folder or one of its parents (<c>npm ci</c> puts it there).
    /// </summary>
    public string? Pagefind { get; init; }

    /// <summary>
    /// The build runs alone in its process (<c>site build</c>): when it starts from an earlier build's output, it may
    /// reserve room on the heap for what it will allocate, so that the runtime does not collect on the way
    /// (<see cref="HeapReservation"/>). A process that runs builds side by side (tests, a preview) leaves it off.
    /// </summary>
    public bool ReserveHeap { get; init; }

    /// <summary>The most pages one sitemap file lists before the sitemap becomes an index; tests make it small.</summary>
    internal int SitemapLimit { get; init; } = SitemapWriter.MaxUrlsPerFile;

    /// <summary>How long a build waits for another one writing the same output folder before giving up.</summary>
    internal TimeSpan LockPatience { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The moment that decides which articles are in the future; tests fix it.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;
}
