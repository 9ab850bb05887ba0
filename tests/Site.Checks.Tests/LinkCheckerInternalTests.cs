using Site.Checks.Tests.Support;

namespace Site.Checks.Tests;

/// <summary>One row per case: a page of the fixture site, the element it gains, its URL, the expected verdict.</summary>
public sealed class LinkCheckerInternalTests
{
    private const string Article = "fr/2021/09/x/index.html";

    [Theory]
    // Folders, files, relative paths
    [InlineData(Article, "a", "/fr/tags/", "ok")]
    [InlineData(Article, "a", "/fr/tags", "ok")]
    [InlineData(Article, "a", "/fr/tags/index.html", "ok")]
    [InlineData(Article, "a", "../../../tags/", "ok")]
    [InlineData(Article, "a", "./print/", "ok")]
    [InlineData(Article, "a", "print", "ok")]
    [InlineData(Article, "a", "/fr/2021/09/x/print", "ok")]
    [InlineData(Article, "a", "/", "ok")]
    [InlineData(Article, "a", "/404.html", "ok")]
    [InlineData(Article, "a", "/fr/nope/", "broken-link")]
    [InlineData(Article, "a", "/empty/", "broken-link")]
    [InlineData(Article, "a", "/empty", "broken-link")]
    [InlineData(Article, "a", "/empty/readme.txt", "ok")]
    [InlineData(Article, "a", "/fr/2021/09/y/", "broken-link")]
    [InlineData(Article, "a", "", "ok")]
    [InlineData(Article, "a", "  /fr/tags/  ", "ok")]
    // .. above the root stays at the root
    [InlineData(Article, "a", "../../../../../../../fr/tags/", "ok")]
    [InlineData("index.html", "a", "../fr/", "ok")]
    [InlineData("index.html", "a", "/../../fr/tags/", "ok")]
    [InlineData(Article, "a", "/media/%2e%2e/fr/tags/", "ok")]
    [InlineData("index.html", "a", "fr", "ok")]
    [InlineData("index.html", "a", "./fr/tags/", "ok")]
    // Case-sensitive names
    [InlineData(Article, "a", "/Fr/tags/", "broken-link")]
    [InlineData(Article, "img", "/media/upper.jpg", "broken-image")]
    [InlineData(Article, "img", "/media/Upper.JPG", "ok")]
    [InlineData(Article, "a", "/fr/tags/INDEX.html", "broken-link")]
    // Percent-encoding, character references, plus signs
    [InlineData(Article, "img", "/media/caf%C3%A9.jpg", "ok")]
    [InlineData(Article, "img", "/media/caf%c3%a9.jpg", "ok")]
    [InlineData(Article, "img", "/media/café.jpg", "ok")]
    [InlineData(Article, "img", "/media/caf&eacute;.jpg", "ok")]
    [InlineData(Article, "img", "/media/caf&#233;.jpg", "ok")]
    [InlineData(Article, "img", "/media/cafe%CC%81.jpg", "broken-image")]
    [InlineData(Article, "img", "/media/caf%E9.jpg", "broken-image")]
    [InlineData(Article, "img", "/media/a%20b.png", "ok")]
    [InlineData(Article, "img", "/media/a b.png", "ok")]
    [InlineData(Article, "img", "/media/a+b.png", "broken-image")]
    [InlineData(Article, "img", "/media/c+d.png", "ok")]
    [InlineData(Article, "img", "/media/c%2Bd.png", "ok")]
    [InlineData(Article, "img", "/media/c%20d.png", "broken-image")]
    // Query strings are not part of the file
    [InlineData(Article, "img", "/media/photo.jpg?v=3", "ok")]
    [InlineData(Article, "a", "/fr/tags/?page=2&amp;tri=date", "ok")]
    [InlineData(Article, "a", "/fr/tags?page=2", "ok")]
    [InlineData(Article, "a", "?page=2", "ok")]
    [InlineData(Article, "img", "/media/missing.jpg?v=3", "broken-image")]
    // The site's own host, absolute or protocol-relative
    [InlineData(Article, "a", "https://example.com/fr/tags/", "ok")]
    [InlineData(Article, "a", "HTTPS://EXAMPLE.COM/fr/tags/", "ok")]
    [InlineData(Article, "a", "http://example.com/fr/tags/", "ok")]
    [InlineData(Article, "a", "https://example.com:443/fr/tags/", "ok")]
    [InlineData(Article, "a", "https://example.com", "ok")]
    [InlineData(Article, "a", "https://example.com/fr/missing/", "broken-link")]
    [InlineData(Article, "a", "//example.com/fr/tags/", "ok")]
    [InlineData(Article, "a", "//Example.com/nope", "broken-link")]
    [InlineData(Article, "a", "https://", "broken-link")]
    // Fragments
    [InlineData(Article, "a", "#", "ok")]
    [InlineData(Article, "a", "#top", "ok")]
    [InlineData(Article, "a", "#TOP", "ok")]
    [InlineData(Article, "a", "#commentaires", "ok")]
    [InlineData(Article, "a", "#notes", "ok")]
    [InlineData(Article, "a", "#section", "broken-fragment")]
    [InlineData(Article, "a", "#nulle-part", "broken-fragment")]
    [InlineData(Article, "a", "/fr/tags/#liste", "ok")]
    [InlineData(Article, "a", "/fr/tags/#ancre", "ok")]
    [InlineData(Article, "a", "/fr/tags#ancre", "ok")]
    [InlineData(Article, "a", "/fr/tags/#Liste", "broken-fragment")]
    [InlineData(Article, "a", "/fr/tags/#absent", "broken-fragment")]
    [InlineData(Article, "a", "/fr/tags/#%C3%A9t%C3%A9", "ok")]
    [InlineData(Article, "a", "/fr/tags/#été", "ok")]
    [InlineData(Article, "a", "/fr/tags/index.html?x=1#liste", "ok")]
    [InlineData(Article, "a", "/fr/nope/#liste", "broken-link")]
    [InlineData(Article, "a", "/docs/manual.pdf#page=2", "ok")]
    [InlineData(Article, "img", "/media/photo.jpg#xywh=0,0,10,10", "ok")]
    [InlineData(Article, "a", "/fr/feed.xml#entry", "ok")]
    // <base href>: relative references, fragments included, resolve against it
    [InlineData("with-base/index.html", "a", "tags/", "ok")]
    [InlineData("with-base/index.html", "a", "2021/09/x/#commentaires", "ok")]
    [InlineData("with-base/index.html", "a", "index.html", "ok")]
    [InlineData("with-base/index.html", "a", "base.html", "broken-link")]
    [InlineData("with-base/index.html", "a", "#une", "ok")]
    [InlineData("with-base/index.html", "a", "#commentaires", "broken-fragment")]
    [InlineData("with-base/index.html", "a", "/with-base/", "ok")]
    [InlineData("external-base/index.html", "a", "missing.html", "ok")]
    [InlineData("external-base/index.html", "a", "/missing.html", "ok")]
    // Schemes that are not fetched, and external links (checked only in external mode)
    [InlineData(Article, "a", "mailto:redaction@example.com", "ok")]
    [InlineData(Article, "a", "MAILTO:redaction@example.com", "ok")]
    [InlineData(Article, "a", "tel:+33123456789", "ok")]
    [InlineData(Article, "a", "javascript:void(0)", "ok")]
    [InlineData(Article, "img", "data:image/png;base64,iVBORw0KGgo=", "ok")]
    [InlineData(Article, "a", "ftp://ftp.example.org/file.txt", "ok")]
    [InlineData(Article, "a", "https://other.example.org/missing", "ok")]
    [InlineData(Article, "a", "//cdn.example.net/lib.js", "ok")]
    [InlineData(Article, "a", "https://example.com.evil.org/nope", "ok")]
    // Every element the checks read
    [InlineData(Article, "area", "/fr/", "ok")]
    [InlineData(Article, "area", "/nope/", "broken-link")]
    [InlineData(Article, "link stylesheet", "/assets/site.css", "ok")]
    [InlineData(Article, "link stylesheet", "/assets/missing.css", "broken-link")]
    [InlineData(Article, "link icon", "/assets/icon.png", "ok")]
    [InlineData(Article, "link icon", "/favicon.ico", "broken-link")]
    [InlineData(Article, "link canonical", "https://example.com/fr/2021/09/x/", "ok")]
    // Canonical and hreflang links are judged as relations (RelationFixtureTests): their own kinds, not broken-link.
    [InlineData(Article, "link canonical", "https://example.com/fr/2021/09/y/", "broken-canonical")]
    [InlineData(Article, "link feed", "/fr/feed.xml", "ok")]
    [InlineData(Article, "link feed", "/en/feed.xml", "broken-link")]
    [InlineData(Article, "link preconnect", "/nope/", "ok")]
    [InlineData(Article, "script", "/assets/site.js", "ok")]
    [InlineData(Article, "script", "/assets/app.js", "broken-link")]
    [InlineData(Article, "img", "/media/photo.jpg", "ok")]
    [InlineData(Article, "img", "/media/missing.jpg", "broken-image")]
    [InlineData(Article, "img", "", "broken-image")]
    [InlineData(Article, "img without alt", "/media/photo.jpg", "missing-alt")]
    [InlineData(Article, "img without alt", "/media/missing.jpg", "broken-image,missing-alt")]
    [InlineData(Article, "img srcset", "/media/hero-480.jpg 480w, /media/hero-960.jpg 960w", "ok")]
    [InlineData(Article, "img srcset", "/media/hero-480.jpg 1x, /media/hero-1920.jpg 2x", "broken-image")]
    [InlineData(Article, "img srcset", "/media/hero-480.jpg", "ok")]
    [InlineData(Article, "img srcset", "/media/hero-480.jpg, /media/hero-960.jpg 2x", "ok")]
    [InlineData(Article, "img srcset", "/media/hero-480.jpg,/media/hero-960.jpg 2x", "broken-image")]
    [InlineData(Article, "img srcset", "/media/hero-480.jpg 480w, /media/hero.800.0123456789ab.webp 800w", "broken-image")]
    [InlineData(Article, "img srcset", "/media/hero.480.0123456789ab.webp 480w, /media/hero-960.jpg 960w", "broken-image")]
    [InlineData(Article, "picture source", "/media/hero.webp", "ok")]
    [InlineData(Article, "picture source", "/media/hero.avif", "broken-image")]
    [InlineData(Article, "picture source", "/media/hero.webp 1x, /media/hero@2x.webp 2x", "broken-image")]
    [InlineData(Article, "video source", "/media/video.mp4", "ok")]
    [InlineData(Article, "video source", "/media/clip.webm", "broken-link")]
    [InlineData(Article, "video", "/media/video.mp4", "ok")]
    [InlineData(Article, "video", "/media/missing.mp4", "broken-link")]
    [InlineData(Article, "video poster", "/media/poster.jpg", "ok")]
    [InlineData(Article, "video poster", "/media/missing.jpg", "broken-image")]
    [InlineData(Article, "audio", "/media/audio.mp3", "ok")]
    [InlineData(Article, "audio", "/media/missing.mp3", "broken-link")]
    [InlineData(Article, "iframe", "/fr/2021/09/x/print/", "ok")]
    [InlineData(Article, "iframe", "/fr/embed/", "broken-link")]
    [InlineData(Article, "og:image", "https://example.com/media/photo.jpg", "ok")]
    [InlineData(Article, "og:image", "https://example.com/media/missing.jpg", "broken-image")]
    [InlineData(Article, "twitter:image", "/media/photo.jpg", "ok")]
    [InlineData(Article, "twitter:image", "/media/missing.jpg", "broken-image")]
    [InlineData("index.html", "meta refresh", "/fr/", "ok")]
    [InlineData("index.html", "meta refresh", "/de/", "broken-link")]
    public void JudgesEachReferenceAsABrowserWould(string page, string element, string url, string expected)
    {
        // given a fixture site whose page carries the case's element
        string markup = CaseMarkup.For(element, url);

        // when it is checked
        IReadOnlyList<Finding> findings = FixtureSite.Check(FixtureSite.BaseUrl, page, markup);

        // then the page (and only it) has the expected verdict
        Assert.Equal(expected, Verdict(findings));
        Assert.All(findings, finding => Assert.Equal(page, finding.Page));
    }

