namespace Site.Rendering.Views;

/// <summary>The first page of a language's home: the lead story, the teasers beside it, then a section per category.</summary>
public sealed record FrontPageView
{
    public EntryView? Lead { get; init; }
    public required IReadOnlyList<EntryView> Teasers { get; init; }
    public required IReadOnlyList<FrontSectionView> Sections { get; init; }
}
