namespace Site.Rendering.Feeds;

/// <summary>One article of a feed; its canonical URL is also its id.</summary>
internal sealed record AtomEntry
{
    public required string Url { get; init; }
    public required string Title { get; init; }
    public required DateTimeOffset Published { get; init; }
    public required DateTimeOffset Updated { get; init; }
    public required string Author { get; init; }
    public IReadOnlyList<AtomCategory> Categories { get; init; } = [];
    public required string Summary { get; init; }

    /// <summary>The whole article as HTML with absolute URLs, written escaped as <c>type="html"</c>.</summary>
    public required string ContentHtml { get; init; }
}
