using Site.Content.Markdown.AbsoluteLinks;

namespace Site.Content.Tests.Markdown.AbsoluteLinks;

public sealed class RawHtmlUrlsTests
{
    private static readonly Uri Page = new("https://example.org/repo/fr/2021/06/poutine/");

    [Theory]
    [InlineData("<a href=\"/repo/fr/\">x</a>", "<a href=\"https://example.org/repo/fr/\">x</a>")]
    [InlineData("<a href=\"/repository/x\">x</a>", "<a href=\"https://example.org/repository/x\">x</a>")]
    [InlineData("<a href=\"/repo\">x</a>", "<a href=\"https://example.org/repo\">x</a>")]
    [InlineData("<img src=\"/media/a.jpg\" alt=\"a\">", "<img src=\"https://example.org/media/a.jpg\" alt=\"a\">")]
    [InlineData("<a href=\"../../05/autre/\">x</a>", "<a href=\"https://example.org/repo/fr/2021/05/autre/\">x</a>")]
    [InlineData("<a href=\"image.png\">x</a>", "<a href=\"https://example.org/repo/fr/2021/06/poutine/image.png\">x</a>")]
    [InlineData("<sup><a href=\"#fn:1\" class=\"footnote-ref\">1</a></sup>", "<sup><a href=\"https://example.org/repo/fr/2021/06/poutine/#fn:1\" class=\"footnote-ref\">1</a></sup>")]
    [InlineData("<a href=\"?page=2&amp;x=1\">x</a>", "<a href=\"https://example.org/repo/fr/2021/06/poutine/?page=2&amp;x=1\">x</a>")]
    [InlineData("<a href=\"//cdn.example.com/a.js\">x</a>", "<a href=\"https://cdn.example.com/a.js\">x</a>")]
    [InlineData("<IMG SRC='/media/a.jpg'>", "<IMG SRC='https://example.org/media/a.jpg'>")]
    [InlineData("<img src=/media/a.jpg alt=a>", "<img src=\"https://example.org/media/a.jpg\" alt=a>")]
    [InlineData("<img\n  src = \"/media/a.jpg\"\n  alt=\"a > b\">", "<img\n  src = \"https://example.org/media/a.jpg\"\n  alt=\"a > b\">")]
    [InlineData("<video poster=\"/media/p.jpg\"><source src=\"/media/v.mp4\" type=\"video/mp4\"></video>", "<video poster=\"https://example.org/media/p.jpg\"><source src=\"https://example.org/media/v.mp4\" type=\"video/mp4\"></video>")]
    [InlineData("<blockquote cite=\"/fr/source/\">x</blockquote>", "<blockquote cite=\"https://example.org/fr/source/\">x</blockquote>")]
    public void ResolvesUrlsAsABrowserWouldOnThePage(string html, string expected)
    {
        Assert.Equal(expected, RawHtmlUrls.Rewrite(html, Page));
    }

    [Theory]
    [InlineData("<a href=\"https://other.example/x?a=1&amp;b=2\">x</a>")]
    [InlineData("<a href=\"mailto:redaction@example.org\">x</a>")]
    [InlineData("<a href=\"tel:+33100000000\">x</a>")]
    [InlineData("<img src=\"data:image/png;base64,AAAA\" alt=\"\">")]
    [InlineData("<a href=\"\">x</a>")]
    [InlineData("<a title=\"/not/a/url\" data-x=\"/no\">x</a>")]
    [InlineData("<p>1 < 2 and a <b>bold</b> href=\"/x\" in text</p>")]
    [InlineData("<pre><code>&lt;a href=&quot;/x&quot;&gt;</code></pre>")]
    [InlineData("<!-- <a href=\"/x\"> --><p>after</p>")]
    [InlineData("<script>var s = '<a href=\"/x\">';</script><style>a[href=\"/x\"] {}</style>")]
    [InlineData("<br/><hr /><input disabled><a href>x</a>")]
    [InlineData("texte « sans » balise & rien d'autre")]
    public void LeavesEverythingElseAsItWas(string html)
    {
        Assert.Equal(html, RawHtmlUrls.Rewrite(html, Page));
    }

    [Fact]
    public void ResolvesEachCandidateOfASrcsetAndKeepsItsDescriptor()
    {
        var html = "<img srcset=\"/media/a-400.jpg 400w, b-800.jpg 800w,https://cdn.example/c.jpg 2x\" alt=\"\">";

        var rewritten = RawHtmlUrls.Rewrite(html, Page);

        Assert.Equal("<img srcset=\"https://example.org/media/a-400.jpg 400w, https://example.org/repo/fr/2021/06/poutine/b-800.jpg 800w, https://cdn.example/c.jpg 2x\" alt=\"\">", rewritten);
    }

    [Fact]
    public void StillRewritesAfterAScriptEnds()
    {
        var html = "<script>if (a < b) { x('</p>'); }</script>\n<a href=\"/after/\">x</a>";

        var rewritten = RawHtmlUrls.Rewrite(html, Page);

        Assert.EndsWith("<a href=\"https://example.org/after/\">x</a>", rewritten);
        Assert.StartsWith("<script>if (a < b) { x('</p>'); }</script>", rewritten);
    }

    [Fact]
    public void EncodesWhatItWritesForTheAttribute()
    {
        var rewritten = RawHtmlUrls.Rewrite("<a href='/fr/l&#39;ete/?a=1&b=2'>x</a>", Page);

        Assert.Equal("<a href='https://example.org/fr/l&#39;ete/?a=1&amp;b=2'>x</a>", rewritten);
    }

    [Fact]
    public void LeavesUnfinishedMarkupAsItWas()
    {
        // Not a tag for CommonMark, and a browser drops a tag the text ends in.
        Assert.Equal("<a href=\"/x", RawHtmlUrls.Rewrite("<a href=\"/x", Page));
        Assert.Equal("<a href=", RawHtmlUrls.Rewrite("<a href=", Page));
        Assert.Equal("<!-- open", RawHtmlUrls.Rewrite("<!-- open", Page));
        Assert.Equal("<", RawHtmlUrls.Rewrite("<", Page));
    }
}
