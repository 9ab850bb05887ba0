using Site.Core.Model;
using Site.Core.Navigation;
using Site.Core.Site;
using Site.Core.Tests.Model;

namespace Site.Core.Tests.Navigation;

public sealed class ArticleRelationsTests
{
    private static readonly Category World = new("monde", new LocalizedText(new Dictionary<string, string> { ["fr"] = "Monde" }));
    private static readonly Category Economy = new("economie", new LocalizedText(new Dictionary<string, string> { ["fr"] = "Économie" }));

    [Fact]
    public void LinksEachArticleToThePreviousAndNextByDateWithNothingPastTheEnds()
    {
        // Given three articles, newest first
        var newest = Make("c", "2021-09-03", World);
        var middle = Make("b", "2021-09-02", World);
        var oldest = Make("a", "2021-09-01", World);

        // When
        var relations = Relate([newest, middle, oldest]);

        // Then the previous is the older one, the next the newer one
        Assert.Equal(middle, relations.Of(newest).Previous);
        Assert.Null(relations.Of(newest).Next);
        Assert.Equal(oldest, relations.Of(middle).Previous);
        Assert.Equal(newest, relations.Of(middle).Next);
        Assert.Null(relations.Of(oldest).Previous);
        Assert.Equal(middle, relations.Of(oldest).Next);
    }

    [Fact]
    public void ASingleArticleHasNeitherPreviousNorNext()
    {
        var only = Make("a", "2021-09-01", World);

        var links = Relate([only]).Of(only);

        Assert.Null(links.Previous);
        Assert.Null(links.Next);
        Assert.Empty(links.MoreInCategory);
        Assert.Empty(links.Related);
    }

    [Fact]
    public void ShowsTheThreeNewestOtherArticlesOfTheCategory()
    {
        var world = Enumerable.Range(1, 5).Select(day => Make($"w{day}", $"2021-09-0{day}", World)).Reverse().ToList();
        var economy = Make("e", "2021-09-06", Economy);
        List<Entry> all = [economy, .. world];

        var relations = Relate(all);

        Assert.Equal(["w4", "w3", "w2"], relations.Of(world[0]).MoreInCategory.Select(e => e.Article.Slug));
        Assert.Equal(["w5", "w4", "w2"], relations.Of(world[2]).MoreInCategory.Select(e => e.Article.Slug));
        Assert.Empty(relations.Of(economy).MoreInCategory);
    }

    [Fact]
    public void KeepsEachLanguageToItself()
    {
        var french = Make("a", "2021-09-01", World);
        var english = Make("b", "2021-09-02", World, "en");

        var relations = ArticleRelations.Create([[french], [english]], _ => null, e => e.Article.Tags);

        Assert.Null(relations.Of(french).Next);
        Assert.Null(relations.Of(english).Previous);
    }

    private static ArticleRelations Relate(IReadOnlyList<Entry> newestFirst) =>
        ArticleRelations.Create([newestFirst], e => newestFirst.Where(o => o.Category == e.Category).ToList(), e => e.Article.Tags);

    private static Entry Make(string slug, string day, Category category, string language = "fr") =>
        new(Articles.Make($"articles/{slug}.{language}.md", language, date: day + "T08:00:00+02:00"), $"{language}/2021/09/{slug}/", new RenderedBody(string.Empty, string.Empty, string.Empty), category);
}
