using System.Text.Json;
using System.Xml.Linq;

using AngleSharp.Dom;
using AngleSharp.Html.Parser;

using Site.TestSupport;

namespace Site.Build.Tests.Hardening;

/// <summary>
/// Markup in a title, summary, tag, category name, author, alt text or site title is encoded in every context it
/// reaches: HTML text, attributes, the title element, JSON-LD scripts and XML feeds. Raw HTML in bodies stays raw.
/// </summary>
public sealed class HostileTextTests : IDisposable
{
    private const string Payload = "\"q\" & 'a' </script></title></textarea><x-evil onerror=alert(1)><img src=x onerror=alert(1)> &amp; &#60;";

    private static readonly string[] Fields = ["TITLE", "SUMMARY", "TAG", "CATEGORY", "AUTHOR", "ALT", "SITE"];

    private readonly TestSite _site;

    public HostileTextTests()
    {
        _site = Builds.Bilingual();
        _site.WriteInput("site.yml", TestSite.BilingualConfig
            .Replace("fr: \"Le Journal\"", $"fr: {Yaml(Hostile("SITE"))}")
            .Replace("fr: \"Monde\"", $"fr: {Yaml(Hostile("CATEGORY"))}"));
        _site.WriteInput("articles/2021/hostile.fr.md", $"""
            ---
            title: {Yaml(Hostile("TITLE"))}
            date: 2021-08-01T09:00:00+02:00
            category: monde
            summary: {Yaml(Hostile("SUMMARY"))}
            tags: [{Yaml(Hostile("TAG"))}, Russie]
            author: {Yaml(Hostile("AUTHOR"))}
            image: /media/geneve.png
            image_alt: {Yaml(Hostile("ALT"))}
            ---
            Un paragraphe avec <span class="trusted-raw-html">du HTML brut</span>.

            """);
        var result = Builds.Run(_site);
        Assert.True(result.Outcome == BuildOutcome.Success, string.Join('\n', result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void NoPageGetsAnElementOrAttributeFromTheText()
    {
        var pages = Files("*.html");

        Assert.True(pages.Count > 20);
        Assert.All(pages, page =>
        {
            var html = File.ReadAllText(page);
            var document = Parse(html);
            Assert.Empty(document.QuerySelectorAll("x-evil"));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.Empty(document.QuerySelectorAll("img[src='x']"));
            Assert.True(document.QuerySelectorAll("title").Length <= 1, page);
            Assert.DoesNotContain("&amp;lt;", html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void EveryFieldReachesTheArticlePageAsTheSameText()
    {
        var document = Parse(_site.ReadOutput("fr/2021/08/hostile/index.html"));

        Assert.Equal($"{Shown("TITLE")} – {Shown("SITE")}", document.Title);
        Assert.Equal(Shown("TITLE"), document.QuerySelector("h1")!.TextContent);
        Assert.Equal(Shown("SUMMARY"), document.QuerySelector("meta[name='description']")!.GetAttribute("content"));
        Assert.Equal(Hostile("ALT"), document.QuerySelector(".lead-image img")!.GetAttribute("alt"));
        Assert.Contains(Hostile("AUTHOR"), document.QuerySelector(".byline")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Hostile("TAG"), document.QuerySelectorAll(".tags a").Select(a => a.TextContent));
        Assert.Equal(Hostile("CATEGORY"), document.QuerySelector(".kicker a")!.TextContent);
        Assert.Contains(Shown("SITE"), document.QuerySelector(".site-title")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Hostile("CATEGORY"), document.QuerySelectorAll(".sections a").Select(a => a.TextContent));
        Assert.All(document.QuerySelectorAll("meta[content*='FIELD:']"), meta => Assert.Contains(meta.GetAttribute("content")!, Fields.Select(Shown)));
    }

    [Fact]
    public void EveryFieldReachesTheListingsPrintPageAndTagPagesAsTheSameText()
    {
        var print = Parse(_site.ReadOutput("fr/2021/08/hostile/print/index.html"));
        Assert.Equal($"{Shown("TITLE")} – {Shown("SITE")}", print.Title);
        Assert.Equal(Hostile("ALT"), print.QuerySelector(".lead-image img")!.GetAttribute("alt"));
        Assert.Contains(Hostile("AUTHOR"), print.QuerySelector(".byline")!.TextContent, StringComparison.Ordinal);

        var home = Parse(_site.ReadOutput("fr/index.html"));
        Assert.Contains(Shown("TITLE"), home.QuerySelectorAll(".front-lead h2 a, .front-teaser h3 a, .front-section li > a").Select(a => a.TextContent));
        Assert.Contains(Shown("SUMMARY"), home.QuerySelectorAll(".front-lead .summary").Select(p => p.TextContent));

        var tag = Files("*.html").Select(File.ReadAllText).Select(Parse).Where(d => d.QuerySelector("body.kind-tag") is not null)
            .Single(d => d.QuerySelector("h1")!.TextContent == Hostile("TAG"));
        Assert.Contains(Shown("TITLE"), tag.QuerySelectorAll(".entry h2 a").Select(a => a.TextContent));
        Assert.Contains(Hostile("TAG"), Parse(_site.ReadOutput("fr/tags/index.html")).QuerySelectorAll(".tag-cloud a").Select(a => a.TextContent));
    }

    [Fact]
    public void KeepsRawHtmlOfTheMarkdownBody()
    {
        var html = _site.ReadOutput("fr/2021/08/hostile/index.html");

        Assert.Contains("<span class=\"trusted-raw-html\">du HTML brut</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLdScriptsHoldTheTextAsJsonThatCannotCloseTheScript()
    {
        var scripts = Files("*.html").Select(File.ReadAllText).Select(Parse)
            .SelectMany(d => d.QuerySelectorAll("script[type='application/ld+json']")).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script => Assert.DoesNotContain("<", script.TextContent, StringComparison.Ordinal));
        var article = Parse(_site.ReadOutput("fr/2021/08/hostile/index.html")).QuerySelector("script[type='application/ld+json']");
        var json = JsonDocument.Parse(article!.TextContent).RootElement;
        Assert.Equal(Shown("TITLE"), json.GetProperty("headline").GetString());
        Assert.Contains(Hostile("AUTHOR"), JsonStrings(json));
    }

    [Fact]
    public void XmlFilesParseAndHoldTheTextAsText()
    {
        var files = Files("*.xml");
        Assert.Contains(files, f => f.EndsWith("feed.xml", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("sitemap.xml", StringComparison.Ordinal));
        Assert.All(files, file =>
        {
            var xml = XDocument.Parse(File.ReadAllText(file));
            Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName is "x-evil" or "img");
        });
        var feed = XDocument.Parse(_site.ReadOutput("fr/feed.xml"));
        Assert.Contains(Shown("TITLE"), feed.Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value));
        Assert.Contains(Shown("SITE"), feed.Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value));
    }

    /// <summary>The payload marked with the field it was written in, so that each value can be found where it lands.</summary>
    private static string Hostile(string field) => $"FIELD:{field} {Payload}";

    /// <summary>Titles (the site's too) and summaries are shown with the body's typography: French quotes and curly apostrophes.</summary>
    private static string Shown(string field) =>
        field is "TITLE" or "SUMMARY" or "SITE" ? Hostile(field).Replace("\"q\"", "«\u202Fq\u202F»").Replace("'a'", "‘a’") : Hostile(field);

    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private List<string> Files(string pattern) => Directory.EnumerateFiles(_site.Output, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> JsonStrings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => JsonStrings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(JsonStrings),
        _ => [],
    };
}
