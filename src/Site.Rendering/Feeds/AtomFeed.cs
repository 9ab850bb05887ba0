namespace Site.Rendering.Feeds;

/// <summary>An Atom feed as it is written: every URL absolute, entries newest first.</summary>
internal sealed record AtomFeed
{
    public required string Language { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public required DateTimeOffset Updated { get; init; }

    /// <summary>The feed's own URL, which is also its permanent id.</summary>
    public required string SelfUrl { get; init; }

    /// <summary>The HTML page the feed follows (the home, a category page).</summary>
    public required string PageUrl { get; init; }

    public required IReadOnlyList<AtomEntry> Entries { get; init; }
}
