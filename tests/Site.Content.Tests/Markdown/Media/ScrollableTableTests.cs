namespace Site.Content.Tests.Markdown.Media;

public sealed class ScrollableTableTests
{
    [Fact]
    public void WrapsEachTableInALabelledFocusableScrollRegion()
    {
        var body = VideoLinkTests.Render("| a | b |\n|---|---|\n| 1 | 2 |\n\n+---+\n| c |\n+===+\n| 3 |\n+---+\n");

        Assert.Equal(2, body.Html.Split("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tableau\">\n<table>").Length - 1);
        Assert.Equal(2, body.Html.Split("</table>\n</div>").Length - 1);
    }

    [Fact]
    public void WrapsPrintTablesToo()
    {
        // The print page is read on screens before it is printed; its stylesheet lets the table out on paper.
        var body = VideoLinkTests.Render("| a | b |\n|---|---|\n| 1 | 2 |\n");

        Assert.Contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tableau\">\n<table>", body.PrintHtml);
    }
}
