using Site.Content.Markdown;
using Site.Content.Media;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Site;
using Site.Core.Urls;
using Site.TestSupport;
using SkiaSharp;

namespace Site.Content.Tests.Markdown;

public sealed class ImageAttributesTests : IDisposable
{
    private readonly string _media = Path.Combine(Path.GetTempPath(), "image-attributes-tests", Guid.NewGuid().ToString("N"));

    public ImageAttributesTests()
    {
        Directory.CreateDirectory(_media);
        using var bitmap = new SKBitmap(40, 30);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(Path.Combine(_media, "map.png"), data.ToArray());
    }

    [Fact]
    public void GivesMediaImagesTheSizeOfTheirFileUnderTheBasePath()
    {
        var body = Render("![Map](/media/map.png)", baseUrl: "https://user.github.io/repo/");

        Assert.Contains("<img src=\"/repo/media/map.png\" width=\"40\" height=\"30\"", body.Html);
        Assert.Contains("width=\"40\" height=\"30\"", body.PrintHtml);
    }

    [Theory]
    [InlineData("![Map](/media/map.png){width=20}", "width=\"20\"")]
    [InlineData("![Elsewhere](https://example.org/map.png)", "<img src=\"https://example.org/map.png\" alt")]
    [InlineData("![Missing](/media/none.png)", "<img src=\"/media/none.png\" alt")]
    public void LeavesImagesItCannotMeasureOrThatTheAuthorSized(string markdown, string expected)
    {
        var body = Render(markdown, leadImage: "/media/lead.jpg");

        Assert.Contains(expected, body.PrintHtml);
        Assert.DoesNotContain("height=\"30\"", body.PrintHtml);
    }

    [Fact]
    public void LoadsEveryBodyImageLazilyBelowALeadImage()
    {
        var body = Render("![A](/media/map.png)\n\n![B](/media/map.png)", leadImage: "/media/lead.jpg");

        Assert.Equal(2, Occurrences.Of("loading=\"lazy\"", body.Html));
        Assert.Equal(0, Occurrences.Of("loading=", body.PrintHtml));
    }

    [Fact]
    public void LoadsTheFirstBodyImageAtOnceWithoutALeadImage()
    {
        var body = Render("![A](/media/map.png)\n\n![B](/media/map.png)\n\n![C](/media/map.png)");

        Assert.Equal(2, Occurrences.Of("loading=\"lazy\"", body.Html));
        Assert.StartsWith("<p><img src=\"/media/map.png\" width=\"40\" height=\"30\" ", body.Html);
        Assert.DoesNotContain("loading=", body.Html[..body.Html.IndexOf("/>", StringComparison.Ordinal)]);
    }

    [Fact]
    public void LeavesVideosAlone()
    {
        var body = Render("![Clip](/media/clip.mp4)\n\n![Interview](https://www.youtube.com/watch?v=dQw4w9WgXcQ)", leadImage: "/media/lead.jpg");

        // A <video> takes no loading attribute; the players' iframes are lazy by their own renderer.
        var video = body.Html[body.Html.IndexOf("<video", StringComparison.Ordinal)..body.Html.IndexOf("</video>", StringComparison.Ordinal)];
        Assert.DoesNotContain("loading=", video);
        Assert.DoesNotContain("width=", body.Html);
    }

    public void Dispose() => Directory.Delete(_media, recursive: true);

    private RenderedBody Render(string markdown, string baseUrl = "https://example.org/", string? leadImage = null)
    {
        var renderer = new MarkdownRenderer(new SourceLinkMap(new Dictionary<string, string>()), new UrlBuilder(new Uri(baseUrl)), new ImageSizes(_media));
        return renderer.Render(
            new Article
            {
                SourcePath = "articles/2021/x.fr.md",
                Kind = ContentKind.Article,
                Language = "fr",
                Name = "x",
                Title = "T",
                Date = DateTimeOffset.Parse("2021-09-26T08:30:00+02:00"),
                Slug = "x",
                Body = markdown,
                Image = leadImage,
                ImageAlt = leadImage is null ? null : "Lead",
            },
            new DiagnosticBag());
    }
}
