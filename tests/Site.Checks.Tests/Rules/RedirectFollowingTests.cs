using Site.Checks.Tests.Support;

namespace Site.Checks.Tests.Rules;

/// <summary>A page that only redirects (an alias's page) is followed to where it leads.</summary>
public sealed class RedirectFollowingTests
{
    private const string Alias = "fr/2021/09/ancien/index.html";

    private static string RedirectTo(string target) =>
        FixtureSite.Document($"<meta http-equiv=\"refresh\" content=\"0; url={target}\">\n<link rel=\"canonical\" href=\"{target}\">", $"<a href=\"{target}\">x</a>");

    [Fact]
    public async Task GivenALinkToAnAliasWithAFragmentOfItsTargetWhenCheckingThenNothingIsWrong()
    {
        // given an alias of fr/2021/09/x/, which has an id "commentaires", and a link to the alias with that fragment
        var pages = new Dictionary<string, string>(FixtureSite.Pages("en/index.html", "<a href=\"/fr/2021/09/ancien/#commentaires\">x</a>"), StringComparer.Ordinal)
        {
            [Alias] = RedirectTo("https://example.com/fr/2021/09/x/"),
        };

        // when
        IReadOnlyList<Finding> findings = await Check(pages);

        // then
        Assert.Empty(findings);
    }

    [Fact]
    public async Task GivenALinkToAnAliasWithAFragmentItsTargetLacksWhenCheckingThenItIsABrokenFragment()
    {
        var pages = new Dictionary<string, string>(FixtureSite.Pages("en/index.html", "<a href=\"/fr/2021/09/ancien/#nulle-part\">x</a>"), StringComparer.Ordinal)
        {
            [Alias] = RedirectTo("https://example.com/fr/2021/09/x/"),
        };

        IReadOnlyList<Finding> findings = await Check(pages);

        Finding finding = Assert.Single(findings);
        Assert.Equal(("en/index.html", FindingKind.BrokenFragment), (finding.Page, finding.Kind));
    }

    [Fact]
    public async Task GivenAnAliasWhoseTargetIsMissingWhenCheckingThenTheAliasPageIsReported()
    {
        var pages = new Dictionary<string, string>(FixtureSite.Pages(), StringComparer.Ordinal)
        {
            [Alias] = RedirectTo("https://example.com/fr/2021/09/supprime/"),
        };

        IReadOnlyList<Finding> findings = await Check(pages);

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(Alias, f.Page));
        Assert.Contains(findings, f => f.Kind == FindingKind.BrokenLink);
        Assert.Contains(findings, f => f.Element == "meta");
    }

    [Fact]
    public async Task GivenTwoAliasesThatRedirectToEachOtherWhenCheckingThenTheCheckEnds()
    {
        var pages = new Dictionary<string, string>(FixtureSite.Pages("en/index.html", "<a href=\"/fr/a/#x\">x</a>"), StringComparer.Ordinal)
        {
            ["fr/a/index.html"] = RedirectTo("/fr/b/"),
            ["fr/b/index.html"] = RedirectTo("/fr/a/"),
        };

        IReadOnlyList<Finding> findings = await Check(pages);

        Assert.Equal(FindingKind.BrokenFragment, Assert.Single(findings, f => f.Kind != FindingKind.BrokenCanonical).Kind);
    }

    private static async Task<IReadOnlyList<Finding>> Check(IReadOnlyDictionary<string, string> pages)
    {
        using var folder = new TempFolder();
        FixtureSite.WriteTo(folder.Path, pages);
        return await FolderChecker.CheckFolderAsync(folder.Path, new CheckOptions(FixtureSite.BaseUrl), CancellationToken.None);
    }
}
