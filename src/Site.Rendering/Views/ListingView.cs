namespace Site.Rendering.Views;

/// <summary>One page of a listing (home, category, tag): its heading, entries and pagination links.</summary>
public sealed record ListingView
{
    public required string Kind { get; init; }
    public required string Heading { get; init; }
    public required IReadOnlyList<EntryView> Entries { get; init; }
    public required bool Full { get; init; }
    public string? Bio { get; init; }
    public int Number { get; init; } = 1;
    public int Count { get; init; } = 1;
    public string? PreviousUrl { get; init; }
    public string? NextUrl { get; init; }

    /// <summary>The pages above this listing, from the top (archives: the archives and the year), if any.</summary>
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];
}
