using Site.Core.Site;

namespace Site.Core.Navigation;

/// <summary>
/// Groups a language's articles by year and month as the newsroom's clock reads them: in the site's time zone, so an
/// article published at 00:30 in Paris on 1 October belongs to October, whatever offset its date was written with.
/// </summary>
public static class ArchiveCalendar
{
    /// <param name="newestFirst">The articles of one language, newest first.</param>
    /// <returns>The years that have articles, newest first, each with its months newest first.</returns>
    public static IReadOnlyList<ArchiveYear> Group(string language, IReadOnlyList<Entry> newestFirst, TimeZoneInfo zone) =>
        newestFirst
            .GroupBy(e => MonthOf(e.Article.Date, zone))
            .OrderByDescending(g => g.Key)
            .Select(g => new ArchiveMonth(language, g.Key.Year, g.Key.Month, g.ToList()))
            .GroupBy(m => m.Year)
            .Select(g => new ArchiveYear(language, g.Key, g.ToList()))
            .ToList();

    /// <summary>The year and month of <paramref name="date"/> on the clocks of <paramref name="zone"/>.</summary>
    public static (int Year, int Month) MonthOf(DateTimeOffset date, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(date, zone);
        return (local.Year, local.Month);
    }
}
