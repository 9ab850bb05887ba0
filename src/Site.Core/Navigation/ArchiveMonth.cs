using Site.Core.Site;
using Site.Core.Urls;

namespace Site.Core.Navigation;

/// <summary>The articles of one language published in one month of the site's time zone, newest first.</summary>
public sealed record ArchiveMonth(string Language, int Year, int Month, IReadOnlyList<Entry> Entries)
{
    public string Path => SitePaths.ArchiveMonth(Language, Year, Month);
}
