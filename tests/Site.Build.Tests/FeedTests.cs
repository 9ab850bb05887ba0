using System.Text.RegularExpressions;
using System.Xml.Linq;
using Site.TestSupport;

namespace Site.Build.Tests;

public sealed partial class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void WritesAnAtomFeedPerLanguageWithTheSiteTitleDescriptionAndLinks()
    {
        using var site = Builds.Bilingual();

        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);

        var feed = Feed(site, "fr/feed.xml");
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("fr", feed.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.Equal("https://example.org/fr/feed.xml", feed.Element(Atom + "id")?.Value);
        Assert.Equal("Le Journal", feed.Element(Atom + "title")?.Value);
        Assert.Equal("Un journal", feed.Element(Atom + "subtitle")?.Value);
        Assert.Equal("2021-06-16T18:00:00+02:00", feed.Element(Atom + "updated")?.Value);
        Assert.Equal("https://example.org/fr/feed.xml", Link(feed, "self", "application/atom+xml"));
        Assert.Equal("https://example.org/fr/", Link(feed, "alternate", "text/html"));
        Assert.Equal(["Poutine à Genève", "Les vaccins", "Haut-Karabakh"], Titles(feed));

        var english = Feed(site, "en/feed.xml");
        Assert.Equal("en", english.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.Equal("The Paper", english.Element(Atom + "title")?.Value);
        Assert.Equal(["Putin in Geneva", "Nagorno-Karabakh"], Titles(english));
    }

    [Fact]
    public void GivesEachEntryItsIdLinkDatesAuthorCategoriesSummaryAndWholeContent()
    {
        using var site = Builds.Bilingual();
        site.Article("articles/2021/poutine.fr.md", "Poutine à Genève", "2021-06-16T18:00:00+02:00", body: "Le sommet a eu lieu.\n\n## Un tête-à-tête\n\nVoir [l'autre](../2020/vaccins.fr.md).\n", extra: "updated: 2021-06-17T08:30:00+02:00\nauthor: Anna K.\ntags: [Vladimir Poutine, Russie]\nimage: /media/geneve.png\nimage_alt: Le lac de Genève\n");

        Builds.Run(site);

        var entry = Feed(site, "fr/feed.xml").Elements(Atom + "entry").First();
        Assert.Equal("https://example.org/fr/2021/06/poutine/", entry.Element(Atom + "id")?.Value);
        Assert.Equal("Poutine à Genève", entry.Element(Atom + "title")?.Value);
        Assert.Equal("https://example.org/fr/2021/06/poutine/", Link(entry, "alternate", "text/html"));
        Assert.Equal("2021-06-16T18:00:00+02:00", entry.Element(Atom + "published")?.Value);
        Assert.Equal("2021-06-17T08:30:00+02:00", entry.Element(Atom + "updated")?.Value);
        Assert.Equal("Anna K.", entry.Element(Atom + "author")?.Element(Atom + "name")?.Value);
        Assert.Equal(
            ["monde|Monde|https://example.org/fr/categories/", "vladimir-poutine|Vladimir Poutine|https://example.org/fr/tags/", "russie|Russie|https://example.org/fr/tags/"],
            entry.Elements(Atom + "category").Select(c => $"{c.Attribute("term")?.Value}|{c.Attribute("label")?.Value}|{c.Attribute("scheme")?.Value}"));
        Assert.Equal("Le sommet a eu lieu.", entry.Element(Atom + "summary")?.Value);
        var content = entry.Element(Atom + "content")!;
        Assert.Equal("html", content.Attribute("type")?.Value);
        Assert.StartsWith("<figure class=\"lead-image\"><img src=\"https://example.org/media/geneve.png\" alt=\"Le lac de Genève\"></figure>", content.Value);
        Assert.Contains("<h2 id=\"un-tete-a-tete\">Un tête-à-tête</h2>", content.Value);
        Assert.Contains("<a href=\"https://example.org/fr/2020/12/vaccins/\">", content.Value);
        Assert.Equal("La rédaction", Feed(site, "fr/feed.xml").Elements(Atom + "entry").ElementAt(1).Element(Atom + "author")?.Element(Atom + "name")?.Value);
    }

    [Fact]
    public void MakesEveryLinkAndImageOfTheContentAbsolute()
    {
        using var site = Builds.Bilingual();
        site.Article("articles/2021/liens.fr.md", "Liens", "2021-07-01T09:00:00+02:00", body: """
            Une image ![lac](/media/geneve.png), [un article](../2020/vaccins.fr.md), [la section](#suite),
            une note[^1], [ailleurs](https://other.example/page?a=1&b=2) et [un courriel](mailto:redaction@example.org).

            <figure><img src="../../../../../media/geneve.png" alt="brut"><figcaption><a href="./">ici</a>, <a href="/fr/tags/">mots-clés</a></figcaption></figure>

            ## Suite {#suite}

            [^1]: La note.
            """);

        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);

        var content = Feed(site, "fr/feed.xml").Elements(Atom + "entry").First().Element(Atom + "content")!.Value;
        var urls = UrlAttributes().Matches(content).Select(m => m.Groups["url"].Value).ToList();
        Assert.True(urls.Count >= 8, string.Join(" ", urls));
        Assert.All(urls, url => Assert.Matches("^(https://|mailto:)", url));
        Assert.Matches("<img src=\"https://example.org/media/geneve.png\"[^>]* alt=\"lac\"", content);
        Assert.Matches("<img src=\"https://example.org/media/geneve.png\"[^>]* alt=\"brut\"", content);
        Assert.Contains("href=\"https://example.org/fr/2020/12/vaccins/\"", content);
        Assert.Contains("href=\"https://example.org/fr/2021/07/liens/#suite\"", content);
        Assert.Contains("href=\"https://example.org/fr/2021/07/liens/#fn:1\"", content);
        Assert.Contains("href=\"https://example.org/fr/tags/\"", content);
        Assert.Contains("href=\"https://example.org/fr/2021/07/liens/\"", content);
        Assert.Contains("href=\"https://other.example/page?a=1&amp;b=2\"", content);
        Assert.Contains("href=\"mailto:redaction@example.org\"", content);
    }

    [Fact]
    public void KeepsTheTwentyNewestArticlesNewestFirst()
    {
        using var site = Builds.Bilingual();
        for (var day = 1; day <= 25; day++)
        {
            site.Article($"articles/2022/jour-{day:D2}.fr.md", $"Jour {day}", $"2022-01-{day:D2}T09:00:00+01:00", category: "economie");
        }

        Builds.Run(site);

        var feed = Feed(site, "fr/feed.xml");
        var expected = Enumerable.Range(6, 20).Reverse().Select(day => $"Jour {day}").ToList();
        Assert.Equal(expected, Titles(feed));
        Assert.Equal("2022-01-25T09:00:00+01:00", feed.Element(Atom + "updated")?.Value);
        Assert.Equal(expected, Titles(Feed(site, "fr/categories/economie/feed.xml")));
    }

    [Fact]
    public void TakesTheFeedUpdatedFromTheLatestChangeOfItsEntries()
    {
        using var site = Builds.Bilingual();
        site.Article("articles/2020/vaccins.fr.md", "Les vaccins", "2020-12-10T09:00:00+01:00", category: "economie", extra: "updated: 2021-07-01T10:00:00+02:00\n");

        Builds.Run(site);

        Assert.Equal("2021-07-01T10:00:00+02:00", Feed(site, "fr/feed.xml").Element(Atom + "updated")?.Value);
    }

    [Fact]
    public void WritesAFeedPerCategoryAndLanguage()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        var monde = Feed(site, "fr/categories/monde/feed.xml");
        Assert.Equal("Monde – Le Journal", monde.Element(Atom + "title")?.Value);
        Assert.Equal("https://example.org/fr/categories/monde/feed.xml", Link(monde, "self", "application/atom+xml"));
        Assert.Equal("https://example.org/fr/categories/monde/", Link(monde, "alternate", "text/html"));
        Assert.Equal(["Poutine à Genève", "Haut-Karabakh"], Titles(monde));
        Assert.Equal(["Les vaccins"], Titles(Feed(site, "fr/categories/economie/feed.xml")));

        var emptyCategory = Feed(site, "en/categories/economy/feed.xml");
        Assert.Empty(emptyCategory.Elements(Atom + "entry"));
        Assert.Equal("2021-06-16T18:00:00+02:00", emptyCategory.Element(Atom + "updated")?.Value);
    }

    [Fact]
    public void KeepsEveryFeedUrlUnderTheBaseUrlPath()
    {
        using var site = Builds.Bilingual();

        Assert.Equal(BuildOutcome.Success, Builds.Run(site, baseUrl: new Uri("https://user.github.io/repo/")).Outcome);

        foreach (var path in new[] { "fr/feed.xml", "en/feed.xml", "fr/categories/monde/feed.xml" })
        {
            var feed = Feed(site, path);
            var urls = feed.DescendantsAndSelf()
                .SelectMany(e => e.Name == Atom + "id" ? [e.Value] : e.Attributes().Where(a => a.Name.LocalName is "href" or "scheme").Select(a => a.Value))
                .Concat(feed.Descendants(Atom + "content").SelectMany(c => UrlAttributes().Matches(c.Value).Select(m => m.Groups["url"].Value)))
                .ToList();
            Assert.True(urls.Count > 5, path);
            Assert.All(urls, url => Assert.StartsWith("https://user.github.io/repo/", url));
        }
    }

    internal static XElement Feed(TestSite site, string path) => XDocument.Parse(site.ReadOutput(path)).Root!;

    private static List<string> Titles(XElement feed) =>
        feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();

    private static string? Link(XElement parent, string rel, string type) =>
        parent.Elements(Atom + "link").SingleOrDefault(l => l.Attribute("rel")?.Value == rel && l.Attribute("type")?.Value == type)?.Attribute("href")?.Value;

    [GeneratedRegex("""\b(?:href|src|poster|srcset)="(?<url>[^"]*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex UrlAttributes();
}