    [Theory]
    [InlineData("fr/index.html", "a", "/repo/fr/tags/", "ok")]
    [InlineData("fr/index.html", "a", "/repo/fr/tags", "ok")]
    [InlineData("fr/index.html", "a", "tags/", "ok")]
    [InlineData("fr/index.html", "a", "../", "ok")]
    [InlineData("fr/index.html", "a", "/repo", "ok")]
    [InlineData("fr/index.html", "a", "/repo/", "ok")]
    [InlineData("fr/index.html", "a", "/fr/tags/", "broken-link")]
    [InlineData("fr/index.html", "a", "../../", "broken-link")]
    [InlineData("fr/index.html", "a", "/Repo/fr/", "broken-link")]
    [InlineData("fr/index.html", "a", "/repository/fr/", "broken-link")]
    [InlineData("fr/index.html", "img", "https://user.github.io/repo/media/photo.jpg", "ok")]
    [InlineData("fr/index.html", "img", "https://USER.github.io/repo/media/photo.jpg", "ok")]
    [InlineData("fr/index.html", "img", "https://user.github.io/media/photo.jpg", "broken-image")]
    [InlineData("fr/index.html", "a", "https://user.github.io/other/", "broken-link")]
    [InlineData("fr/index.html", "a", "//user.github.io/repo/fr/#une", "ok")]
    [InlineData("fr/index.html", "a", "/repo/fr/tags/#absent", "broken-fragment")]
    [InlineData("with-base/index.html", "a", "/repo/fr/", "ok")]
    [InlineData("fr/index.html", "a", "https://user2.github.io/repo/missing", "ok")]
    public void JudgesReferencesOfASiteServedUnderAPath(string page, string element, string url, string expected)
    {
        // given a site whose baseUrl is https://user.github.io/repo/
        string markup = CaseMarkup.For(element, url);

        // when it is checked
        IReadOnlyList<Finding> findings = FixtureSite.Check(FixtureSite.ProjectBaseUrl, page, markup);

        // then
        Assert.Equal(expected, Verdict(findings));
    }

