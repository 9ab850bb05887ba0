using Site.Core.Navigation;
using Site.Core.Site;
using Site.Core.Tests.Model;

namespace Site.Core.Tests.Navigation;

public sealed class ArchiveCalendarTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Theory]
    [InlineData("2021-10-01T00:30:00+02:00", 2021, 10)]
    [InlineData("2021-09-30T22:30:00Z", 2021, 10)]
    [InlineData("2021-09-30T23:59:00+02:00", 2021, 9)]
    [InlineData("2021-12-31T23:30:00Z", 2022, 1)]
    [InlineData("2022-01-01T00:30:00-05:00", 2022, 1)]
    [InlineData("2021-03-31T23:30:00Z", 2021, 4)]
    public void TakesTheMonthOnTheSitesClocks(string date, int year, int month)
    {
        Assert.Equal((year, month), ArchiveCalendar.MonthOf(DateTimeOffset.Parse(date), Paris));
    }

    [Fact]
    public void GroupsArticlesByYearAndMonthNewestFirst()
    {
        // Given four articles, newest first; the third is 00:30 on 1 October in Paris, written in UTC.
        List<Entry> articles =
        [
            Make("d", "2022-01-05T10:00:00+01:00"),
            Make("c", "2021-10-02T10:00:00+02:00"),
            Make("b", "2021-09-30T22:30:00Z"),
            Make("a", "2021-09-12T10:00:00+02:00"),
        ];

        // When
        var years = ArchiveCalendar.Group("fr", articles, Paris);

        // Then
        Assert.Equal([2022, 2021], years.Select(y => y.Year));
        Assert.Equal([(2021, 10), (2021, 9)], years[1].Months.Select(m => (m.Year, m.Month)));
        Assert.Equal(["c", "b"], years[1].Months[0].Entries.Select(e => e.Article.Slug));
        Assert.Equal(3, years[1].Count);
        Assert.Equal("fr/2021/10/", years[1].Months[0].Path);
        Assert.Equal("fr/2021/", years[1].Path);
    }

    [Fact]
    public void UtcGroupsByTheUtcMonth()
    {
        List<Entry> articles = [Make("a", "2021-10-01T00:30:00+02:00")];

        var years = ArchiveCalendar.Group("fr", articles, TimeZoneInfo.Utc);

        Assert.Equal(9, years.Single().Months.Single().Month);
    }

    private static Entry Make(string slug, string date) =>
        new(Articles.Make($"articles/{slug}.fr.md", "fr", date: date), $"fr/x/{slug}/", new RenderedBody(string.Empty, string.Empty, string.Empty), null);
}
