namespace Site.Rendering.Views;

/// <summary>A category's block on the front page: its name, its page, and its newest articles not shown above (perhaps none).</summary>
public sealed record FrontSectionView(string Name, string Url, IReadOnlyList<EntryView> Entries);
