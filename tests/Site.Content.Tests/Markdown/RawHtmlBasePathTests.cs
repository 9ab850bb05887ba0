using Site.Content.Tests.Markdown.Media;

namespace Site.Content.Tests.Markdown;

public sealed class RawHtmlBasePathTests
{
    [Theory]
    [InlineData("<img src=\"/media/2021/a.jpg\" alt=\"A\">", "<img src=\"/repo/media/2021/a.jpg\" alt=\"A\">")]
    [InlineData("Voir <a href=\"/fr/2021/12/x/\">l’article</a>.", "<a href=\"/repo/fr/2021/12/x/\">")]
    [InlineData("<video controls poster=\"/media/p.jpg\"><source src=\"/media/v.mp4\" type=\"video/mp4\"></video>", "<video controls poster=\"/repo/media/p.jpg\"><source src=\"/repo/media/v.mp4\" type=\"video/mp4\"></video>")]
    [InlineData("<picture><source srcset=\"/media/a.webp 1x, /media/b.webp 2x\"><img src=\"/media/a.jpg\" alt=\"\"></picture>", "<source srcset=\"/repo/media/a.webp 1x, /repo/media/b.webp 2x\">")]
    [InlineData("<img src=\"/repo/media/a.jpg\" alt=\"\">", "<img src=\"/repo/media/a.jpg\" alt=\"\">")]
    [InlineData("<a href=\"//cdn.example.com/x\">x</a> <a href=\"https://example.com/\">y</a> <a href=\"rel/\">z</a>", "<a href=\"//cdn.example.com/x\">x</a> <a href=\"https://example.com/\">y</a> <a href=\"rel/\">z</a>")]
    public void MovesRawHtmlSitePathsUnderTheBasePath(string markdown, string expected)
    {
        var body = VideoLinkTests.Render(markdown, baseUrl: "https://example.org/repo/");

        Assert.Contains(expected, body.Html);
    }

    [Fact]
    public void LeavesRawHtmlAloneAtTheRoot()
    {
        var body = VideoLinkTests.Render("<img src=\"/media/a.jpg\" alt=\"\">");

        Assert.Contains("<img src=\"/media/a.jpg\" alt=\"\">", body.Html);
    }
}
