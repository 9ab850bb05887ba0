namespace Site.Build.Plan;

/// <summary>One row of the page plan: a file of the site, what it is, and everything the build needs to know about it.</summary>
/// <param name="Destination">The output file, relative to the site root, with forward slashes (<c>fr/index.html</c>).</param>
internal sealed record PlannedPage(PageKind Kind, string Destination, PageContent Content)
{
    /// <summary>The site path readers see (<c>fr/</c>); the destination for files that are not pages.</summary>
    public string Path { get; init; } = Destination;

    public string? Language { get; init; }

    /// <summary>The input file the page was made from, relative to the input folder, if any.</summary>
    public string? Source { get; init; }

    /// <summary>The site path of the page in each language where it exists, the page itself included (hreflang).</summary>
    public IReadOnlyDictionary<string, string>? Versions { get; init; }

    /// <summary>When what the page shows last changed, for the sitemap.</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>
    /// Hashes what the page is made from; null for copied files (but image variants, named by their content), which are
    /// known by their size and time. Only the
    /// preview compares fingerprints, so they are made when it asks, in parallel, and never by a <c>build</c>.
    /// </summary>
    public Func<Fingerprint>? MakeFingerprint { get; init; }

    public Fingerprint? Fingerprint => MakeFingerprint?.Invoke();

    public override string ToString() => Destination;
}