    [Fact]
    public void LeavesTheFixtureSiteItselfClean()
    {
        Assert.Empty(FixtureSite.Check(FixtureSite.BaseUrl));
        Assert.Empty(FixtureSite.Check(FixtureSite.ProjectBaseUrl));
    }

    [Fact]
    public void JudgesAUrlSharedByManyPagesOnEachOfThem()
    {
        // given three pages scanned together (so they share one copy of each URL), the third with a base elsewhere
        var strings = new ScanStrings();
        string links = "<a href=\"/missing/\">x</a><a href=\"/b/\">y</a>";
        PageScan[] scans =
        [
            PageScanner.Scan("a/index.html", FixtureSite.Document("", links, "A"), strings),
            PageScanner.Scan("b/index.html", FixtureSite.Document("", links, "B"), strings),
            PageScanner.Scan("c/index.html", FixtureSite.Document("<base href=\"https://other.example/\">", links, "C"), strings),
        ];
        var files = new OutputFileSet(scans.Select(scan => scan.Path));

        // when they are checked
        IReadOnlyList<Finding> findings = new LinkChecker(new CheckOptions(FixtureSite.BaseUrl)).CheckInternal(scans, files);

        // then the broken URL is reported on each page that resolves it in the site, and the other is found
        Assert.Equal(["a/index.html", "b/index.html"], findings.Where(finding => finding.Kind == FindingKind.BrokenLink).Select(finding => finding.Page));
    }

    private static string Verdict(IReadOnlyList<Finding> findings) =>
        findings.Count == 0
            ? "ok"
            : string.Join(',', findings.Select(finding => finding.Kind.ToKebabCase()).Order(StringComparer.Ordinal));
}
