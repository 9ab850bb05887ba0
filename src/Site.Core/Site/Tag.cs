namespace Site.Core.Site;

/// <summary>A tag of one language: its slug, the spelling shown, and its articles newest first.</summary>
public sealed record Tag(string Language, string Slug, string Name, IReadOnlyList<Entry> Entries)
{
    public string Path => Urls.SitePaths.Tag(Language, Slug);
}
