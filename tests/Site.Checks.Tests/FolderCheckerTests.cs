using Site.Checks.Tests.Support;

namespace Site.Checks.Tests;

public sealed class FolderCheckerTests
{
    [Fact]
    public async Task ChecksEveryPageOfABuiltFolder()
    {
        // given the fixture site on disk, two of its pages broken
        using var folder = new TempFolder();
        var pages = new Dictionary<string, string>(FixtureSite.Pages(), StringComparer.Ordinal)
        {
            ["fr/tags/index.html"] = FixtureSite.Document("", "<a id=\"liste\" href=\"/fr/nope/\">x</a>", "Mots-clés"),
            ["en/index.html"] = FixtureSite.Document("", "<img src=\"../media/photo.jpg\">\n<a href=\"/fr/tags/#liste\">ok</a>", "Home"),
        };
        FixtureSite.WriteTo(folder.Path, pages);

        // when
        IReadOnlyList<Finding> findings =
            await FolderChecker.CheckFolderAsync(folder.Path, new CheckOptions(FixtureSite.BaseUrl), CancellationToken.None);

        // then
        Assert.Equal(
            ["en/index.html 9:1 img missing-alt ../media/photo.jpg", "fr/tags/index.html 9:1 a broken-link /fr/nope/"],
            findings.Select(f => $"{f.Page} {f.Line}:{f.Column} {f.Element} {f.Kind.ToKebabCase()} {f.Url}"));
    }

    [Fact]
    public async Task FindsNothingWrongWithTheFixtureSite()
    {
        using var folder = new TempFolder();
        FixtureSite.WriteTo(folder.Path, FixtureSite.Pages());

        IReadOnlyList<Finding> findings =
            await FolderChecker.CheckFolderAsync(folder.Path, new CheckOptions(FixtureSite.BaseUrl), CancellationToken.None);

        Assert.Empty(findings);
    }
}
