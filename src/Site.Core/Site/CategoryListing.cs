using Site.Core.Model;

namespace Site.Core.Site;

/// <summary>A category in one language: its localized name and slug, and its articles newest first.</summary>
public sealed record CategoryListing(Category Category, string Language, string Name, string Slug, IReadOnlyList<Entry> Entries)
{
    public string Path => Urls.SitePaths.Category(Language, Slug);
}
