using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Core.Tests.Model;

public sealed class TranslationPairingTests
{
    [Fact]
    public void PairsFilesOfTheSameNameInTheSameFolder()
    {
        var groups = TranslationPairing.Pair(
            [Articles.Make("articles/2021/a.fr.md", "fr"), Articles.Make("articles/2021/a.en.md", "en"), Articles.Make("articles/2021/b.fr.md", "fr")],
            new DiagnosticBag());

        Assert.Equal(2, groups.Count);
        Assert.Equal(["articles/2021/a.en.md", "articles/2021/a.fr.md"], groups.Single(g => g.Count == 2).Select(a => a.SourcePath));
    }

    [Fact]
    public void DoesNotPairTheSameNameInDifferentFolders()
    {
        var groups = TranslationPairing.Pair([Articles.Make("articles/2021/a.fr.md", "fr"), Articles.Make("articles/2022/a.en.md", "en")], new DiagnosticBag());

        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void PairsDifferentNamesThroughTheirTranslationKey()
    {
        var groups = TranslationPairing.Pair(
            [Articles.Make("articles/2020/karabakh.fr.md", "fr", "k"), Articles.Make("articles/2020/nagorno.en.md", "en", "k")],
            new DiagnosticBag());

        Assert.Single(groups);
    }

    [Fact]
    public void ReportsOneTranslationKeyOnTwoArticlesOfOneLanguage()
    {
        var diagnostics = new DiagnosticBag();

        TranslationPairing.Pair([Articles.Make("articles/2020/a.fr.md", "fr", "k"), Articles.Make("articles/2020/b.fr.md", "fr", "k")], diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("articles/2020/a.fr.md", error.Message);
        Assert.Contains("articles/2020/b.fr.md", error.Message);
    }
}
