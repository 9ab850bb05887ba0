using Site.Content.Config;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Pagination;
using Site.Core.Site;
using Site.Rendering.I18n;
using Site.Rendering.Pages;
using Site.Rendering.Pages.Layouts;
using Site.TestSupport;

namespace Site.Rendering.Tests.Pages.Layouts;

public sealed class LayoutModelTests
{
    [Fact]
    public void NumbersTheTitleAndLinksTheNeighboursOfAListingsLaterPage()
    {
        var (context, site) = Context(Article("a", ContentKind.Article), Article("b", ContentKind.Article), Article("c", ContentKind.Article));
        var slice = Paginator.Paginate(site.ArticlesIn("fr"), 1)[1];

        var model = ListPage.Build(context, Listing.Home(site, "fr"), slice);

        Assert.Equal(("list", "Le Journal – Page 2"), (model.Layout, model.Page.Title));
        Assert.Equal(("/fr/", "/fr/page/3/"), (model.Listing.PreviousUrl, model.Listing.NextUrl));
        Assert.Equal(slice.Items.Select(e => e.Article.Title), model.Listing.Entries.Select(e => e.Title));
    }

    [Fact]
    public void LaysOutTheHomesFirstPageAsAFrontPageLedByTheFeaturedArticle()
    {
        // Given three articles, the oldest featured
        var (context, site) = Context(Article("a", ContentKind.Article) with { Featured = true }, Article("b", ContentKind.Article), Article("c", ContentKind.Article));
        var slice = Paginator.Paginate(site.ArticlesIn("fr"), 2)[0];

        // When the home's first page is laid out
        var model = HomePage.Build(context, "fr", slice);

        // Then it has its own layout, the featured article leads, the others are teasers, and the home's pagination stays
        Assert.Equal(("home", "Le Journal"), (model.Layout, model.Page.Title));
        Assert.Equal("A", model.Front.Lead!.Title);
        Assert.Equal(["C", "B"], model.Front.Teasers.Select(e => e.Title));
        Assert.Equal("/fr/page/2/", model.Listing.NextUrl);
        Assert.Contains(model.Values, v => v.Name == "front");
    }

    [Theory]
    [InlineData(ContentKind.Article, "article")]
    [InlineData(ContentKind.Page, "page")]
    public void GivesArticlesAndStandAlonePagesTheirOwnLayout(ContentKind kind, string layout)
    {
        var (context, site) = Context(Article("a", kind));

        var model = ArticlePage.Build(context, site.Entries.Single());

        Assert.Equal((layout, true, "A – Le Journal"), (model.Layout, model.InBase, model.Page.Title));
    }

    [Fact]
    public void NamesAMonthsArchiveInThePagesLanguageAndNumbersItsLaterPages()
    {
        var (context, site) = Context(Article("a", ContentKind.Article), Article("b", ContentKind.Article), Article("c", ContentKind.Article));
        var month = site.ArchivesIn("fr").Single().Months.Single();
        var slice = Paginator.Paginate(month.Entries, 1)[1];

        var model = ListPage.Build(context, Listing.Archive(site, month, context.Archives), slice);

        Assert.Equal(("Juin 2021", "Juin 2021 – Page 2 – Le Journal"), (model.Listing.Heading, model.Page.Title));
        Assert.Equal(["/fr/archives/", "/fr/2021/"], model.Listing.Breadcrumbs.Select(b => b.Url));
        Assert.Equal(("/fr/2021/06/", "/fr/2021/06/page/3/"), (model.Listing.PreviousUrl, model.Listing.NextUrl));
    }

    [Fact]
    public void EndsAnArticleWithItsNeighboursAndItsMonthsArchive()
    {
        var (context, site) = Context(Article("a", ContentKind.Article), Article("b", ContentKind.Article), Article("c", ContentKind.Article));
        var middle = site.ArticlesIn("fr")[1];

        var end = ArticlePage.Build(context, middle).End!;

        Assert.Equal(("A", "/fr/2021/06/a/"), (end.Previous!.Name, end.Previous.Url));
        Assert.Equal(("C", "/fr/2021/06/c/"), (end.Next!.Name, end.Next.Url));
        Assert.Equal(("Juin 2021", "/fr/2021/06/"), (end.Month!.Name, end.Month.Url));
        Assert.Equal("/fr/archives/", end.ArchivesUrl);
    }

    [Fact]
    public void MakesThePrintPageAWholeDocumentThatPointsAtTheArticle()
    {
        var (context, site) = Context(Article("a", ContentKind.Article));

        var model = PrintPage.Build(context, site.Entries.Single());

        Assert.Equal(("print", false, true), (model.Layout, model.InBase, model.Page.Noindex));
        Assert.Equal("https://example.org/fr/2021/06/a/", model.Page.Canonical);
    }

    private static (LayoutContext Context, SiteModel Site) Context(params Article[] articles)
    {
        var config = SiteConfigLoader.Parse(TestSite.BilingualConfig, new DiagnosticBag())!;
        var entries = articles
            .Select(a => new Entry(a, a.Kind == ContentKind.Article ? $"fr/2021/06/{a.Slug}/" : $"fr/{a.Slug}/", new RenderedBody("<p>web</p>", "<p>print</p>", "Résumé"), null))
            .ToList();
        var site = SiteModel.Create(config, entries, entries.Select(e => (IReadOnlyList<Entry>)[e]), new DiagnosticBag());
        var strings = new Dictionary<string, UiStrings>
        {
            ["fr"] = new("fr", new Dictionary<string, string> { ["page"] = "Page", ["date_format"] = "d MMMM yyyy", ["date_time_format"] = "d MMMM yyyy HH:mm", ["reading_time"] = "{minutes} min", ["also_available_in"] = "+", ["month_format"] = "MMMM yyyy", ["archives"] = "Archives", ["more_in_category"] = "Dans la même rubrique" }),
            ["en"] = new("en", new Dictionary<string, string> { ["page"] = "Page", ["date_format"] = "d MMMM yyyy", ["date_time_format"] = "d MMMM yyyy HH:mm", ["reading_time"] = "{minutes} min", ["also_available_in"] = "+", ["month_format"] = "MMMM yyyy", ["archives"] = "Archives", ["more_in_category"] = "More in {category}" }),
        };
        return (new LayoutContext(site, strings, new AssetUrls("assets/site.css", "assets/print.css")), site);
    }

    private static Article Article(string slug, ContentKind kind) => new()
    {
        SourcePath = $"articles/{slug}.fr.md",
        Kind = kind,
        Language = "fr",
        Name = slug,
        Title = slug.ToUpperInvariant(),
        Date = DateTimeOffset.Parse($"2021-06-0{slug[0] - 'a' + 1}T08:00:00+02:00"),
        Slug = slug,
        Body = "Texte.",
    };
}
