namespace Site.Rendering.Views;

/// <summary>A year or a month in an archive list, with its number of articles.</summary>
public sealed record ArchivePeriodView(string Name, string Url, int Count);
