using Site.Content.Markdown;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Site;
using Site.Core.Urls;

namespace Site.Content.Tests.Markdown.Media;

public sealed class VideoLinkTests
{
    private static readonly BodyLabels Labels = new("Vidéo", "Vidéo :", "Tableau");

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?t=42", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42")]
    [InlineData("https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1")]
    [InlineData("https://player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871?dnt=1")]
    public void EmbedsYouTubeAndVimeoInTheirPrivacyModes(string url, string embed)
    {
        var body = Render($"![L’entretien](<{url}>)");

        Assert.Contains($"<iframe class=\"video-player\" src=\"{embed.Replace("&", "&amp;")}\" title=\"L’entretien\" loading=\"lazy\"", body.Html);
        Assert.DoesNotContain("frameborder", body.Html);
        Assert.DoesNotContain("width=", body.Html);
        Assert.DoesNotContain("height=", body.Html);
        Assert.DoesNotContain("www.youtube.com/embed", body.Html);
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://vimeo.com/76979871")]
    public void PlaysAParagraphHoldingOnlyABareVideoAddress(string url)
    {
        var body = Render($"Avant.\n\n{url}\n\nVoir {url} aussi.");

        var player = Assert.Single(body.Html.Split("<iframe").Skip(1));
        Assert.Contains("title=\"Vidéo\"", player);
        Assert.Contains($"<a href=\"{url}\">", body.Html);
        Assert.Contains($"Vidéo : <a href=\"{url}\">{url}</a>", body.PrintHtml);
    }

    [Fact]
    public void PlaysALocalFileWithValidVideoMarkup()
    {
        var body = Render("![Le lancement](/media/2021/launch.mp4)", baseUrl: "https://example.org/repo/");

        Assert.Contains("<video class=\"video-player\" controls preload=\"metadata\" title=\"Le lancement\"><source src=\"/repo/media/2021/launch.mp4\" type=\"video/mp4\">", body.Html);
        Assert.DoesNotContain("</source>", body.Html);
        Assert.DoesNotContain("<img", body.Html);
    }

    [Fact]
    public void PrintsEachVideoAsALineOfTextWithItsAbsoluteUrl()
    {
        var body = Render("![Le lancement](/media/2021/launch.mp4)\n\n![L’entretien](https://vimeo.com/76979871)", baseUrl: "https://example.org/repo/");

        Assert.DoesNotContain("<img", body.PrintHtml);
        Assert.DoesNotContain("<iframe", body.PrintHtml);
        Assert.DoesNotContain("<video", body.PrintHtml);
        Assert.Contains("Vidéo : Le lancement — <a href=\"https://example.org/repo/media/2021/launch.mp4\">https://example.org/repo/media/2021/launch.mp4</a>", body.PrintHtml);
        Assert.Contains("Vidéo : L’entretien — <a href=\"https://vimeo.com/76979871\">https://vimeo.com/76979871</a>", body.PrintHtml);
    }

    [Theory]
    [InlineData("[l’annonce](/fr/2021/12/annonce/)", "href=\"https://example.org/repo/fr/2021/12/annonce/\"")]
    [InlineData("[la suite](../2020/other.fr.md)", "href=\"https://example.org/repo/fr/2020/05/other/\"")]
    [InlineData("[la note](#note)", "href=\"#note\"")]
    [InlineData("[écrire](mailto:a@example.org)", "href=\"mailto:a@example.org\"")]
    public void WritesBodyLinksAbsoluteOnPrintPagesOnly(string markdown, string expected)
    {
        var body = Render(markdown, baseUrl: "https://example.org/repo/");

        Assert.Contains(expected, body.PrintHtml);
        Assert.DoesNotContain("https://example.org", body.Html);
    }

    [Theory]
    [InlineData("![Photo](/media/a.jpg)")]
    [InlineData("![Clip](https://example.com/watch?v=dQw4w9WgXcQ)")]
    [InlineData("![Bad id](https://www.youtube.com/watch?v=a\"b)")]
    public void LeavesPicturesAndOtherAddressesAsImages(string markdown)
    {
        var body = Render(markdown);

        Assert.Contains("<img", body.Html);
        Assert.DoesNotContain("<iframe", body.Html);
    }

    internal static RenderedBody Render(string markdown, string baseUrl = "https://example.org/") =>
        new MarkdownRenderer(
            new SourceLinkMap(new Dictionary<string, string> { ["articles/2021/x.fr.md"] = "fr/2021/12/x/", ["articles/2020/other.fr.md"] = "fr/2020/05/other/" }),
            new UrlBuilder(new Uri(baseUrl)),
            labels: _ => Labels).Render(
            new Article
            {
                SourcePath = "articles/2021/x.fr.md",
                Kind = ContentKind.Article,
                Language = "fr",
                Name = "x",
                Title = "T",
                Date = DateTimeOffset.Parse("2021-12-25T08:30:00+01:00"),
                Slug = "x",
                Body = markdown,
            },
            new DiagnosticBag());
}
