using System.Xml.Linq;

using AngleSharp.Dom;
using AngleSharp.Html.Parser;

using Site.TestSupport;

namespace Site.Build.Tests.Hardening;

/// <summary>
/// A third language (de) in site.yml, two articles a page: the French and English halves of a paired tag get a second
/// page, the German one does not. Every hreflang alternate and switcher link leads to a page that exists, alternates
/// name each other both ways, and the sitemap says the same as the page heads.
/// </summary>
public sealed class ThirdLanguageTests : IDisposable
{
    private const string Config = """
        title: { fr: "Le Journal", en: "The Paper", de: "Die Zeitung" }
        description: { fr: "Un journal", en: "A paper", de: "Eine Zeitung" }
        baseUrl: https://example.org/
        defaultLanguage: fr
        languages:
          - { code: fr, name: Français, culture: fr-FR }
          - { code: en, name: English, culture: en-GB }
          - { code: de, name: Deutsch, culture: de-DE }
        pageSize: 2
        lists: summary
        author: "La rédaction"
        timeZone: Europe/Paris
        categories:
          monde: { fr: "Monde", en: "World", de: "Welt" }
        tags:
          "Vladimir Poutine": { en: "Vladimir Putin", de: "Wladimir Putin" }
        """;

    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private readonly TestSite _site = new(Config);
    private readonly BuildResult _result;

    public ThirdLanguageTests()
    {
        _site.WriteTheme("i18n/de.yml", File.ReadAllText(Path.Combine(_site.Theme, "i18n", "en.yml")));
        var tags = new Dictionary<string, string> { ["fr"] = "Vladimir Poutine", ["en"] = "Vladimir Putin", ["de"] = "Wladimir Putin" };
        for (var i = 1; i <= 3; i++)
        {
            foreach (var (language, tag) in tags)
            {
                if (language != "de" || i < 3)
                {
                    _site.Article($"articles/2021/a{i}.{language}.md", $"A{i} {language}", $"2021-06-1{i}T18:00:00+02:00", extra: $"tags: [{tag}]\n");
                }
            }
        }

        _result = Builds.Run(_site);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void GivenThreeLanguagesWhenBuiltThenEachLanguageHasItsPagesAndOnlyTheLongerTagsHaveAPageTwo()
    {
        Assert.True(_result.Outcome == BuildOutcome.Success, string.Join('\n', _result.Diagnostics));
        Assert.True(_site.OutputExists("de/2021/06/a1/index.html"));
        Assert.True(_site.OutputExists("fr/tags/vladimir-poutine/page/2/index.html"));
        Assert.True(_site.OutputExists("en/tags/vladimir-putin/page/2/index.html"));
        Assert.False(_site.OutputExists("de/tags/wladimir-putin/page/2/index.html"));
        Assert.Equal(["fr", "en", "de"], Parse("index.html").QuerySelectorAll(".language-choice a").Select(a => a.GetAttribute("hreflang")));
    }

    [Fact]
    public void GivenPageTwoOfAPairedTagThenItsSwitcherLeadsToThePairedTagsInBothOtherLanguages()
    {
        var page = Parse("fr/tags/vladimir-poutine/page/2/index.html");

        Assert.Equal(["/en/tags/vladimir-putin/", "/de/tags/wladimir-putin/"], Switcher(page).Select(a => a.GetAttribute("href")));
        Assert.Empty(HeadAlternates(page));
    }

    [Fact]
    public void GivenTheFirstPageOfAPairedTagThenItsAlternatesNameAllThreeLanguagesAndTheDefault()
    {
        var expected = new[]
        {
            "fr https://example.org/fr/tags/vladimir-poutine/", "en https://example.org/en/tags/vladimir-putin/",
            "de https://example.org/de/tags/wladimir-putin/", "x-default https://example.org/fr/tags/vladimir-poutine/",
        };

        Assert.Equal(expected, HeadAlternates(Parse("de/tags/wladimir-putin/index.html")));
        Assert.Equal(expected, HeadAlternates(Parse("fr/tags/vladimir-poutine/index.html")));
    }

    [Fact]
    public void GivenAnArticleWithoutAGermanVersionThenItsSwitcherOffersTheGermanHomeAsNoTranslation()
    {
        var page = Parse("fr/2021/06/a3/index.html");

        var german = Assert.Single(Switcher(page), a => a.GetAttribute("hreflang") == "de");
        Assert.Equal("/de/", german.GetAttribute("href"));
        Assert.Null(german.GetAttribute("rel"));
        Assert.DoesNotContain(HeadAlternates(page), a => a.StartsWith("de ", StringComparison.Ordinal));
    }

    [Fact]
    public void GivenEveryPageThenEachAlternateAndSwitcherLinkExistsAndAlternatesNameEachOtherBothWays()
    {
        var pages = Pages();

        Assert.All(pages, pair =>
        {
            foreach (var href in Switcher(pair.Value).Select(a => a.GetAttribute("href")!))
            {
                Assert.True(_site.OutputExists(href.TrimStart('/') + "index.html"), $"{pair.Key}: the switcher leads to {href}, which does not exist");
            }

            foreach (var alternate in HeadAlternates(pair.Value).Where(a => !a.StartsWith("x-default", StringComparison.Ordinal)))
            {
                var other = alternate[(alternate.IndexOf(' ') + 1)..]["https://example.org/".Length..] + "index.html";
                Assert.True(pages.TryGetValue(other, out var target), $"{pair.Key}: the alternate {alternate} does not exist");
                Assert.Equal(HeadAlternates(pair.Value), HeadAlternates(target!));
            }
        });
    }

    [Fact]
    public void GivenTheSitemapThenEachUrlHasTheAlternatesOfItsPageHead()
    {
        var urls = XDocument.Parse(_site.ReadOutput("sitemap.xml")).Root!.Elements(Sitemaps + "url").ToList();

        Assert.Contains(urls, u => u.Element(Sitemaps + "loc")!.Value.StartsWith("https://example.org/de/", StringComparison.Ordinal));
        Assert.All(urls, url =>
        {
            var location = url.Element(Sitemaps + "loc")!.Value;
            var head = HeadAlternates(Parse(location["https://example.org/".Length..] + "index.html"));
            Assert.Equal(head, url.Elements(Xhtml + "link").Select(l => $"{l.Attribute("hreflang")!.Value} {l.Attribute("href")!.Value}"));
        });
    }

    private Dictionary<string, IDocument> Pages() =>
        Directory.EnumerateFiles(_site.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.Output, f).Replace('\\', '/'))
            .Where(f => f != "index.html")
            .ToDictionary(f => f, Parse, StringComparer.Ordinal);

    private IDocument Parse(string path) => new HtmlParser().ParseDocument(_site.ReadOutput(path));

    private static List<IElement> Switcher(IDocument page) => page.QuerySelectorAll(".language-switcher a").ToList();

    private static List<string> HeadAlternates(IDocument page) =>
        page.QuerySelectorAll("head link[rel='alternate'][hreflang]").Select(l => $"{l.GetAttribute("hreflang")} {l.GetAttribute("href")}").ToList();
}
