using Site.Build;
using Site.TestSupport;
using SkiaSharp;

namespace Site.Preview.Tests;

/// <summary>The preview makes the responsive variants too, keeps them between rebuilds, and a replaced picture shows.</summary>
public sealed class PreviewImageTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly BuildSession _session = new();

    public PreviewImageTests()
    {
        _site.WriteInputBytes("media/photo.jpg", Jpeg(SKColors.Red));
        _site.Article("articles/2021/sommet.fr.md", "Le sommet", "2021-06-16T18:00:00+02:00", extra: "image: /media/photo.jpg\nimage_alt: Une photo\n");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void AReplacedPictureGetsNewVariantsAndTheOldOnesLeave()
    {
        var first = Build();
        Assert.Equal(BuildOutcome.Success, first.Outcome);
        Assert.Equal(3, first.ImageVariantsMade);
        var before = Variants();
        Assert.Equal(3, before.Length);

        var unchanged = Build();
        Assert.Equal(0, unchanged.ImageVariantsMade);
        Assert.Empty(_session.LastChanged);

        _site.WriteInputBytes("media/photo.jpg", Jpeg(SKColors.Blue));
        var replaced = Build();

        Assert.Equal(3, replaced.ImageVariantsMade);
        var after = Variants();
        Assert.Equal(3, after.Length);
        Assert.Empty(after.Intersect(before));
        Assert.All(after, name => Assert.Contains("media/" + name, _session.LastChanged));
        using var bitmap = SKBitmap.Decode(Path.Combine(_site.Output, "media", after.First(n => n.EndsWith(".webp", StringComparison.Ordinal))));
        Assert.True(bitmap.GetPixel(10, 10).Blue > 200);
    }

    private string[] Variants() => Directory.GetFiles(Path.Combine(_site.Output, "media"), "photo.*.*.*").Select(Path.GetFileName).Where(n => n!.Split('.').Length == 4).Order(StringComparer.Ordinal).ToArray()!;

    private BuildResult Build() => new SiteBuilder(TextWriter.Null).Build(
        new BuildOptions
        {
            InputDirectory = _site.Input,
            ThemeDirectory = _site.Theme,
            OutputDirectory = _site.Output,
            CacheDirectory = Path.Combine(_site.Root, "preview.cache"),
            Now = DateTimeOffset.Parse("2026-01-01T00:00:00Z"),
        },
        _session);

    private static byte[] Jpeg(SKColor colour)
    {
        using var surface = SKSurface.Create(new SKImageInfo(600, 400));
        surface.Canvas.Clear(colour);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }
}
