using Site.Core.Urls;

namespace Site.Core.Tests.Urls;

public sealed class SitePathsTests
{
    [Theory]
    [InlineData("2021-09-26T08:30:00+02:00", "fr", "x", "fr/2021/09/x/")]
    [InlineData("2021-10-01T00:30:00+02:00", "en", "y", "en/2021/10/y/")]
    [InlineData("2020-12-31T23:30:00-05:00", "fr", "z", "fr/2020/12/z/")]
    public void PlacesArticlesByTheYearAndMonthOfTheirDateAsWritten(string date, string language, string slug, string expected) =>
        Assert.Equal(expected, SitePaths.Article(language, DateTimeOffset.Parse(date), slug));

    [Theory]
    [InlineData("fr/", 1, "fr/")]
    [InlineData("fr/", 2, "fr/page/2/")]
    [InlineData("fr/tags/x/", 3, "fr/tags/x/page/3/")]
    public void HasNoPageOneInPaginatedUrls(string first, int number, string expected) =>
        Assert.Equal(expected, SitePaths.Paginated(first, number));

    [Theory]
    [InlineData("fr/", "fr/index.html")]
    [InlineData("", "index.html")]
    [InlineData("404.html", "404.html")]
    [InlineData("fr/feed.xml", "fr/feed.xml")]
    public void WritesFoldersAsTheirIndexFile(string path, string expected) => Assert.Equal(expected, SitePaths.FileOf(path));
}
