using System.Xml.Linq;
using Site.Content.Config;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Site;
using Site.Rendering.Feeds;
using Site.TestSupport;

namespace Site.Rendering.Tests.Feeds;

public sealed class FeedRendererTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void AsksForEachEntrysAbsoluteBodyOnceWhateverTheNumberOfFeeds()
    {
        var site = Site(Article("a", "2021-06-01", image: null), Article("b", "2021-06-02", image: null));
        var asked = new List<string>();
        var feeds = new FeedRenderer(site, (entry, page) =>
        {
            lock (asked)
            {
                asked.Add(entry.Article.Slug);
            }

            return $"<p>{page}</p>";
        });

        feeds.Language("fr");
        feeds.Category(site.CategoriesIn("fr").Single(c => c.Entries.Count > 0));

        Assert.Equal(["a", "b"], asked.Order());
    }

    [Fact]
    public void CarriesTheLeadImageAndTheBodyResolvedAgainstTheArticlesPage()
    {
        var site = Site(Article("a", "2021-06-01", image: "/media/lead.jpg"));
        var feeds = new FeedRenderer(site, (_, page) => $"<p>{page}</p>");

        var content = XDocument.Parse(feeds.Language("fr")).Descendants(Atom + "content").Single().Value;

        Assert.Equal("<figure class=\"lead-image\"><img src=\"https://example.org/media/lead.jpg\" alt=\"Légende\"></figure>\n<p>https://example.org/fr/2021/06/a/</p>", content);
    }

    private static SiteModel Site(params Article[] articles)
    {
        var config = SiteConfigLoader.Parse(TestSite.BilingualConfig, new DiagnosticBag())!;
        var entries = articles
            .Select(a => new Entry(a, $"fr/{a.Date:yyyy}/{a.Date:MM}/{a.Slug}/", new RenderedBody("<p>web</p>", "<p>print</p>", "Résumé"), config.FindCategory("monde")))
            .ToList();
        return SiteModel.Create(config, entries, entries.Select(e => (IReadOnlyList<Entry>)[e]), new DiagnosticBag());
    }

    private static Article Article(string slug, string date, string? image) => new()
    {
        SourcePath = $"articles/{slug}.fr.md",
        Kind = ContentKind.Article,
        Language = "fr",
        Name = slug,
        Title = slug.ToUpperInvariant(),
        Date = DateTimeOffset.Parse(date + "T08:00:00+02:00"),
        CategoryKey = "monde",
        Image = image,
        ImageAlt = image is null ? null : "Légende",
        Slug = slug,
        Body = "Texte.",
    };
}
