using Site.Build.Plan;

namespace Site.Build.Tests.Plan;

public sealed class PageKindsTests
{
    [Theory]
    [InlineData("Article", true)]
    [InlineData("Page", true)]
    [InlineData("Home", true)]
    [InlineData("Category", true)]
    [InlineData("Tag", true)]
    [InlineData("TagIndex", true)]
    [InlineData("Print", false)]
    [InlineData("NotFound", false)]
    [InlineData("Root", false)]
    [InlineData("Feed", false)]
    [InlineData("Sitemap", false)]
    [InlineData("Robots", false)]
    [InlineData("Media", false)]
    [InlineData("Asset", false)]
    public void TheSitemapListsOnlyTheKindsSearchEnginesShouldIndex(string kind, bool indexed) =>
        Assert.Equal(indexed, Enum.Parse<PageKind>(kind).IsIndexed());

    [Theory]
    [InlineData("Article", "article")]
    [InlineData("Print", "print page")]
    [InlineData("TagIndex", "tag index")]
    [InlineData("NotFound", "not-found page")]
    [InlineData("Media", "copied file")]
    [InlineData("Asset", "copied file")]
    public void TheSummaryNamesKindsInWordsNotNumbers(string kind, string label) =>
        Assert.Equal(label, Enum.Parse<PageKind>(kind).Label());
}
