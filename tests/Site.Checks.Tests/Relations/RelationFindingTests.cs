using Site.Checks.Tests.Support;

namespace Site.Checks.Tests.Relations;

/// <summary>Relation findings are located like the others: page, line, column, element, URL as written, message.</summary>
public sealed class RelationFindingTests
{
    [Fact]
    public async Task LocatesEachRelationFindingAtTheElementThatIsWrong()
    {
        // given the relation site with one mistake of each kind
        var files = new Dictionary<string, string>(RelationSite.Files(), StringComparer.Ordinal);
        files["fr/2021/09/x/index.html"] = files["fr/2021/09/x/index.html"]
            .Replace("hreflang=\"x-default\"", "hreflang=\"fr_FR\"", StringComparison.Ordinal)
            .Replace("<link rel=\"canonical\" href=\"{B}fr/2021/09/x/\">", "<link rel=\"canonical\" href=\"/fr/2021/09/x/\">", StringComparison.Ordinal);
        files["fr/2021/10/seul/index.html"] = files["fr/2021/10/seul/index.html"].Replace("Seul – Le Journal", "Sommet – Le Journal", StringComparison.Ordinal);
        files["sitemap.xml"] = files["sitemap.xml"].Replace("<loc>{B}fr/page/2/</loc>", "<loc>{B}fr/page/3/</loc>", StringComparison.Ordinal);
        files["fr/feed.xml"] = files["fr/feed.xml"].Replace("{B}fr/2021/10/seul/", "{B}fr/2021/10/seule/", StringComparison.Ordinal);
        using var folder = new TempFolder();
        var baseUrl = new Uri("https://example.com/");
        RelationSite.WriteTo(folder.Path, files, baseUrl);

        // when
        IReadOnlyList<Finding> findings = await FolderChecker.CheckFolderAsync(folder.Path, new CheckOptions(baseUrl), CancellationToken.None);

        // then
        Assert.Equal(
            [
                "fr/2021/09/x/index.html 8:1 link broken-canonical /fr/2021/09/x/ | the canonical URL is relative: write it absolute, with the site's base URL (https://…)",
                "fr/2021/09/x/index.html 9:1 link broken-hreflang https://example.com/fr/2021/09/x/ | no x-default: a page with alternates also names the default version, hreflang=\"x-default\"",
                "fr/2021/09/x/index.html 11:1 link broken-hreflang https://example.com/fr/2021/09/x/ | hreflang=\"fr_FR\" is not a BCP 47 language code: write one like fr, en, en-GB or x-default",
                "fr/2021/10/seul/index.html 5:1 title duplicate-title https://example.com/fr/2021/09/x/ | the same title as \"fr/2021/09/x/index.html\": tell the pages apart",
                "fr/feed.xml 12:5 link broken-feed https://example.com/fr/2021/10/seule/ | the entry's link points at nothing: \"fr/2021/10/seule/\" does not exist in the output",
                "fr/page/2/index.html 2:1 html sitemap https://example.com/fr/page/2/ | an indexable page that sitemap.xml does not list: list it, or mark the page noindex",
                "sitemap.xml 16:5 loc sitemap https://example.com/fr/page/3/ | \"fr/page/3/\" does not exist in the output",
                "sitemap.xml 19:5 loc sitemap https://example.com/fr/2021/09/x/ | the alternate hreflang=\"fr_FR\" of \"fr/2021/09/x/index.html\" is missing here",
                "sitemap.xml 22:5 xhtml:link sitemap https://example.com/fr/2021/09/x/ | hreflang=\"x-default\" is not among the alternates of \"fr/2021/09/x/index.html\"",
            ],
            findings.Where(f => f.Kind != FindingKind.BrokenHreflang || f.Page == "fr/2021/09/x/index.html")
                .Select(f => $"{f.Page} {f.Line}:{f.Column} {f.Element} {f.Kind.ToKebabCase()} {f.Url} | {f.Message}"));
    }

    [Fact]
    public void CountsOnlyDuplicatesAsWarnings()
    {
        Assert.False(new Finding("a.html", 1, 1, "title", "", FindingKind.DuplicateTitle, "").IsError);
        Assert.False(new Finding("a.html", 1, 1, "meta", "", FindingKind.DuplicateDescription, "").IsError);
        Assert.All(
            new[] { FindingKind.BrokenHreflang, FindingKind.BrokenCanonical, FindingKind.Sitemap, FindingKind.BrokenFeed },
            kind => Assert.True(new Finding("a.html", 1, 1, "link", "", kind, "").IsError));
    }
}
