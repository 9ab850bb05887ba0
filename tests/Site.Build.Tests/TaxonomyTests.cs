using Site.Core.Diagnostics;
using Site.TestSupport;

namespace Site.Build.Tests;

public sealed class TaxonomyTests
{
    [Fact]
    public void MakesCategoryAndTagPagesInBothLanguagesThatLeadToEachOther()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        var frenchTag = site.ReadOutput("fr/tags/vladimir-poutine/index.html");
        Assert.Contains("Poutine à Genève", frenchTag);
        Assert.Contains("<a href=\"/en/tags/vladimir-putin/\" hreflang=\"en\" lang=\"en\" rel=\"alternate\">English</a>", frenchTag);
        Assert.Contains("<a href=\"/fr/tags/vladimir-poutine/\" hreflang=\"fr\" lang=\"fr\" rel=\"alternate\">Français</a>", site.ReadOutput("en/tags/vladimir-putin/index.html"));
        Assert.Contains("<a href=\"/en/tags/\" hreflang=\"en\" lang=\"en\">English</a>", site.ReadOutput("fr/tags/sante/index.html"));

        Assert.Contains("Les vaccins", site.ReadOutput("fr/categories/economie/index.html"));
        Assert.Contains("href=\"/fr/categories/economie/\"", site.ReadOutput("en/categories/economy/index.html"));
        Assert.Contains("<a href=\"/fr/categories/monde/\">Monde</a>", site.ReadOutput("fr/index.html"));
    }

    [Fact]
    public void LinksArticlesToTheirCategoryAndTags()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        var article = site.ReadOutput("fr/2021/06/poutine/index.html");
        Assert.Contains("<a href=\"/fr/categories/monde/\">Monde</a>", article);
        Assert.Contains("<a href=\"/fr/tags/vladimir-poutine/\" rel=\"tag\">Vladimir Poutine</a>", article);
        Assert.Contains("<a href=\"/fr/tags/russie/\" rel=\"tag\">Russie</a>", article);
    }

    [Fact]
    public void MergesSpellingsWithTheSameSlugUnderTheMostFrequentOneWithAWarning()
    {
        using var site = new TestSite();
        site.Article("articles/2021/a.fr.md", "A", "2021-01-01T09:00:00+01:00", extra: "tags: [Erdoğan]\n");
        site.Article("articles/2021/b.fr.md", "B", "2021-01-02T09:00:00+01:00", extra: "tags: [Erdoğan]\n");
        site.Article("articles/2021/c.fr.md", "C", "2021-01-03T09:00:00+01:00", extra: "tags: [erdogan]\n");

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Contains("'Erdoğan' (articles/2021/a.fr.md, articles/2021/b.fr.md)", warning.Message);
        Assert.Contains("'erdogan' (articles/2021/c.fr.md)", warning.Message);
        var tag = site.ReadOutput("fr/tags/erdogan/index.html");
        Assert.Contains("<h1>Erdoğan</h1>", tag);
        Assert.Contains(">C</a>", tag);
    }

    [Fact]
    public void ListsTagsInTheLanguageCollationWithTheirCounts()
    {
        using var site = new TestSite();
        site.Article("articles/2021/a.fr.md", "A", "2021-01-01T09:00:00+01:00", extra: "tags: [Élections, Europe, Zèbre, Asie]\n");
        site.Article("articles/2021/b.fr.md", "B", "2021-01-02T09:00:00+01:00", extra: "tags: [Europe]\n");

        Builds.Run(site);

        var index = site.ReadOutput("fr/tags/index.html");
        var order = new[] { "Asie", "Élections", "Europe", "Zèbre" }.Select(t => index.IndexOf($">{t}</a>", StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order(), order);
        Assert.Contains("<a href=\"/fr/tags/europe/\">Europe</a> <span class=\"count\">2 articles</span>", index);
        Assert.Contains("<a href=\"/fr/tags/asie/\">Asie</a> <span class=\"count\">1 article</span>", index);
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("full")]
    public void ShowsWholeArticlesOrSummariesInListings(string lists)
    {
        using var site = new TestSite(TestSite.BilingualConfig.Replace("lists: summary", $"lists: {lists}"));
        var body = "Premier paragraphe.\n\n## Contexte\n\n![Carte](/media/carte.png)\n\nSuite[^1] et [retour](#contexte).\n\n[^1]: Une note.\n";
        for (var i = 1; i <= 7; i++)
        {
            site.Article($"articles/2021/p{i}.fr.md", $"Article {i}", $"2021-0{i}-01T09:00:00+01:00", body: body, extra: "tags: [Vladimir Poutine]\n");
        }

        site.WriteInputBytes("media/carte.png", Png.OnePixel);

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        var tag = site.ReadOutput("fr/tags/vladimir-poutine/index.html");
        Assert.True(tag.IndexOf("Article 7", StringComparison.Ordinal) < tag.IndexOf("Article 1<", StringComparison.Ordinal), "newest first");
        Assert.Equal(0, Occurrences.Of("/print/\">Imprimer</a>", tag));
        if (lists == "full")
        {
            Assert.Equal(7, Occurrences.Of("<h2 id=\"", tag));
            Assert.Contains("<h2 id=\"p7-contexte\">Contexte</h2>", tag);
            Assert.Contains("href=\"#p7-contexte\"", tag);
            Assert.Equal(7, Occurrences.Of("alt=\"Carte\"", tag));
            var ids = System.Text.RegularExpressions.Regex.Matches(tag, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.DoesNotContain("Lire la suite", tag);
        }
        else
        {
            Assert.DoesNotContain("<h2 id=", tag);
            Assert.Equal(7, Occurrences.Of("Lire la suite", tag));
        }
    }
}
