using Site.Core.Diagnostics;
using Site.Core.Site;
using Site.TestSupport;
using SkiaSharp;

namespace Site.Build.Tests.Images;

/// <summary>
/// The "make images" step: the WebP widths and the og:image crop of every lead and body picture, made once into the
/// build cache, reused, pruned, published as rows of the plan; bad pictures are located errors or pass through.
/// </summary>
public sealed class ImageVariantTests : IDisposable
{
    private readonly TestSite _site = new();

    private string Cache => Path.Combine(_site.Root, ".site-cache");

    private string CachedImages => Path.Combine(Cache, "images");

    public void Dispose() => _site.Dispose();

    private void Lead(string article, string image, string date = "2021-06-16T18:00:00+02:00") =>
        _site.Article($"articles/2021/{article}.fr.md", $"Article {article}", date, extra: $"image: {image}\nimage_alt: Une photo\n");

    private BuildResult Build(bool cache = true, string? output = null) => new SiteBuilder(TextWriter.Null).Build(new BuildOptions
    {
        InputDirectory = _site.Input,
        ThemeDirectory = _site.Theme,
        OutputDirectory = output ?? _site.Output,
        CacheDirectory = cache ? Cache : null,
        Now = Builds.Now,
    });

    private string[] OutputVariants(string stem) => Directory.GetFiles(Path.Combine(_site.Output, "media"), stem + ".*.*")
        .Select(Path.GetFileName).Where(n => n!.Split('.').Length == 4).Order(StringComparer.Ordinal).ToArray()!;

    private static void Succeeded(BuildResult result) =>
        Assert.True(result.Outcome == BuildOutcome.Success, string.Join('\n', result.Diagnostics.Select(d => d.ToString())));

    [Fact]
    public void APictureGetsItsWebpWidthsNoneWiderThanItselfAndTheSocialCrop()
    {
        _site.WriteInputBytes("media/photo.jpg", TestImages.Halves(1000, 600));
        Lead("a", "/media/photo.jpg");

        var result = Build();

        Succeeded(result);
        Assert.Equal(4, result.ImageVariantsMade);
        var variants = OutputVariants("photo");
        Assert.Equal(4, variants.Length);
        var webp = variants.Where(n => n.EndsWith(".webp", StringComparison.Ordinal))
            .Select(n => TestImages.Read(Path.Combine(_site.Output, "media", n)))
            .OrderBy(v => v.Width)
            .ToList();
        Assert.All(webp, v => Assert.Equal(SKEncodedImageFormat.Webp, v.Format));
        Assert.Equal([(480, 288), (800, 480), (1000, 600)], webp.Select(v => (v.Width, v.Height)));
        var social = Assert.Single(variants, n => n.Contains(".og.", StringComparison.Ordinal));
        Assert.Equal((SKEncodedImageFormat.Jpeg, 1000, 525), TestImages.Read(Path.Combine(_site.Output, "media", social)));
        Assert.True(_site.OutputExists("media/photo.jpg"), "the original is published too");
    }

    [Fact]
    public void ALargePictureGetsEveryWidthAndA1200By630JpegCrop()
    {
        _site.WriteInputBytes("media/grande.jpg", TestImages.Halves(2400, 1600));
        Lead("a", "/media/grande.jpg");

        Succeeded(Build());

        var files = OutputVariants("grande");
        Assert.Equal(["480", "800", "1200", "1600"], files.Where(n => n.EndsWith(".webp", StringComparison.Ordinal)).Select(n => n.Split('.')[1]).OrderBy(int.Parse));
        var social = Assert.Single(files, n => n.EndsWith(".jpg", StringComparison.Ordinal));
        Assert.Matches(@"^grande\.og\.[0-9a-f]{12}\.jpg$", social);
        var path = Path.Combine(_site.Output, "media", social);
        Assert.Equal((SKEncodedImageFormat.Jpeg, 1200, 630), TestImages.Read(path));
        // Cover: the centre of the picture, so the red left half and the blue right half both show.
        Assert.True(TestImages.PixelAt(path, 100, 315).Red > 200);
        Assert.True(TestImages.PixelAt(path, 1100, 315).Blue > 200);
    }

    [Fact]
    public void TheExifOrientationIsAppliedAsBrowsersShowIt()
    {
        // Stored 400×200, left red and right blue; orientation 6 shows it turned a quarter clockwise: 200×400, red on top.
        _site.WriteInputBytes("media/tournee.jpg", TestImages.WithOrientation(TestImages.Halves(400, 200), 6));
        Lead("a", "/media/tournee.jpg");

        Succeeded(Build());

        var path = Path.Combine(_site.Output, "media", Assert.Single(OutputVariants("tournee"), n => n.Contains(".200.", StringComparison.Ordinal)));
        Assert.Equal((SKEncodedImageFormat.Webp, 200, 400), TestImages.Read(path));
        Assert.True(TestImages.PixelAt(path, 100, 50).Red > 200);
        Assert.True(TestImages.PixelAt(path, 100, 350).Blue > 200);
    }

