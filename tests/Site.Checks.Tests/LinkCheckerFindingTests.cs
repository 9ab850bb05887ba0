using Site.Checks.Tests.Support;

namespace Site.Checks.Tests;

public sealed class LinkCheckerFindingTests
{
    private const string Article = "fr/2021/09/x/index.html";

    [Fact]
    public void LocatesEachFindingAtItsElement()
    {
        // given an article whose broken image starts on line 3, column 5
        const string html = "<!doctype html>\n<p>\n    <img src=\"/media/missing.jpg\" alt=\"\">\n";

        // when
        IReadOnlyList<Finding> findings = Check(PageScanner.Scan(Article, html));

        // then
        Finding finding = Assert.Single(findings);
        Assert.Equal(new Finding(Article, 3, 5, "img", "/media/missing.jpg", FindingKind.BrokenImage, finding.Message), finding);
        Assert.Contains("media/missing.jpg", finding.Message);
    }

    [Fact]
    public void ReportsEachBrokenSrcsetCandidateOnItsOwn()
    {
        // given
        string markup = CaseMarkup.For("img srcset", "/media/a.jpg 1x, /media/hero-960.jpg 2x, /media/b.jpg 3x");

        // when
        IReadOnlyList<Finding> findings = FixtureSite.Check(FixtureSite.BaseUrl, Article, markup);

        // then
        Assert.Equal(["/media/a.jpg", "/media/b.jpg"], findings.Select(finding => finding.Url));
        Assert.All(findings, finding => Assert.Equal(FindingKind.BrokenImage, finding.Kind));
    }

    [Fact]
    public void ReportsTheUrlAsWrittenNotAsResolved()
    {
        // given
        string markup = CaseMarkup.For("a", "../../../nulle-part/?x=1#y");

        // when
        Finding finding = Assert.Single(FixtureSite.Check(FixtureSite.BaseUrl, Article, markup));

        // then
        Assert.Equal("../../../nulle-part/?x=1#y", finding.Url);
        Assert.Equal("\"fr/nulle-part/\" does not exist in the output", finding.Message);
    }

    [Fact]
    public void GivesTheSrcOfAnImageWithoutAlt()
    {
        Finding finding = Assert.Single(
            FixtureSite.Check(FixtureSite.BaseUrl, Article, CaseMarkup.For("img without alt", "/media/photo.jpg")));

        Assert.Equal(("img", "/media/photo.jpg", FindingKind.MissingAlt), (finding.Element, finding.Url, finding.Kind));
    }

    [Theory]
    [InlineData("/empty/", "the folder \"empty/\" has no index.html")]
    [InlineData("/fr/tags/#absent", "\"fr/tags/index.html\" has no id or a[name] \"absent\"")]
    [InlineData("https://", "the URL is malformed")]
    public void ExplainsWhatIsWrong(string url, string message)
    {
        Finding finding = Assert.Single(FixtureSite.Check(FixtureSite.BaseUrl, Article, CaseMarkup.For("a", url)));

        Assert.Equal(message, finding.Message);
    }

    [Fact]
    public void NamesTheBasePathALinkEscapes()
    {
        Finding finding = Assert.Single(
            FixtureSite.Check(FixtureSite.ProjectBaseUrl, "fr/index.html", CaseMarkup.For("a", "/fr/")));

        Assert.Equal("\"/fr/\" is outside the site's base path \"/repo/\"", finding.Message);
    }

    [Fact]
    public void ResolvesAgainstAPageWhoseFolderNameIsNotAscii()
    {
        // given a page in fr/été/ with an image next to it
        var files = new OutputFileSet(["fr/été/index.html", "fr/été/photo.jpg", "fr/100%/index.html"]);
        PageScan page = PageScanner.Scan(
            "fr/été/index.html",
            "<img src=\"photo.jpg\" alt=\"\"><img src=\"./photo.png\" alt=\"\"><a href=\"../100%25/\"></a><a href=\"./#x\"></a>");

        // when
        IReadOnlyList<Finding> findings =
            new LinkChecker(new CheckOptions(FixtureSite.BaseUrl)).CheckInternal([page], files);

        // then
        Assert.Equal(
            ["./photo.png broken-image \"fr/été/photo.png\" does not exist in the output", "./#x broken-fragment \"fr/été/index.html\" has no id or a[name] \"x\""],
            findings.Select(finding => $"{finding.Url} {finding.Kind.ToKebabCase()} {finding.Message}"));
    }

    [Fact]
    public void OrdersFindingsByPageThenLineThenColumn()
    {
        // given pages in no particular order, each with two problems
        PageScan[] pages =
        [
            PageScanner.Scan("fr/b.html", "<a href=\"/x\"></a>\n<img src=\"/y\" alt=\"\"><a href=\"/z\"></a>"),
            PageScanner.Scan("en/a.html", "\n<a href=\"/x\"></a><img src=\"/y\">"),
            PageScanner.Scan("a.html", "<a href=\"#nope\"></a>"),
        ];

        // when
        IReadOnlyList<Finding> findings = Check(pages);

        // then
        Assert.Equal(
            ["a.html 1:1", "en/a.html 2:1", "en/a.html 2:18", "en/a.html 2:18", "fr/b.html 1:1", "fr/b.html 2:1", "fr/b.html 2:22"],
            findings.Select(finding => $"{finding.Page} {finding.Line}:{finding.Column}"));
        Assert.Equal(FindingKind.BrokenImage, findings[2].Kind);
        Assert.Equal(FindingKind.MissingAlt, findings[3].Kind);
    }

    private static IReadOnlyList<Finding> Check(params PageScan[] pages) =>
        new LinkChecker(new CheckOptions(FixtureSite.BaseUrl)).CheckInternal(pages, new OutputFileSet(FixtureSite.FilePaths));
}
