using Site.Content.Markdown;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Urls;

namespace Site.Content.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private static readonly SourceLinkMap Links = new(new Dictionary<string, string>
    {
        ["articles/2020/other.fr.md"] = "fr/2020/05/other/",
    });

    [Theory]
    [InlineData("[x](../2020/other.fr.md)", "href=\"/repo/fr/2020/05/other/\"")]
    [InlineData("[x](../2020/other.fr.md#part)", "href=\"/repo/fr/2020/05/other/#part\"")]
    [InlineData("![a](/media/a.jpg)", "src=\"/repo/media/a.jpg\"")]
    [InlineData("[x](/fr/2020/05/other/)", "href=\"/repo/fr/2020/05/other/\"")]
    [InlineData("[x](https://example.com/a.md)", "href=\"https://example.com/a.md\"")]
    [InlineData("[x](#section)", "href=\"#section\"")]
    [InlineData("[x](mailto:a@example.org)", "href=\"mailto:a@example.org\"")]
    public void RewritesLinksToSourceFilesAndSitePaths(string markdown, string expected)
    {
        var renderer = new MarkdownRenderer(Links, new UrlBuilder(new Uri("https://user.github.io/repo/")));

        var body = renderer.Render(Article(markdown), new DiagnosticBag());

        Assert.Contains(expected, body.Html);
    }

    [Fact]
    public void ReportsALinkToAnUnknownSourceFileAtItsLine()
    {
        var diagnostics = new DiagnosticBag();
        var renderer = new MarkdownRenderer(Links, new UrlBuilder(new Uri("https://example.org/")));

        renderer.Render(Article("Intro.\n\nSee [that](../2019/missing.fr.md)."), diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("articles/2021/x.fr.md", 8, 5), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void EmbedsVideosOnTheWebPageButLinksThemOnThePrintPage()
    {
        var renderer = new MarkdownRenderer(Links, new UrlBuilder(new Uri("https://example.org/")));

        var body = renderer.Render(Article("![Interview](https://www.youtube.com/watch?v=dQw4w9WgXcQ)"), new DiagnosticBag());

        Assert.Contains("<iframe", body.Html);
        Assert.DoesNotContain("<iframe", body.PrintHtml);
    }

    [Fact]
    public void DoesNotTurnMonsieurIntoAnOrderedList()
    {
        var renderer = new MarkdownRenderer(Links, new UrlBuilder(new Uri("https://example.org/")));

        var body = renderer.Render(Article("Le président a parlé.\n\nM. Zelensky assure vouloir la paix."), new DiagnosticBag());

        Assert.DoesNotContain("<ol", body.Html);
    }

    [Theory]
    [InlineData("Short first paragraph.\n\nSecond.", "Short first paragraph.")]
    [InlineData("![img](/media/a.jpg)\n\nText *with* `code`.", "Text with code.")]
    [InlineData("Il a dit \"non\" à l'accord.", "Il a dit «\u202Fnon\u202F» à l’accord.")]
    public void SummarizesWithTheFirstParagraph(string markdown, string expected)
    {
        var renderer = new MarkdownRenderer(Links, new UrlBuilder(new Uri("https://example.org/")));

        Assert.Equal(expected, renderer.Render(Article(markdown), new DiagnosticBag()).Summary);
    }

    [Fact]
    public void GivesTheBodyNarrowSpacedGuillemetsAndApostrophes()
    {
        var renderer = new MarkdownRenderer(Links, new UrlBuilder(new Uri("https://example.org/")));

        var body = renderer.Render(Article("Il a dit \"non\" à l'accord, `l'code`."), new DiagnosticBag());

        Assert.Contains("Il a dit «\u202Fnon\u202F» à l’accord, <code>l'code</code>.", body.Html);
    }

    [Fact]
    public void CutsLongSummariesAtAWordNearTwoHundredCharacters()
    {
        var text = string.Join(' ', Enumerable.Repeat("mot", 100));

        var summary = SummaryExtractor.Cut(text);

        Assert.InRange(summary.Length, 150, 201);
        Assert.EndsWith("mot…", summary);
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