    [Fact]
    public void ASecondBuildMakesNoVariant()
    {
        _site.WriteInputBytes("media/photo.jpg", TestImages.Halves(1000, 600));
        _site.WriteInputBytes("media/autre.png", TestImages.Halves(600, 400, SKEncodedImageFormat.Png));
        Lead("a", "/media/photo.jpg");
        Lead("b", "/media/autre.png");
        Succeeded(Build());
        var first = _site.OutputHashes();

        var second = Build();

        Succeeded(second);
        Assert.Equal(0, second.ImageVariantsMade);
        Assert.Equal(7, second.ImageVariantsReused);
        Assert.Equal(first, _site.OutputHashes());
    }

    [Fact]
    public void AChangedPictureMakesOnlyItsOwnVariantsAndTheOldOnesArePruned()
    {
        _site.WriteInputBytes("media/photo.jpg", TestImages.Halves(1000, 600));
        _site.WriteInputBytes("media/autre.png", TestImages.Halves(600, 400, SKEncodedImageFormat.Png));
        Lead("a", "/media/photo.jpg");
        Lead("b", "/media/autre.png");
        Succeeded(Build());
        var old = OutputVariants("photo");

        _site.WriteInputBytes("media/photo.jpg", TestImages.Halves(900, 600));
        var second = Build();

        Succeeded(second);
        Assert.Equal(4, second.ImageVariantsMade);
        Assert.Equal(3, second.ImageVariantsReused);
        var now = OutputVariants("photo");
        Assert.Empty(now.Intersect(old));
        Assert.Contains(now, n => n.StartsWith("photo.900.", StringComparison.Ordinal));
        var cached = Directory.GetFiles(CachedImages, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.Equal(7, cached.Count);
        Assert.Empty(cached.Intersect(old));
    }

    [Fact]
    public void ADamagedFileInTheCacheIsMadeAgain()
    {
        _site.WriteInputBytes("media/photo.jpg", TestImages.Halves(1000, 600));
        Lead("a", "/media/photo.jpg");
        Succeeded(Build());
        var kept = Directory.GetFiles(CachedImages, "photo.800.*", SearchOption.AllDirectories).Single();
        File.WriteAllBytes(kept, File.ReadAllBytes(kept)[..100]);

        var second = Build();

        Succeeded(second);
        Assert.Equal(1, second.ImageVariantsMade);
        Assert.Equal((SKEncodedImageFormat.Webp, 800, 480), TestImages.Read(Path.Combine(_site.Output, "media", Path.GetFileName(kept))));
    }

    [Fact]
    public async Task ANamedPipeInTheCacheIsMadeAgainInsteadOfWaitedOn()
    {
        // A net for a hang, not a speed requirement: opening a pipe to read waits for a writer for ever.
        using var safetyNet = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        _site.WriteInputBytes("media/photo.jpg", TestImages.Halves(1000, 600));
        Lead("a", "/media/photo.jpg");
        Succeeded(Build());
        var kept = Directory.GetFiles(CachedImages, "photo.800.*", SearchOption.AllDirectories).Single();
        File.Delete(kept);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [kept]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var second = await Task.Run(() => Build()).WaitAsync(safetyNet.Token);

        Succeeded(second);
        Assert.Equal(1, second.ImageVariantsMade);
        Assert.Equal((SKEncodedImageFormat.Webp, 800, 480), TestImages.Read(Path.Combine(_site.Output, "media", Path.GetFileName(kept))));
    }

    [Fact]
    public void WithoutACacheTheVariantsAreStillPublished()
    {
        _site.WriteInputBytes("media/photo.jpg", TestImages.Halves(1000, 600));
        Lead("a", "/media/photo.jpg");

        var result = Build(cache: false);

        Succeeded(result);
        Assert.Equal(4, OutputVariants("photo").Length);
        Assert.False(Directory.Exists(Cache));
        Assert.Equal(4, Build(cache: false).ImageVariantsMade);
    }

    [Fact]
    public void BodyPicturesCountWithLeadImagesEachOnceAtTheFirstLineThatNamesThem()
    {
        var lead = Entry("a", "image: /media/photo.jpg", "Un paragraphe.\n", []);
        var body = Entry("b", null, "Un paragraphe.\n\n![Corps](/media/corps.png)\n", ["/media/corps.png", "/media/photo.jpg?v=2", "https://example.org/x.jpg"]);

        var uses = Site.Build.Images.PictureUses.Of([body, lead]);

        Assert.Equal(["/media/photo.jpg", "/media/corps.png"], uses.Keys);
        Assert.Equal(new SourceLocation("articles/2021/b.fr.md", 8, 10), uses["/media/corps.png"]);
    }

    private static Entry Entry(string name, string? image, string text, IReadOnlyList<string> pictures)
    {
        var article = new Site.Core.Model.Article
        {
            SourcePath = $"articles/2021/{name}.fr.md",
            Kind = Site.Core.Model.ContentKind.Article,
            Language = "fr",
            Name = name,
            Title = name,
            Date = Builds.Now,
            Slug = name,
            Image = image?["image: ".Length..],
            Body = text,
            BodyLine = 6,
        };
        return new Entry(article, $"fr/2021/06/{name}/", new RenderedBody("", "", "") { Pictures = pictures }, null);
    }

    [Theory]
    [InlineData("vide")]
    [InlineData("texte")]
    [InlineData("coupee")]
    public void APictureThatCannotBeDecodedIsALocatedErrorAndThePreviousOutputStays(string kind)
    {
        _site.WriteInputBytes("media/photo.jpg", TestImages.Halves(1000, 600));
        Lead("a", "/media/photo.jpg");
        Succeeded(Build());
        var before = _site.OutputHashes();

        var full = TestImages.Halves(1000, 600);
        _site.WriteInputBytes("media/photo.jpg", kind switch
        {
            "vide" => [],
            "texte" => "<html>not a picture</html>"u8.ToArray(),
            _ => full[..(full.Length / 2)],
        });
        var result = Build();

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCode.ImageUndecodable);
        Assert.Equal("articles/2021/a.fr.md", error.File);
        Assert.True(error.Line > 1);
        Assert.Contains("media/photo.jpg cannot be decoded", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, _site.OutputHashes());
    }

