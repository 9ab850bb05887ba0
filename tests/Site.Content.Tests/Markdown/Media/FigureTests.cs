namespace Site.Content.Tests.Markdown.Media;

public sealed class FigureTests
{
    [Fact]
    public void MakesAFigureOfAPictureWithATitleAloneInItsParagraph()
    {
        var body = VideoLinkTests.Render("![Le pas de tir](/media/2021/kourou.jpg \"Le pas de tir, la veille — Photo : ESA\")");

        Assert.StartsWith("<figure><img src=\"/media/2021/kourou.jpg\" alt=\"Le pas de tir\" /><figcaption>Le pas de tir, la veille — Photo : ESA</figcaption></figure>", body.Html);
        Assert.DoesNotContain("title=", body.Html);
        Assert.Contains("<figcaption>", body.PrintHtml);
    }

    [Theory]
    [InlineData("![Le pas de tir](/media/2021/kourou.jpg)")]
    [InlineData("Voici ![le pas de tir](/media/2021/kourou.jpg \"Kourou\") hier.")]
    public void LeavesOtherPicturesInTheirParagraph(string markdown)
    {
        var body = VideoLinkTests.Render(markdown);

        Assert.StartsWith("<p>", body.Html);
        Assert.DoesNotContain("<figure>", body.Html);
    }
}
