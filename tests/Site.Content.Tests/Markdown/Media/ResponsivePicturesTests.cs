using Site.Content.Markdown;
using Site.Content.Media;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Site;
using Site.Core.Urls;
using Site.TestSupport;
using SkiaSharp;

namespace Site.Content.Tests.Markdown.Media;

/// <summary>Body pictures on the web page offer their WebP variants (srcset, sizes); print pages and feeds keep the original.</summary>
public sealed class ResponsivePicturesTests : IDisposable
{
    private const string Sizes = "sizes=\"(min-width: 44rem) 42rem, calc(100vw - 2rem)\"";

    // A 1x1 GIF: published as it is, with no variants.
    private static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private readonly string _media = Path.Combine(Path.GetTempPath(), "responsive-pictures-tests", Guid.NewGuid().ToString("N"));

    public ResponsivePicturesTests()
    {
        Directory.CreateDirectory(_media);
        WriteJpeg("photo.jpg", 1000, 500, SKColors.Teal);
        File.WriteAllBytes(Path.Combine(_media, "anim.gif"), Gif);
        File.WriteAllText(Path.Combine(_media, "logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>");
    }

    [Fact]
    public void TheWebBodyOffersTheVariantsThePrintBodyAndTheFeedDoNot()
    {
        var images = new ImageSizes(_media);
        var variants = images.Responsive("/media/photo.jpg")!;

        var body = Render("![Photo](/media/photo.jpg)", images: images);
        var feed = Renderer(images).RenderAbsolute(Article("![Photo](/media/photo.jpg)"), new Uri("https://example.org/fr/2021/09/x/"));

        Assert.Equal(["/media/photo.480." + variants.Hash + ".webp", "/media/photo.800." + variants.Hash + ".webp", "/media/photo.1000." + variants.Hash + ".webp"], variants.Variants.Select(v => v.SitePath));
        Assert.Contains($"srcset=\"/media/photo.480.{variants.Hash}.webp 480w, /media/photo.800.{variants.Hash}.webp 800w, /media/photo.1000.{variants.Hash}.webp 1000w\" {Sizes}", body.Html);
        Assert.Contains("width=\"1000\" height=\"500\"", body.Html);
        Assert.DoesNotContain("srcset", body.PrintHtml);
        Assert.DoesNotContain("sizes=", body.PrintHtml);
        Assert.Contains("<img src=\"/media/photo.jpg\" width=\"1000\" height=\"500\" alt=\"Photo\" />", body.PrintHtml);
        Assert.DoesNotContain("srcset", feed);
        Assert.Contains("src=\"https://example.org/media/photo.jpg\"", feed);
    }

    [Fact]
    public void VariantUrlsMoveUnderTheBasePathAndPicturesKeepTheirSitePaths()
    {
        var body = Render("![Photo](/media/photo.jpg \"Une légende\")\n\nEt encore ![la même](/media/photo.jpg) dans une phrase.", baseUrl: "https://user.github.io/repo/");

        Assert.Contains("<figure><img src=\"/repo/media/photo.jpg\"", body.Html);
        Assert.Equal(2, Occurrences.Of("srcset=\"/repo/media/photo.480.", body.Html));
        Assert.Equal(["/media/photo.jpg"], body.Pictures);
    }

    [Theory]
    [InlineData("![Animation](/media/anim.gif)")]
    [InlineData("![Logo](/media/logo.svg)")]
    [InlineData("![Ailleurs](https://example.org/photo.jpg)")]
    [InlineData("![Absente](/media/none.jpg)")]
    [InlineData("<img src=\"/media/anim.gif\" alt=\"Animation\">")]
    public void PicturesWithoutVariantsKeepThePlainImg(string markdown)
    {
        var body = Render(markdown);

        Assert.DoesNotContain("srcset", body.Html);
        Assert.DoesNotContain("sizes=", body.Html);
        Assert.Empty(body.Pictures);
    }

    [Fact]
    public void ARawHtmlPictureGetsTheSameTreatmentOnTheWebOnly()
    {
        var variants = new ImageSizes(_media).Responsive("/media/photo.jpg")!;

        var body = Render("Avant.\n\n<p class=\"photo\"><img src=\"/media/photo.jpg\" alt=\"Brute\"></p>\n\nEt <img src=\"/media/photo.jpg\" alt=\"En ligne\" width=\"100\" height=\"50\" loading=\"eager\"/> ici.", baseUrl: "https://user.github.io/repo/", leadImage: "/media/lead.jpg");

        Assert.Contains($"<img src=\"/repo/media/photo.jpg\" alt=\"Brute\" srcset=\"/repo/media/photo.480.{variants.Hash}.webp 480w, /repo/media/photo.800.{variants.Hash}.webp 800w, /repo/media/photo.1000.{variants.Hash}.webp 1000w\" {Sizes} width=\"1000\" height=\"500\" loading=\"lazy\">", body.Html);
        Assert.Contains($"<img src=\"/repo/media/photo.jpg\" alt=\"En ligne\" width=\"100\" height=\"50\" loading=\"eager\" srcset=\"/repo/media/photo.480.{variants.Hash}.webp 480w, /repo/media/photo.800.{variants.Hash}.webp 800w, /repo/media/photo.1000.{variants.Hash}.webp 1000w\" {Sizes} />", body.Html);
        Assert.Contains("<img src=\"/repo/media/photo.jpg\" alt=\"Brute\">", body.PrintHtml);
        Assert.DoesNotContain("srcset", body.PrintHtml);
        Assert.Equal(["/media/photo.jpg"], body.Pictures);
    }

    [Fact]
    public void AnAuthorsOwnSrcsetIsKept()
    {
        const string Raw = "<img src=\"/media/photo.jpg\" srcset=\"/media/photo.jpg 1000w\" sizes=\"50vw\" alt=\"À moi\">";

        var body = Render(Raw + "\n\n![Markdown](/media/photo.jpg){srcset=\"/media/photo.jpg 2x\"}");

        Assert.Contains(Raw, body.Html);
        Assert.Contains("srcset=\"/media/photo.jpg 2x\"", body.Html);
        Assert.DoesNotContain("webp", body.Html);
        Assert.Empty(body.Pictures);
    }

    [Fact]
    public void ARawPictureFirstInTheBodyIsTheOneThatLoadsAtOnce()
    {
        var body = Render("<img src=\"/media/photo.jpg\" alt=\"Première\">\n\n![Deuxième](/media/photo.jpg)");

        var second = body.Html.LastIndexOf("<img", StringComparison.Ordinal);
        Assert.DoesNotContain("loading=", body.Html[..second]);
        Assert.Contains("loading=\"lazy\"", body.Html[second..]);
        Assert.Contains("alt=\"Deuxième\"", body.Html[second..]);
    }

    [Fact]
    public void TheRecordedLookupsNoLongerHoldWhenThePicturesBytesChange()
    {
        var lookups = new RenderLookups();
        var body = Renderer(new ImageSizes(_media)).Render(Article("![Photo](/media/photo.jpg)\n\n<img src=\"/media/photo.jpg\" alt=\"Brute\">"), new DiagnosticBag(), lookups);
        var links = new SourceLinkMap(new Dictionary<string, string>());
        Assert.True(lookups.StillHold(new ImageSizes(_media), links));
        Assert.All(lookups.Images, i => Assert.Equal(new ImageSizes(_media).Responsive("/media/photo.jpg")!.Hash, i.Hash));

        // the same size, other pixels
        WriteJpeg("photo.jpg", 1000, 500, SKColors.Orange);

        Assert.False(lookups.StillHold(new ImageSizes(_media), links));
        Assert.Equal(["/media/photo.jpg"], body.Pictures);
    }

    public void Dispose() => Directory.Delete(_media, recursive: true);

    private void WriteJpeg(string name, int width, int height, SKColor color)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(color);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80);
        File.WriteAllBytes(Path.Combine(_media, name), data.ToArray());
    }

    private MarkdownRenderer Renderer(ImageSizes images, string baseUrl = "https://example.org/") =>
        new(new SourceLinkMap(new Dictionary<string, string>()), new UrlBuilder(new Uri(baseUrl)), images);

    private RenderedBody Render(string markdown, string baseUrl = "https://example.org/", string? leadImage = null, ImageSizes? images = null) =>
        Renderer(images ?? new ImageSizes(_media), baseUrl).Render(Article(markdown, leadImage), new DiagnosticBag());

    private static Article Article(string markdown, string? leadImage = null) => new()
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
    };
}
