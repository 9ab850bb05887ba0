using Site.Build.Plan;

namespace Site.Build.Tests.Plan;

public sealed class PagePlanTests
{
    [Fact]
    public void CountsFilesByTheirSummaryNounInTheOrderOfTheirKinds()
    {
        var plan = Plan(
            Row(PageKind.Print, "fr/x/print/index.html"),
            Row(PageKind.Article, "fr/x/index.html"),
            Row(PageKind.Media, "media/a.jpg"),
            Row(PageKind.Asset, "assets/site.css"));

        var counts = plan.CountByKind();

        Assert.Equal([KeyValuePair.Create("article", 1), KeyValuePair.Create("print page", 1), KeyValuePair.Create("copied file", 2)], counts);
    }

    [Fact]
    public void TellsWhichInputFileAWrittenFileWasMadeFrom()
    {
        var plan = Plan(
            Row(PageKind.Article, "fr/x/index.html") with { Source = "articles/x.md" },
            Row(PageKind.Print, "fr/x/print/index.html") with { Source = "articles/x.md" },
            Row(PageKind.Root, "index.html"));

        Assert.Equal("articles/x.md", plan.SourceOf("fr/x/print/index.html"));
        Assert.Null(plan.SourceOf("index.html"));
        Assert.Null(plan.SourceOf("nowhere.html"));
    }

    [Fact]
    public void ListsEveryPlannedFileForTheLinkCheck()
    {
        var plan = Plan(Row(PageKind.Article, "fr/x/index.html"), Row(PageKind.Robots, "robots.txt"));

        Assert.True(plan.Files.FileExists("robots.txt"));
        Assert.False(plan.Files.FileExists("sitemap.xml"));
    }

    private static PagePlan Plan(params PlannedPage[] rows) => new(rows, []);

    private static PlannedPage Row(PageKind kind, string destination) => new(kind, destination, TextContent.Of(string.Empty));
}
