using Site.Content.Markdown;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Urls;

namespace Site.Content.Tests.Markdown.AbsoluteLinks;

public sealed class AbsoluteHtmlTests
{
    private static readonly Uri Page = new("https://example.org/repo/fr/2021/06/poutine/");
    private static readonly MarkdownRenderer Renderer = new(
        new SourceLinkMap(new Dictionary<string, string> { ["articles/2020/other.fr.md"] = "fr/2020/05/other/" }),
        new UrlBuilder(new Uri("https://example.org/repo/")));

    [Theory]
    [InlineData("[x](/fr/)", "<a href=\"https://example.org/repo/fr/\">x</a>")]
    [InlineData("[x](/repo/fr/)", "<a href=\"https://example.org/repo/fr/\">x</a>")]
    [InlineData("[x](../../05/autre/)", "<a href=\"https://example.org/repo/fr/2021/05/autre/\">x</a>")]
    [InlineData("[x](image.png)", "<a href=\"https://example.org/repo/fr/2021/06/poutine/image.png\">x</a>")]
    [InlineData("[x](#part)", "<a href=\"https://example.org/repo/fr/2021/06/poutine/#part\">x</a>")]
    [InlineData("[x](?page=2&x=1)", "<a href=\"https://example.org/repo/fr/2021/06/poutine/?page=2&amp;x=1\">x</a>")]
    [InlineData("[x](//cdn.example.com/a.js)", "<a href=\"https://cdn.example.com/a.js\">x</a>")]
    [InlineData("[x](../2020/other.fr.md#part)", "<a href=\"https://example.org/repo/fr/2020/05/other/#part\">x</a>")]
    [InlineData("[x](<a b/é.html>)", "<a href=\"https://example.org/repo/fr/2021/06/poutine/a%20b/%C3%A9.html\">x</a>")]
    [InlineData("![a](/media/a.jpg)", "<img src=\"https://example.org/repo/media/a.jpg\" alt=\"a\" />")]
    [InlineData("![v](/media/clip.mp4)", "src=\"https://example.org/repo/media/clip.mp4\"")]
    public void ResolvesEveryUrlMarkdownWroteAgainstThePage(string markdown, string expected)
    {
        Assert.Contains(expected, Renderer.RenderAbsolute(Article(markdown), Page));
    }

    [Theory]
    [InlineData("[x](https://other.example/x?a=1&b=2)", "<a href=\"https://other.example/x?a=1&amp;b=2\">x</a>")]
    [InlineData("[x](mailto:redaction@example.org)", "<a href=\"mailto:redaction@example.org\">x</a>")]
    [InlineData("<https://auto.example/>", "<a href=\"https://auto.example/\">https://auto.example/</a>")]
    [InlineData("[x]()", "<a href=\"\">x</a>")]
    public void KeepsUrlsThatNeedNoResolving(string markdown, string expected)
    {
        Assert.Contains(expected, Renderer.RenderAbsolute(Article(markdown), Page));
    }

    [Fact]
    public void PointsFootnoteLinksAtTheArticlesPage()
    {
        var html = Renderer.RenderAbsolute(Article("Text[^1].\n\n[^1]: Note."), Page);

        Assert.Contains("<a id=\"fnref:1\" href=\"https://example.org/repo/fr/2021/06/poutine/#fn:1\" class=\"footnote-ref\"><sup>1</sup></a>", html);
        Assert.Contains("<a href=\"https://example.org/repo/fr/2021/06/poutine/#fnref:1\" class=\"footnote-back-ref\">&#8617;</a>", html);
        Assert.Contains("<li id=\"fn:1\">", html);
    }

    [Fact]
    public void DiffersFromTheWebBodyOnlyInItsUrls()
    {
        var article = Article("# Titre\n\nTexte « cité » [lien](/fr/)[^1] et ![image](/media/a.jpg).\n\n[^1]: Note.");

        var web = Renderer.Render(article, new DiagnosticBag()).Html;
        var absolute = Renderer.RenderAbsolute(article, Page);

        Assert.Equal(web.Replace("href=\"/repo/", "href=\"https://example.org/repo/").Replace("src=\"/repo/", "src=\"https://example.org/repo/").Replace("href=\"#", "href=\"https://example.org/repo/fr/2021/06/poutine/#"), absolute);
    }

    [Fact]
    public void ResolvesTheUrlsOfRawHtmlInBlocksAndInline()
    {
        var html = Renderer.RenderAbsolute(Article("<p><img\n  src=\"/media/raw.jpg\" alt=\"\"></p>\n\nText <a href=\"../\">x</a>."), Page);

        // Raw HTML moves under the base path like Markdown links (/repo/), then resolves against the page.
        Assert.Contains("<p><img\n  src=\"https://example.org/repo/media/raw.jpg\" alt=\"\"></p>\n", html);
        Assert.Contains("<a href=\"https://example.org/repo/fr/2021/06/\">x</a>", html);
    }

    private static Article Article(string body) => new()
    {
        SourcePath = "articles/2021/x.fr.md",
        Kind = ContentKind.Article,
        Language = "fr",
        Name = "x",
        Title = "T",
        Date = DateTimeOffset.Parse("2021-09-26T08:30:00+02:00"),
        Slug = "x",
        Body = body,
        BodyLine = 6,
    };
}
