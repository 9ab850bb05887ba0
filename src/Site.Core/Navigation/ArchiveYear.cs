using Site.Core.Urls;

namespace Site.Core.Navigation;

/// <summary>The months of one year that have articles in one language, newest first.</summary>
public sealed record ArchiveYear(string Language, int Year, IReadOnlyList<ArchiveMonth> Months)
{
    public string Path => SitePaths.ArchiveYear(Language, Year);

    public int Count => Months.Sum(m => m.Entries.Count);
}
