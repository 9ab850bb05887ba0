using Site.Build.Caching;
using Site.Build.Plan;
using Site.Content.Markdown;
using Site.Core.Model;
using Site.Core.Site;
using Site.TestSupport;
using SkiaSharp;

namespace Site.Build.Tests;

/// <summary>Rendered bodies kept on disk between builds: reused while everything they were made from is the same.</summary>
public sealed class BodyCacheTests : IDisposable
{
    private readonly TestSite _site = Builds.Bilingual();

    private string Cache => Path.Combine(_site.Root, ".site-cache");

    [Fact]
    public void ASecondBuildRendersNoBody()
    {
        var first = Build();
        var second = Build();

        Assert.Equal(BuildOutcome.Success, first.Outcome);
        Assert.Equal(7, first.RenderedBodies);
        Assert.Equal(BuildOutcome.Success, second.Outcome);
        Assert.Equal(0, second.RenderedBodies);
    }

    [Fact]
    public void BodiesFromTheCacheMakeTheSameSite()
    {
        Build(cache: null);
        var rendered = _site.OutputHashes();
        Build();
        Build();

        Assert.Equal(rendered, _site.OutputHashes());
    }

    [Fact]
    public void AnEditedArticleIsTheOnlyOneRenderedAgain()
    {
        Build();
        _site.Article("articles/2021/poutine.en.md", "Putin in Geneva", "2021-06-16T18:00:00+02:00", body: "The summit took place, then ended.\n", extra: "tags: [Vladimir Putin]\n");

        var second = Build();

        Assert.Equal(1, second.RenderedBodies);
        Assert.Contains("then ended.", _site.ReadOutput("en/2021/06/poutine/index.html"));
    }

    [Fact]
    public void ANewArticleLeavesTheOthersInTheCache()
    {
        Build();
        _site.Article("articles/2022/nouveau.fr.md", "Un nouvel article", "2022-03-21T09:00:00+01:00");

        Assert.Equal(1, Build().RenderedBodies);
    }

    [Fact]
    public void AnotherBaseUrlRendersEveryBody()
    {
        Build();

        var second = Build(baseUrl: new Uri("https://example.org/journal/"));

        Assert.Equal(7, second.RenderedBodies);
        Assert.Contains("href=\"/journal/fr/2020/12/vaccins/\"", _site.ReadOutput("fr/2021/06/poutine/index.html"));
    }

    [Fact]
    public void AResizedImageRendersTheBodiesThatShowIt()
    {
        _site.Article("articles/2022/carte.fr.md", "La carte", "2022-03-21T09:00:00+01:00", body: "![La carte](/media/carte.png)\n");
        _site.WriteInputBytes("media/carte.png", Png.OnePixel);
        Build();

        _site.WriteInputBytes("media/carte.png", PngOfSize(2, 3));
        var second = Build();

        Assert.Equal(1, second.RenderedBodies);
        Assert.Contains("width=\"2\" height=\"3\"", _site.ReadOutput("fr/2022/03/carte/index.html"));
    }

    [Fact]
    public void APictureWithOtherBytesOfTheSameSizeRendersTheBodiesThatShowIt()
    {
        _site.Article("articles/2022/carte.fr.md", "La carte", "2022-03-21T09:00:00+01:00", body: "![La carte](/media/carte.png)\n");
        _site.WriteInputBytes("media/carte.png", PngOfSize(2, 3));
        Build();
        var before = _site.ReadOutput("fr/2022/03/carte/index.html");

        _site.WriteInputBytes("media/carte.png", PngOfSize(2, 3, SKColors.Red));
        var second = Build();

        // The variants are named by the hash of the bytes: the body must name the new ones.
        var hash = new Site.Content.Media.ImageSizes(Path.Combine(_site.Input, "media")).Responsive("/media/carte.png")!.Hash;
        Assert.Equal(BuildOutcome.Success, second.Outcome);
        Assert.Equal(1, second.RenderedBodies);
        Assert.DoesNotContain(hash, before);
        Assert.Contains($"srcset=\"/media/carte.2.{hash}.webp 2w\"", _site.ReadOutput("fr/2022/03/carte/index.html"));
    }

