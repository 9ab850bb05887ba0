namespace Site.Checks.Tests;

public sealed class PageScannerTests
{
    [Fact]
    public void KeepsEveryReferenceWithItsElementAttributeAndPosition()
    {
        // given
        const string html = """
            <!doctype html>
            <html><head>
            <link rel="stylesheet" href="/a.css"><link rel="preconnect" href="https://fonts.example">
            <meta property="og:image" content="/og.jpg"><meta name="twitter:image" content="/tw.jpg">
            <meta name="description" content="/not-a-url">
            </head><body>
            <a href="/a">a</a><area href="/area"><img src="/i.jpg" srcset="/i1.jpg 1x, /i2.jpg 2x" alt="">
            <picture><source srcset="/p.webp"><source src="/p.jpg"></picture>
            <video src="/v.mp4" poster="/poster.jpg"><source src="/v.webm"></video>
            <audio src="/a.mp3"></audio><script src="/s.js"></script><iframe src="/f/"></iframe>
            <svg><a href="/svg-link"></a></svg>
            """;

        // when
        PageScan scan = PageScanner.Scan("fr/index.html", html);

        // then
        Assert.Equal(
            [
                "link href /a.css link 3:1", "meta content /og.jpg image 4:1", "meta content /tw.jpg image 4:45",
                "a href /a link 7:1", "area href /area link 7:19", "img src /i.jpg image 7:38",
                "img srcset /i1.jpg image 7:38", "img srcset /i2.jpg image 7:38",
                "source srcset /p.webp image 8:10", "source src /p.jpg image 8:35",
                "video src /v.mp4 link 9:1", "video poster /poster.jpg image 9:1", "source src /v.webm link 9:42",
                "audio src /a.mp3 link 10:1", "script src /s.js link 10:29", "iframe src /f/ link 10:58",
            ],
            scan.References.Select(r => $"{r.Element} {r.Attribute} {r.Value} {(r.IsImage ? "image" : "link")} {r.Line}:{r.Column}"));
    }

    [Fact]
    public void CollectsIdsAndAnchorNamesAsFragmentTargets()
    {
        PageScan scan = PageScanner.Scan(
            "index.html",
            "<h2 id=\"Été\">x</h2><a name=\"notes\"></a><svg><g id=\"icon\"></g></svg><p name=\"not-an-anchor\"></p>");

        Assert.Equal(["icon", "notes", "Été"], scan.Anchors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void KeepsTheFirstBaseHref()
    {
        PageScan scan = PageScanner.Scan("index.html", "<head><base target=\"_top\"><base href=\"/fr/\"><base href=\"/en/\">");

        Assert.Equal("/fr/", scan.BaseHref);
    }

    [Fact]
    public void DecodesCharacterReferencesInValues()
    {
        PageScan scan = PageScanner.Scan("index.html", "<a href=\"/tags/?a=1&amp;b=caf&eacute;\">x</a>");

        Assert.Equal("/tags/?a=1&b=café", Assert.Single(scan.References).Value);
    }

    [Fact]
    public void ListsImagesWithoutAltButNotThoseWithAnEmptyOne()
    {
        PageScan scan = PageScanner.Scan("index.html", "<img src=\"/a.jpg\" alt=\"\"><img src=\"/b.jpg\"><img srcset=\"/c.jpg\">");

        Assert.Equal(["/b.jpg", ""], scan.ImagesWithoutAlt.Select(image => image.Value));
    }

    [Fact]
    public void CountsColumnsBeyondSixteenBitsOnMinifiedPages()
    {
        // AngleSharp's own column is a 16-bit number; a minified page has one very long line.
        string html = "<p>" + new string('x', 70_000) + "<a href=\"/a\">a</a>";

        PageReference reference = Assert.Single(PageScanner.Scan("index.html", html).References);

        Assert.Equal((1, 70_004), (reference.Line, reference.Column));
    }

    [Fact]
    public void CountsLinesOfWindowsLineEndings()
    {
        PageReference reference = Assert.Single(PageScanner.Scan("index.html", "<p>\r\n\r\n  <a href=\"/a\">a</a>").References);

        Assert.Equal((3, 3), (reference.Line, reference.Column));
    }

    [Fact]
    public void WritesThePagePathWithForwardSlashes()
    {
        Assert.Equal("fr/tags/index.html", PageScanner.Scan("fr\\tags\\index.html", "").Path);
    }

    [Fact]
    public void ScansPagesInParallelSafely()
    {
        string[] paths = [.. Enumerable.Range(0, 200).Select(i => $"p{i}.html")];

        PageScan[] scans = [.. paths.AsParallel().Select(path => PageScanner.Scan(path, $"<a href=\"/{path}\" id=\"{path}\"></a>"))];

        Assert.All(scans, scan => Assert.Equal("/" + scan.Path, Assert.Single(scan.References).Value));
        Assert.All(scans, scan => Assert.Contains(scan.Path, scan.Anchors));
    }
}
