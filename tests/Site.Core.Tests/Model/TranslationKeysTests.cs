using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Core.Tests.Model;

public sealed class TranslationKeysTests
{
    [Fact]
    public void GivenAKeyOnTheFrenchFileOnlyWhenSharedThenTheEnglishSiblingPairsWithIt()
    {
        var diagnostics = new DiagnosticBag();

        var articles = TranslationKeys.Share([Articles.Make("articles/2021/sommet.fr.md", "fr", "summit"), Articles.Make("articles/2021/sommet.en.md", "en")], diagnostics);

        Assert.All(articles, a => Assert.Equal("summit", a.TranslationKey));
        Assert.Single(TranslationPairing.Pair(articles, diagnostics));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void GivenAKeyOnOneFileWhenSharedThenFilesOfOtherFoldersOrNamesKeepNone()
    {
        var articles = TranslationKeys.Share(
            [Articles.Make("articles/2021/sommet.fr.md", "fr", "summit"), Articles.Make("articles/2022/sommet.en.md", "en"), Articles.Make("articles/2021/autre.en.md", "en")],
            new DiagnosticBag());

        Assert.Equal(["summit", null, null], articles.Select(a => a.TranslationKey));
    }

    [Fact]
    public void GivenTheKeyedFilePairedElsewhereWhenItsSiblingWouldJoinTooThenTheClashIsAnError()
    {
        var diagnostics = new DiagnosticBag();

        var articles = TranslationKeys.Share(
            [Articles.Make("articles/2020/karabakh.fr.md", "fr", "k"), Articles.Make("articles/2020/nagorno.en.md", "en", "k"), Articles.Make("articles/2020/karabakh.en.md", "en")],
            diagnostics);
        TranslationPairing.Pair(articles, diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("articles/2020/karabakh.en.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("articles/2020/nagorno.en.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenSiblingsWithDifferentKeysWhenAThirdHasNoneThenItIsAnErrorAtThatFile()
    {
        var diagnostics = new DiagnosticBag();

        TranslationKeys.Share(
            [Articles.Make("articles/2021/a.fr.md", "fr", "one"), Articles.Make("articles/2021/a.de.md", "de", "two"), Articles.Make("articles/2021/a.en.md", "en")],
            diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("articles/2021/a.en.md", Severity.Error), (error.File, error.Severity));
    }

    [Fact]
    public void GivenNoKeysWhenSharedThenTheArticlesAreTheSameList()
    {
        IReadOnlyList<Article> articles = [Articles.Make("articles/2021/a.fr.md", "fr"), Articles.Make("articles/2021/a.en.md", "en")];

        Assert.Same(articles, TranslationKeys.Share(articles, new DiagnosticBag()));
    }
}