    [Fact]
    public void AStoredBodyKeepsItsPicturesAndTheHashesItWasRenderedWith()
    {
        var body = new RenderedBody("<p>web</p>", "<p>print</p>", "résumé") { Pictures = ["/media/a.jpg", "/media/b c.png"] };
        var lookups = new RenderLookups([new ImageLookup("/media/a.jpg", new ImageSize(4, 3), "0123456789ab"), new ImageLookup("/media/x.svg", null)], [new LinkLookup("a.md", null)]);
        new BodyStore(Cache).Keep(new Hash128(42, 0), body, lookups);

        var found = new BodyStore(Cache).Find(new Hash128(42, 0));

        Assert.NotNull(found);
        Assert.Equal(["/media/a.jpg", "/media/b c.png"], found.Value.Body.Pictures);
        Assert.Equal(lookups.Images, found.Value.Lookups.Images);
        Assert.Equal(lookups.Links, found.Value.Lookups.Links);
    }

    [Fact]
    public void ABodyInTheIndexIsReadFromItsFileWhenPrintedAndMadeAgainWhenTheFileIsGone()
    {
        var body = new RenderedBody("<p>web é</p>", "<p>print</p>", "résumé") { Pictures = ["/media/a.jpg"] };
        var lookups = new RenderLookups([new ImageLookup("/media/a.jpg", new ImageSize(4, 3), "0123456789ab")], [new LinkLookup("a.md", "fr/a/")]);
        var first = new BodyStore(Cache);
        var id = first.Keep(new Hash128(42, 0), body, lookups);
        first.Prune();
        var renders = 0;
        (RenderedBody, RenderLookups) Render()
        {
            renders++;
            return (new RenderedBody("<p>again</p>", "<p>print again</p>", "résumé"), lookups);
        }

        var found = new BodyStore(Cache).Find(new Hash128(42, 0), Render);

        Assert.NotNull(found);
        Assert.False(found.Value.Body.HoldsHtml);
        Assert.Equal(id, found.Value.Id);
        Assert.Equal("résumé", found.Value.Body.Summary);
        Assert.Equal(["/media/a.jpg"], found.Value.Body.Pictures);
        Assert.Equal(lookups.Images, found.Value.Lookups.Images);
        Assert.Equal(lookups.Links, found.Value.Lookups.Links);
        Assert.Equal("<p>web é</p>", found.Value.Body.Html);
        Assert.Equal("<p>print</p>", found.Value.Body.PrintHtml);
        Assert.Equal(0, renders);

        foreach (var file in Directory.EnumerateFiles(Path.Combine(Cache, "bodies"), "*.body", SearchOption.AllDirectories))
        {
            File.Delete(file);
        }

        Assert.Equal("<p>again</p>", found.Value.Body.Html);
        Assert.Equal(1, renders);
    }

    [Fact]
    public void AStoredBodysIdentityIsTheSameFoundOrRendered()
    {
        var body = new RenderedBody("<p>web</p>", "<p>print</p>", "résumé");
        var lookups = new RenderLookups();

        var id = new BodyStore(Cache).Keep(new Hash128(7, 0), body, lookups);

        Assert.Equal(BodyStore.IdOf(body, lookups), id);
        Assert.Equal(id, new BodyStore(Cache).Find(new Hash128(7, 0))!.Value.Id);
        Assert.NotEqual(id, BodyStore.IdOf(body with { Summary = "autre" }, lookups));
        Assert.NotEqual(id, BodyStore.IdOf(new RenderedBody("<p>web</p>", "<p>print.</p>", "résumé"), lookups));
    }

