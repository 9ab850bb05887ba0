using System.Text.Json;

using Site.TestSupport;

namespace Site.Build.Tests;

/// <summary>Authors declared in site.yml: their pages in each language, the bylines that link to them, JSON-LD, the sitemap; and the footer.</summary>
public sealed class AuthorPagesTests : IDisposable
{
    private const string Authors = """

        authors:
          claire: { name: Claire Martel, bio: { fr: "Correspondante à Kiev.", en: "Kyiv correspondent." } }
          redaction: { name: { fr: "La rédaction", en: "The newsroom" }, organization: true }
        defaultAuthor: redaction
        """;

    private readonly TestSite _site;

    public AuthorPagesTests()
    {
        _site = Builds.Bilingual();
        _site.WriteInput("site.yml", TestSite.BilingualConfig + Authors);
        _site.Article("articles/2021/kiev.fr.md", "Kiev", "2021-05-01T09:00:00+02:00", extra: "author: claire\ntranslationKey: kiev\n");
        _site.Article("articles/2021/kiev.en.md", "Kyiv", "2021-05-01T09:00:00+02:00", extra: "author: [claire, redaction]\nslug: kyiv\ntranslationKey: kiev\n");
        _site.WriteInput("pages/mentions-legales.fr.md", "---\ntitle: Mentions légales\ndate: 2020-01-01T00:00:00+01:00\nfooter: true\n---\nÉditeur.\n");
        var result = Builds.Run(_site);
        Assert.True(result.Outcome == BuildOutcome.Success, string.Join('\n', result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void GivesEachPersonAPageInEachLanguageWithTheirBioAndArticles()
    {
        var french = _site.ReadOutput("fr/authors/claire/index.html");
        var english = _site.ReadOutput("en/authors/claire/index.html");

        Assert.Contains("<h1>Claire Martel</h1>", french);
        Assert.Contains("Correspondante à Kiev.", french);
        Assert.Contains("href=\"/fr/2021/05/kiev/\"", french);
        Assert.DoesNotContain("/fr/2021/06/poutine/\"", french);
        Assert.Contains("Kyiv correspondent.", english);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/en/authors/claire/\">", french);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"https://example.org/fr/authors/claire/\">", english);
        Assert.False(File.Exists(Path.Combine(_site.Output, "fr/authors/redaction/index.html")), "an organization has no page");
        var sitemap = _site.ReadOutput("sitemap.xml");
        Assert.Contains("<loc>https://example.org/fr/authors/claire/</loc>", sitemap);
        Assert.Contains("<loc>https://example.org/en/authors/claire/</loc>", sitemap);
    }

    [Fact]
    public void LinksBylinesToPeopleAndNamesTheDefaultOrganization()
    {
        var kyiv = _site.ReadOutput("en/2021/05/kyiv/index.html");
        var poutine = _site.ReadOutput("fr/2021/06/poutine/index.html");

        Assert.Contains("By <a href=\"/en/authors/claire/\" rel=\"author\">Claire Martel</a> and The newsroom", kyiv);
        Assert.Contains("Par La rédaction", poutine);
        var authors = MetadataTests.JsonLd(kyiv).GetProperty("author").EnumerateArray().ToList();
        Assert.Equal(("Person", "Claire Martel", "https://example.org/en/authors/claire/"), (Type(authors[0]), Name(authors[0]), authors[0].GetProperty("url").GetString()));
        Assert.Equal(("Organization", "The newsroom"), (Type(authors[1]), Name(authors[1])));
        Assert.False(authors[1].TryGetProperty("url", out _));
    }

    [Fact]
    public void PutsFooterPagesTheFeedAndTheOtherLanguageInEveryPagesFooter()
    {
        foreach (var page in new[] { "fr/index.html", "fr/2021/05/kiev/index.html", "fr/authors/claire/index.html", "fr/tags/index.html", "fr/404.html" })
        {
            var footer = _site.ReadOutput(page)[_site.ReadOutput(page).IndexOf("<footer class=\"site-footer\">", StringComparison.Ordinal)..];
            Assert.Contains("<a href=\"/fr/mentions-legales/\">Mentions légales</a>", footer);
            Assert.Contains("<a href=\"/fr/feed.xml\" type=\"application/atom+xml\">", footer);
            Assert.Contains("<a href=\"/en/\" hreflang=\"en\">Édition anglaise</a>", footer);
            Assert.DoesNotContain("À propos", footer);
        }

        Assert.Contains("<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">", _site.ReadOutput("en/index.html"));
        Assert.True(File.Exists(Path.Combine(_site.Output, "assets/favicon.svg")));
    }

    private static string? Type(JsonElement party) => party.GetProperty("@type").GetString();

    private static string? Name(JsonElement party) => party.GetProperty("name").GetString();
}
