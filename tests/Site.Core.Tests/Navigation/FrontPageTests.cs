using Site.Core.Model;
using Site.Core.Navigation;
using Site.Core.Site;
using Site.Core.Tests.Model;

namespace Site.Core.Tests.Navigation;

public sealed class FrontPageTests
{
    private static readonly Category World = new("monde", Names("Monde"));
    private static readonly Category Economy = new("economie", Names("Économie"));
    private static readonly Category Culture = new("culture", Names("Culture"));
    private static readonly Category Science = new("sciences", Names("Sciences"));

    [Fact]
    public void LeadsWithTheNewestArticleWhenNoneIsFeatured()
    {
        // Given ten world articles, newest first
        var articles = Days(10, World);

        // When
        var front = Choose(articles);

        // Then the newest leads and the next six are teasers
        Assert.Equal(articles[0], front.Lead);
        Assert.Equal(articles.Skip(1).Take(FrontPage.TeaserCount), front.Teasers);
    }

    [Fact]
    public void LeadsWithAFeaturedArticleOverNewerOnesWhichBecomeTeasers()
    {
        // Given ten articles, the eighth newest featured
        var articles = Days(10, World);
        articles[7] = Featured(articles[7]);

        // When
        var front = Choose(articles);

        // Then it leads, and the six newest others follow
        Assert.Equal(articles[7], front.Lead);
        Assert.Equal(articles.Take(6), front.Teasers);
    }

    [Fact]
    public void LeadsWithTheNewestOfSeveralFeaturedArticles()
    {
        var articles = Days(10, World);
        articles[3] = Featured(articles[3]);
        articles[5] = Featured(articles[5]);
        articles[9] = Featured(articles[9]);

        var front = Choose(articles);

        Assert.Equal(articles[3], front.Lead);
    }

    [Fact]
    public void GivesEachCategoryWithArticlesASectionInTheConfiguredOrderWithNoArticleTwice()
    {
        // Given seven world articles (lead and teasers), then four economy and two science articles, older
        List<Entry> articles = [.. Days(7, World, from: 28), .. Days(4, Economy, from: 20), .. Days(2, Science, from: 10)];

        // When the configuration lists science before economy, and culture has no article
        var front = Choose(articles, [World, Science, Culture, Economy]);

        // Then world's section is empty (its articles are all above), culture has none, and the others list their
        // newest articles up to three, in the configuration's order
        Assert.Equal(["monde", "sciences", "economie"], front.Sections.Select(s => s.Category.Category.Key));
        Assert.Empty(front.Sections[0].Entries);
        Assert.Equal(articles.Skip(11).Take(2), front.Sections[1].Entries);
        Assert.Equal(articles.Skip(7).Take(FrontPage.SectionSize), front.Sections[2].Entries);
        Assert.Equal(front.All.Count(), front.All.Distinct().Count());
        Assert.Equal(7 + 2 + 3, front.All.Count());
    }

    [Fact]
    public void ListsInASectionOnlyArticlesNotAlreadyAboveIt()
    {
        // Given economy articles among the newest and a featured old one
        List<Entry> articles = [.. Days(3, Economy, from: 28), .. Days(8, World, from: 20), .. Days(3, Economy, from: 5)];
        articles[13] = Featured(articles[13]);

        var front = Choose(articles, [Economy, World]);

        Assert.Equal(articles[13], front.Lead);
        Assert.Equal(articles.Take(6), front.Teasers);
        Assert.Equal([articles[11], articles[12]], front.Sections[0].Entries);
        Assert.Equal(articles.Skip(6).Take(3), front.Sections[1].Entries);
        Assert.Equal(front.All.Count(), front.All.Distinct().Count());
    }

    [Fact]
    public void ShowsOnlyThePagesLanguage()
    {
        // Given a newer featured English article among French ones
        List<Entry> articles = [Featured(Make("en1", 28, World, "en")), .. Days(3, World, from: 20), Make("en2", 10, Economy, "en")];

        // When the French front page is chosen
        var front = Choose(articles, [World, Economy]);

        // Then no English article is on it, and economy, with English articles only, has no section
        Assert.All(front.All, e => Assert.Equal("fr", e.Language));
        Assert.Equal(articles[1], front.Lead);
        Assert.Equal(["monde"], front.Sections.Select(s => s.Category.Category.Key));
    }

    [Fact]
    public void HasNothingWithoutArticles()
    {
        var front = Choose([], [World]);

        Assert.Null(front.Lead);
        Assert.Empty(front.Teasers);
        Assert.Empty(front.Sections);
    }

    private static FrontPage Choose(IReadOnlyList<Entry> newestFirst, IReadOnlyList<Category>? categories = null)
    {
        var listings = new List<CategoryListing>();
        foreach (var language in new[] { "fr", "en" })
        {
            listings.AddRange((categories ?? [World]).Select(c => new CategoryListing(c, language, c.Key, c.Key, newestFirst.Where(e => e.Category == c && e.Language == language).ToList())));
        }

        return FrontPage.Choose("fr", newestFirst, listings);
    }

    /// <summary><paramref name="count"/> articles of <paramref name="category"/> a day apart, newest first, the newest on day <paramref name="from"/>.</summary>
    private static List<Entry> Days(int count, Category category, int from = 28) =>
        Enumerable.Range(0, count).Select(i => Make($"{category.Key}{from - i}", from - i, category)).ToList();

    private static Entry Featured(Entry entry) =>
        new(entry.Article with { Featured = true }, entry.Path, entry.Body, entry.Category);

    private static Entry Make(string slug, int day, Category category, string language = "fr") =>
        new(Articles.Make($"articles/{slug}.{language}.md", language, date: $"2021-09-{day:00}T08:00:00+02:00"), $"{language}/2021/09/{slug}/", new RenderedBody(string.Empty, string.Empty, string.Empty), category);

    private static LocalizedText Names(string name) => new(new Dictionary<string, string> { ["fr"] = name, ["en"] = name });
}
