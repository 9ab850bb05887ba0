namespace Site.Rendering.Views;

/// <summary>A tag in the tag index, with its number of articles.</summary>
public sealed record TagCountView(string Name, string Url, int Count);
