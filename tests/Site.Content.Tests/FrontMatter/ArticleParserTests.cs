using Site.Content.FrontMatter;
using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Content.Tests.FrontMatter;

public sealed class ArticleParserTests
{
    private const string Path = "articles/2021/x.fr.md";

    [Theory]
    [InlineData("---\ntitle: \"T\"\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\n---\nBody", "T", "2021-09-26T08:30:00+02:00")]
    [InlineData("---\ntitle: T\ndate: 2021-09-26T06:30:00Z\ncategory: monde\n---\n", "T", "2021-09-26T06:30:00+00:00")]
    [InlineData("---\ntitle: T\ndate: 2021-09-26 08:30\ncategory: monde\n---\n", "T", "2021-09-26T08:30:00+02:00")]
    [InlineData("---\ntitle: T\ndate: 2021-01-15\ncategory: monde\n---\n", "T", "2021-01-15T00:00:00+01:00")]
    [InlineData("---\r\ntitle: « L’été »\r\ndate: 2021-09-26T08:30:00+02:00\r\ncategory: monde\r\n---\r\n", "« L’été »", "2021-09-26T08:30:00+02:00")]
    public void ReadsValidFrontMatter(string text, string title, string date)
    {
        var diagnostics = new DiagnosticBag();

        var article = ArticleParser.Parse(Path, ContentKind.Article, text.Replace("\r\n", "\n"), TestConfig.Bilingual, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.NotNull(article);
        Assert.Equal(title, article.Title);
        Assert.Equal(DateTimeOffset.Parse(date), article.Date);
        Assert.Equal(DateTimeOffset.Parse(date).Offset, article.Date.Offset);
        Assert.Equal("fr", article.Language);
        Assert.Equal("x", article.Slug);
    }

    [Theory]
    [InlineData("", 1, 1, "the file is empty")]
    [InlineData("title: T\n", 1, 1, "does not start with front matter")]
    [InlineData("---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\n", 1, 1, "not closed")]
    [InlineData("---\ntitle: [T\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\n---\n", 2, 8, "not valid YAML")]
    [InlineData("---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\n  category: monde\n---\n", 4, 11, "not valid YAML")]
    [InlineData("---\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\n---\n", 2, 1, "'title' is missing")]
    [InlineData("---\ntitle: T\ncategory: monde\n---\n", 2, 1, "'date' is missing")]
    [InlineData("---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\n---\n", 2, 1, "'category' is missing")]
    [InlineData("---\ntitle: T\ndate: 2021-02-30T08:30:00+01:00\ncategory: monde\n---\n", 3, 7, "not a valid date")]
    [InlineData("---\ntitle: T\ndate: hier\ncategory: monde\n---\n", 3, 7, "not a valid date")]
    [InlineData("---\ntitle: T\ndate: 0001-01-01\ncategory: monde\n---\n", 3, 7, "not a valid date")]
    [InlineData("---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\ntags:\n : a\n---\n", 6, 2, "a ':' has no key before it")]
    [InlineData("---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\ntranslationKey: \"k\\n\"\n---\n", 5, 17, "translationKey")]
    [InlineData("---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\nslug: \"x\\n\"\n---\n", 5, 7, "can't be a URL segment")]
    [InlineData("---\ntitle: T\ntags: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n---\n", 3, 70, "nested more than 64 levels")]
    [InlineData("---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\ncategory: sport\n---\n", 4, 11, "'sport' is not a category")]
    [InlineData("---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\ntags: Poutine\n---\n", 5, 7, "'tags' must be a list")]
    [InlineData("---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\ntags:\n  - a\n  - [b]\n---\n", 7, 5, "every item of 'tags'")]
    [InlineData("---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\nimage: /media/a.jpg\n---\n", 5, 1, "'image' needs an 'image_alt'")]
    [InlineData("---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\nslug: ../../etc\n---\n", 5, 7, "can't be a URL segment")]
    [InlineData("---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\nslug: /abs\n---\n", 5, 7, "can't be a URL segment")]
    [InlineData("---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\ntranslationKey: a/b\n---\n", 5, 17, "translationKey")]
    [InlineData("---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\ndraft: maybe\n---\n", 5, 8, "true or false")]
    [InlineData("---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\nfeatured: maybe\n---\n", 5, 11, "true or false")]
    [InlineData("---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\ncatgory: x\n---\n", 5, 1, "unknown front matter key 'catgory'")]
    [InlineData("---\n- a\n- b\n---\n", 2, 1, "must be a mapping")]
    public void ReportsProblemsWhereTheyAreWritten(string text, int line, int column, string message)
    {
        var diagnostics = new DiagnosticBag();

        var article = ArticleParser.Parse(Path, ContentKind.Article, text, TestConfig.Bilingual, diagnostics);

        Assert.Null(article);
        var error = diagnostics.ToSortedList().First(d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal((Path, line, column), (error.File, error.Line, error.Column));
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void ReportsEveryProblemOfAFileTogether()
    {
        var diagnostics = new DiagnosticBag();

        ArticleParser.Parse(Path, ContentKind.Article, "---\ndate: nope\ncategory: sport\n---\n", TestConfig.Bilingual, diagnostics);

        Assert.Equal(3, diagnostics.Count);
    }

    [Theory]
    [InlineData("articles/2021/x.de.md", "'.de' is not a language")]
    [InlineData("articles/2021/x.y.fr.md", "no other dot")]
    public void ReportsFileNamesWithAnUnknownLanguage(string path, string message)
    {
        var diagnostics = new DiagnosticBag();

        ArticleParser.Parse(path, ContentKind.Article, "---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\n---\n", TestConfig.Bilingual, diagnostics);

        Assert.Contains(diagnostics.ToSortedList(), d => d.File == path && d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void TakesTheDefaultLanguageWhenTheFileHasNoSuffix()
    {
        var article = ArticleParser.Parse("articles/2021/x.md", ContentKind.Article, "---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\n---\n", TestConfig.Bilingual, new DiagnosticBag());

        Assert.Equal("fr", article!.Language);
    }

    [Fact]
    public void RefusesCategoryAndTagsOnStandAlonePages()
    {
        var diagnostics = new DiagnosticBag();

        ArticleParser.Parse("pages/about.en.md", ContentKind.Page, "---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\n---\n", TestConfig.Bilingual, diagnostics);

        Assert.Contains(diagnostics.ToSortedList(), d => d.Message.Contains("'category'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("featured: true\n", true)]
    [InlineData("featured: false\n", false)]
    [InlineData("", false)]
    public void ReadsWhetherAnArticleIsFeatured(string line, bool featured)
    {
        var diagnostics = new DiagnosticBag();

        var article = ArticleParser.Parse(Path, ContentKind.Article, $"---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\ncategory: monde\n{line}---\n", TestConfig.Bilingual, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(featured, article!.Featured);
    }

    [Fact]
    public void RefusesFeaturedOnStandAlonePagesWhereItIsWritten()
    {
        var diagnostics = new DiagnosticBag();

        var page = ArticleParser.Parse("pages/about.en.md", ContentKind.Page, "---\ntitle: T\ndate: 2021-09-26T08:30:00+02:00\nfeatured: true\n---\n", TestConfig.Bilingual, diagnostics);

        Assert.Null(page);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCode.UnknownKey, 4, 1), (error.Code, error.Line, error.Column));
    }
}
