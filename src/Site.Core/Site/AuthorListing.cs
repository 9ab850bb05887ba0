using Site.Core.Model;

namespace Site.Core.Site;

/// <summary>A declared person in one language: their name there, and their articles in that language newest first.</summary>
public sealed record AuthorListing(Author Author, string Language, IReadOnlyList<Entry> Entries)
{
    public string Name => Author.Name[Language];

    public string Path => Urls.SitePaths.Author(Language, Author.Key);
}
