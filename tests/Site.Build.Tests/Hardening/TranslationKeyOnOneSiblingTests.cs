using Site.TestSupport;

namespace Site.Build.Tests.Hardening;

/// <summary>
/// A translationKey on one file of a pair named alike (<c>sommet.fr.md</c> has one, <c>sommet.en.md</c> none): the
/// key also holds for the sibling, so the pair stays a pair instead of splitting silently into two unrelated articles.
/// </summary>
public sealed class TranslationKeyOnOneSiblingTests
{
    [Fact]
    public void GivenTheKeyOnTheFrenchFileOnlyWhenBuiltThenBothVersionsLinkToEachOther()
    {
        using var site = new TestSite();
        site.Article("articles/2021/sommet.fr.md", "Le sommet", "2021-06-16T18:00:00+02:00", extra: "translationKey: summit\n");
        site.Article("articles/2021/sommet.en.md", "The summit", "2021-06-16T18:00:00+02:00");

        var result = Builds.Run(site);

        Assert.True(result.Outcome == BuildOutcome.Success, string.Join('\n', result.Diagnostics));
        Assert.Contains("href=\"/en/2021/06/sommet/\" hreflang=\"en\" lang=\"en\" rel=\"alternate\"", site.ReadOutput("fr/2021/06/sommet/index.html"), StringComparison.Ordinal);
        Assert.Contains("href=\"/fr/2021/06/sommet/\" hreflang=\"fr\" lang=\"fr\" rel=\"alternate\"", site.ReadOutput("en/2021/06/sommet/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void GivenTheKeyedFileAlreadyPairedWithAnotherNameWhenItsKeylessSiblingExistsThenTheBuildSaysWhichTwoClash()
    {
        using var site = new TestSite();
        site.Article("articles/2020/karabakh.fr.md", "Haut-Karabakh", "2020-11-10T09:00:00+01:00", extra: "translationKey: karabakh\n");
        site.Article("articles/2020/nagorno.en.md", "Nagorno-Karabakh", "2020-11-10T09:00:00+01:00", extra: "translationKey: karabakh\n");
        site.Article("articles/2020/karabakh.en.md", "Karabakh", "2020-11-10T09:00:00+01:00");

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("articles/2020/karabakh.en.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("articles/2020/nagorno.en.md", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }
}
