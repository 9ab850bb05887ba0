using Site.Content.Config;
using Site.Content.FrontMatter;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.TestSupport;

namespace Site.Content.Tests.FrontMatter;

/// <summary>Front matter <c>author</c> against site.yml <c>authors:</c>: keys, lists, the default author, free text without authors.</summary>
public sealed class AuthorResolutionTests
{
    private const string Path = "articles/2021/x.fr.md";

    private static readonly SiteConfig WithAuthors = SiteConfigLoader.Parse(
        TestSite.BilingualConfig + "\nauthors:\n  claire: { name: Claire Martel }\n  hugo: { name: Hugo Benali }\n  redaction: { name: { fr: La rédaction, en: The newsroom }, organization: true }\ndefaultAuthor: redaction\n",
        new DiagnosticBag())!;

    [Theory]
    [InlineData("author: claire\n", new[] { "claire" })]
    [InlineData("author: [hugo, claire]\n", new[] { "hugo", "claire" })]
    [InlineData("author:\n  - claire\n  - claire\n", new[] { "claire" })]
    [InlineData("", new[] { "redaction" })]
    public void NamesDeclaredAuthorsOrTheDefaultOne(string author, string[] keys)
    {
        var diagnostics = new DiagnosticBag();

        var article = ArticleParser.Parse(Path, ContentKind.Article, Article(author), WithAuthors, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(keys, article!.AuthorKeys);
        Assert.Null(article.Author);
    }

    [Theory]
    [InlineData("author: jean\n", 5, 9)]
    [InlineData("author: [claire, jean]\n", 5, 18)]
    [InlineData("author:\n  - hugo\n  - jean\n", 7, 5)]
    public void RefusesAnUndeclaredKeyWhereItIsWrittenListingTheValidOnes(string author, int line, int column)
    {
        var diagnostics = new DiagnosticBag();

        var article = ArticleParser.Parse(Path, ContentKind.Article, Article(author), WithAuthors, diagnostics);

        Assert.Null(article);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((Path, line, column, DiagnosticCode.UnknownAuthor), (error.File, error.Line, error.Column, error.Code));
        Assert.Equal("use one of: claire, hugo, redaction", error.Hint);
    }

    [Fact]
    public void KeepsTheAuthorAsFreeTextWhenSiteYmlDeclaresNoAuthors()
    {
        var diagnostics = new DiagnosticBag();

        var named = ArticleParser.Parse(Path, ContentKind.Article, Article("author: Jean Dupont\n"), TestConfig.Bilingual, diagnostics);
        var unnamed = ArticleParser.Parse(Path, ContentKind.Article, Article(string.Empty), TestConfig.Bilingual, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(("Jean Dupont", "La rédaction"), (named!.Author, unnamed!.Author));
        Assert.Empty(named.AuthorKeys);
    }

    [Fact]
    public void PutsAPageInTheFooterButRefusesFooterOnAnArticle()
    {
        var diagnostics = new DiagnosticBag();
        const string text = "---\ntitle: Mentions légales\ndate: 2021-09-26T08:30:00+02:00\nfooter: true\n---\n";

        var page = ArticleParser.Parse("pages/legal.fr.md", ContentKind.Page, text, TestConfig.Bilingual, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.True(page!.Footer);

        var article = ArticleParser.Parse(Path, ContentKind.Article, Article("footer: true\n"), TestConfig.Bilingual, diagnostics);
        Assert.Null(article);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((5, 1, DiagnosticCode.PageOnlyKey), (error.Line, error.Column, error.Code));
    }

    [Fact]
    public void GivesTitlesAndSummariesTheBodysTypography()
    {
        var article = ArticleParser.Parse(Path, ContentKind.Article, Article("summary: \"Il a dit \\\"non\\\" à l'accord\"\n").Replace("title: T", "title: \"Le \\\"oui\\\" l'emporte\""), TestConfig.Bilingual, new DiagnosticBag());

        Assert.Equal("Le «\u202Foui\u202F» l’emporte", article!.Title);
        Assert.Equal("Il a dit «\u202Fnon\u202F» à l’accord", article.Summary);
    }

    private static string Article(string extra) => $"---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\n{extra}---\nTexte.\n";
}
