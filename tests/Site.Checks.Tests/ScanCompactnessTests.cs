namespace Site.Checks.Tests;

/// <summary>Scans of a whole site are kept until the check: they share their strings and keep references packed.</summary>
public sealed class ScanCompactnessTests
{
    private const string Page = """
        <!doctype html>
        <html lang="fr"><head><title>T</title><link rel="stylesheet" href="/site.css">
        <link rel="alternate" hreflang="en" href="https://example.org/en/"></head>
        <body><a href="/fr/tags/russie/" id="top">Russie</a>
        <img src="/media/a.png" srcset="/media/a.480.webp 480w, /media/a.800.webp 800w" alt="">
        <video src="/media/v.mp4" poster="/media/p.jpg"></video>
        <a href="#top">haut</a></body></html>
        """;

    [Fact]
    public void TwoPagesShareTheStringsOfTheirUrlsAndIds()
    {
        var strings = new ScanStrings();

        var first = PageScanner.Scan("fr/a/index.html", Page, strings);
        var second = PageScanner.Scan("fr/b/index.html", Page, strings);

        Assert.Same(first.References[1].Value, second.References[1].Value);
        Assert.Same(first.Anchors.Single(), second.Anchors.Single());
        Assert.Same(first.Head!.Alternates[0].Link.Value, second.Head!.Alternates[0].Link.Value);
    }

    [Fact]
    public void PackedReferencesReadBackAsCollected()
    {
        var scan = PageScanner.Scan("fr/a/index.html", Page, new ScanStrings());

        Assert.Equal(
            [
                new PageReference("link", "href", "/site.css", 2, 39, IsImage: false),
                new PageReference("a", "href", "/fr/tags/russie/", 4, 7, IsImage: false),
                new PageReference("img", "src", "/media/a.png", 5, 1, IsImage: true),
                new PageReference("img", "srcset", "/media/a.480.webp", 5, 1, IsImage: true),
                new PageReference("img", "srcset", "/media/a.800.webp", 5, 1, IsImage: true),
                new PageReference("video", "src", "/media/v.mp4", 6, 1, IsImage: false),
                new PageReference("video", "poster", "/media/p.jpg", 6, 1, IsImage: true),
                new PageReference("a", "href", "#top", 7, 1, IsImage: false),
            ],
            scan.References);
        Assert.Equal(scan.References.ToList(), Enumerable.Range(0, scan.References.Count).Select(i => scan.References[i]));
    }

    [Fact]
    public void AScanWithoutSharedStringsIsTheSame()
    {
        var shared = PageScanner.Scan("fr/a/index.html", Page, new ScanStrings());
        var alone = PageScanner.Scan("fr/a/index.html", Page);

        Assert.Equal(shared.References, alone.References);
        Assert.Equal(shared.Anchors, alone.Anchors);
    }
}