    [Fact]
    public void APictureAboveThePixelLimitIsRefusedNamingTheLimit()
    {
        _site.WriteInputBytes("media/immense.png", TestImages.PngHeader(20_000, 20_000));
        Lead("a", "/media/immense.png");

        var result = Build();

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCode.ImageTooLarge);
        Assert.Contains("20000×20000", error.Message, StringComparison.Ordinal);
        Assert.Contains("50 million", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APictureWhoseExtensionLiesGetsItsVariantsFromItsRealFormatAndAWarning()
    {
        _site.WriteInputBytes("media/menteuse.jpg", TestImages.Halves(600, 400, SKEncodedImageFormat.Png));
        Lead("a", "/media/menteuse.jpg");

        var result = Build();

        Succeeded(result);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCode.ImageExtensionMismatch);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("a PNG file named .jpg", warning.Message, StringComparison.Ordinal);
        Assert.Equal(3, OutputVariants("menteuse").Length);
    }

    [Fact]
    public void ACmykJpegGetsVariantsInSaneColours()
    {
        // Red ink on paper: no cyan, full magenta and yellow, no black.
        _site.WriteInputBytes("media/cmjn.jpg", TestImages.CmykJpeg(0, 100, 100, 0));
        Lead("a", "/media/cmjn.jpg");

        Succeeded(Build());

        var path = Path.Combine(_site.Output, "media", Assert.Single(OutputVariants("cmjn"), n => n.EndsWith(".webp", StringComparison.Ordinal)));
        Assert.Equal((SKEncodedImageFormat.Webp, 8, 8), TestImages.Read(path));
        var pixel = TestImages.PixelAt(path, 4, 4);
        Assert.True(pixel.Red > 200 && pixel.Green < 60 && pixel.Blue < 60, $"red ink came out as {pixel}");
    }

    [Fact]
    public void AnAnimatedGifAndAnSvgAreCopiedAsTheyAreWithNoVariants()
    {
        _site.WriteInputBytes("media/anime.gif", TestImages.AnimatedGif());
        _site.WriteInput("media/carte.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 150\"><rect width=\"300\" height=\"150\"/></svg>");
        Lead("a", "/media/anime.gif");
        Lead("b", "/media/carte.svg", "2021-06-17T18:00:00+02:00");

        var result = Build();

        Succeeded(result);
        Assert.Equal(0, result.ImageVariantsMade);
        Assert.Equal(["anime.gif", "carte.svg"], Directory.GetFiles(Path.Combine(_site.Output, "media")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("width=\"300\" height=\"150\"", _site.ReadOutput("fr/2021/06/b/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoBuildsAtOnceWithOneCacheBothEndWithTheVariants()
    {
        _site.WriteInputBytes("media/photo.jpg", TestImages.Halves(1600, 900));
        Lead("a", "/media/photo.jpg");

        var results = new BuildResult[2];
        Parallel.For(0, 2, i => results[i] = Build());

        Assert.All(results, Succeeded);
        Assert.Equal(5, results.Sum(r => r.ImageVariantsMade) - results.Min(r => r.ImageVariantsMade));
        Assert.Equal(5, OutputVariants("photo").Length);
        Assert.All(OutputVariants("photo"), n => Assert.NotEqual(default, TestImages.Read(Path.Combine(_site.Output, "media", n)).Format));
    }
}
