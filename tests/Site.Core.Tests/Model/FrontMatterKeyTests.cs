using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Core.Tests.Model;

public sealed class FrontMatterKeyTests
{
    [Theory]
    [InlineData("image_alt", "ImageAlt")]
    [InlineData("translationKey", "TranslationKey")]
    [InlineData("slug", "Slug")]
    public void FindsAKeyByTheNameWrittenInTheFile(string name, string member)
    {
        var key = FrontMatterKey.Find(name);

        Assert.Same(typeof(FrontMatterKey).GetField(member)!.GetValue(null), key);
    }

    [Theory]
    [InlineData("Title")]
    [InlineData("translationkey")]
    [InlineData("layout")]
    public void FindsNoKeyForAnotherName(string name)
    {
        Assert.Null(FrontMatterKey.Find(name));
    }

    [Fact]
    public void GivesPagesEveryKeyButCategoryTagsAndFeaturedAndArticlesEveryKeyButFooter()
    {
        var article = FrontMatterKey.Of(ContentKind.Article);
        var page = FrontMatterKey.Of(ContentKind.Page);

        Assert.Equal(16, article.Count);
        Assert.Equal([FrontMatterKey.Category, FrontMatterKey.Tags, FrontMatterKey.Featured], article.Except(page));
        Assert.Equal([FrontMatterKey.Footer], page.Except(article));
        Assert.Equal("title, date, updated, summary, image, image_alt, author, slug, translationKey, draft, footer, aliases, image_caption, image_credit", string.Join(", ", page));
    }

    [Fact]
    public void LocatesAKeyWhereItIsWrittenOrAtTheStartOfTheFile()
    {
        var article = Articles.Make("articles/a.fr.md", "fr") with
        {
            KeyLocations = new Dictionary<FrontMatterKey, SourceLocation> { [FrontMatterKey.Slug] = new("articles/a.fr.md", 4, 7) },
        };

        Assert.Equal(new SourceLocation("articles/a.fr.md", 4, 7), article.LocationOf(FrontMatterKey.Slug));
        Assert.Equal(new SourceLocation("articles/a.fr.md", 1, 1), article.LocationOf(FrontMatterKey.Title));
    }
}
