using Site.Build.Output;
using Site.Build.Plan;

namespace Site.Build.Tests.Plan;

public sealed class WriteOrderTests
{
    [Fact]
    public void SitemapsAndFeedsComeFirstThenEveryOtherRowAsPlanned()
    {
        static PlannedPage Row(PageKind kind, string destination) => new(kind, destination, new TextContent(() => ""));
        var pages = new[]
        {
            Row(PageKind.Article, "fr/a/index.html"),
            Row(PageKind.Home, "fr/index.html"),
            Row(PageKind.Feed, "fr/feed.xml"),
            Row(PageKind.Print, "fr/a/print/index.html"),
            Row(PageKind.Sitemap, "sitemap.xml"),
            Row(PageKind.Robots, "robots.txt"),
        };

        var order = WriteOrder.Of(pages);

        Assert.Equal([2, 4, 0, 1, 3, 5], order);
    }
}