    /// <summary>A body's identity is the checksum of what the store keeps of it: a property it does not keep would go unseen.</summary>
    [Fact]
    public void TheStoreKeepsEveryPropertyOfARenderedBody() =>
        Assert.Equal(
            ["HoldsHtml", "Html", "Pictures", "PrintHtml", "Summary"],
            typeof(RenderedBody).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void AMovedLinkTargetRendersTheBodiesThatLinkToIt()
    {
        Build();
        _site.Article("articles/2020/vaccins.fr.md", "Les vaccins", "2020-12-10T09:00:00+01:00", category: "economie", body: "Un paragraphe.\n", extra: "tags: [Santé]\nslug: campagne-vaccins\n");

        var second = Build();

        // The body of the moved article does not depend on its own URL; the body that links to it does.
        Assert.Equal(1, second.RenderedBodies);
        Assert.Contains("href=\"/fr/2020/12/campagne-vaccins/\"", _site.ReadOutput("fr/2021/06/poutine/index.html"));
    }

    [Fact]
    public void ATemplateChangeReachesEveryPageWithCachedBodies()
    {
        Build();
        var layout = Path.Combine(_site.Theme, "layouts", "article.liquid");
        File.AppendAllText(layout, "\n<!-- version 2 -->\n");

        var second = Build();

        Assert.Equal(0, second.RenderedBodies);
        Assert.Contains("<!-- version 2 -->", _site.ReadOutput("fr/2020/12/vaccins/index.html"));
    }

    [Fact]
    public void DamagedCacheFilesAreRenderedAgain()
    {
        Build();
        var before = _site.OutputHashes();
        foreach (var file in Directory.EnumerateFiles(Cache, "*.body", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        }

        // Every page is made again (none carried over from the output), so every body is printed.
        Directory.Delete(_site.Output, recursive: true);
        var second = Build();

        Assert.Equal(BuildOutcome.Success, second.Outcome);
        Assert.Equal(7, second.RenderedBodies);
        Assert.Equal(before, _site.OutputHashes());
    }

    [Fact]
    public void BodiesNoLongerUsedAreDeleted()
    {
        Build();
        File.Delete(Path.Combine(_site.Input, "articles/2020/vaccins.fr.md"));
        _site.Article("articles/2021/poutine.fr.md", "Poutine à Genève", "2021-06-16T18:00:00+02:00", body: "Le sommet a eu lieu.\n", extra: "tags: [Vladimir Poutine, Russie]\nimage: /media/geneve.png\nimage_alt: Le lac de Genève\n");

        Assert.Equal(BuildOutcome.Success, Build().Outcome);

        Assert.Equal(6, Directory.EnumerateFiles(Cache, "*.body", SearchOption.AllDirectories).Count());
        Assert.Empty(Directory.EnumerateFiles(Cache, "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("input/cache")]
    [InlineData("theme/cache")]
    [InlineData("output")]
    [InlineData("output/cache")]
    [InlineData(".output.tmp")]
    [InlineData(".")]
    public void ACacheThatOverlapsTheSourcesOrTheOutputIsRefused(string folder)
    {
        var result = Build(cache: Path.GetFullPath(Path.Combine(_site.Root, folder)));

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.File == "--cache" && d.Message.Contains("overlaps", StringComparison.Ordinal));
    }

    public void Dispose() => _site.Dispose();

    private BuildResult Build(Uri? baseUrl = null, string? cache = "default") =>
        new SiteBuilder(TextWriter.Null).Build(new BuildOptions
        {
            InputDirectory = _site.Input,
            ThemeDirectory = _site.Theme,
            OutputDirectory = _site.Output,
            BaseUrl = baseUrl,
            CacheDirectory = cache == "default" ? Cache : cache,
            Now = Builds.Now,
        });

    private static byte[] PngOfSize(int width, int height, SKColor? color = null)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(color ?? SKColors.Transparent);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
