using Site.TestSupport;

namespace Site.Build.Tests;

public sealed class BilingualTests
{
    [Fact]
    public void LinksATranslatedPairBothWaysWithHreflangAndXDefault()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        var french = site.ReadOutput("fr/2021/06/poutine/index.html");
        var english = site.ReadOutput("en/2021/06/poutine/index.html");
        foreach (var page in new[] { french, english })
        {
            Assert.Contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"https://example.org/fr/2021/06/poutine/\">", page);
            Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/en/2021/06/poutine/\">", page);
            Assert.Contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/fr/2021/06/poutine/\">", page);
        }

        Assert.Contains("<a href=\"/en/2021/06/poutine/\" hreflang=\"en\" lang=\"en\" rel=\"alternate\">English</a>", french);
        Assert.Contains("<a href=\"/fr/2021/06/poutine/\" hreflang=\"fr\" lang=\"fr\" rel=\"alternate\">Français</a>", english);
        Assert.Contains("<html lang=\"en\">", english);
    }

    [Fact]
    public void SendsTheSwitcherOfAnUntranslatedArticleToTheOtherHomeAndNamesNoAlternate()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        var page = site.ReadOutput("fr/2020/12/vaccins/index.html");
        Assert.Contains("<a href=\"/en/\" hreflang=\"en\" lang=\"en\">English</a>", page);
        Assert.DoesNotContain("hreflang=\"x-default\"", page);
        Assert.DoesNotContain("rel=\"alternate\" hreflang", page);
    }

    [Fact]
    public void PairsArticlesWithDifferentFileNamesThroughTheirTranslationKey()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        Assert.Contains("href=\"/en/2020/11/nagorno/\" hreflang=\"en\"", site.ReadOutput("fr/2020/11/karabakh/index.html"));
        Assert.Contains("href=\"/fr/2020/11/karabakh/\" hreflang=\"fr\"", site.ReadOutput("en/2020/11/nagorno/index.html"));
        Assert.Contains("href=\"/en/about/\" hreflang=\"en\"", site.ReadOutput("fr/a-propos/index.html"));
    }

    [Theory]
    [InlineData("fr", "2020-11-10T09:00:00+01:00", "mardi 10 novembre 2020 à 9\u00A0h\u00A000")]
    [InlineData("en", "2020-11-10T09:00:00+01:00", "Tuesday 10 November 2020 at 09:00")]
    [InlineData("fr", "2021-09-26T08:30:00+02:00", "dimanche 26 septembre 2021 à 8\u00A0h\u00A030")]
    [InlineData("en", "2021-09-26T08:30:00+02:00", "Sunday 26 September 2021 at 08:30")]
    [InlineData("fr", "2021-09-26T06:30:00+00:00", "dimanche 26 septembre 2021 à 8\u00A0h\u00A030")]
    public void WritesDatesInThePageCulture(string language, string date, string expected)
    {
        using var site = new TestSite();
        site.Article($"articles/2020/a.{language}.md", "A", date);

        Builds.Run(site);

        var path = $"{language}/{date[..4]}/{date[5..7]}/a/index.html";
        Assert.Contains($"<time datetime=\"{date}\">{expected}</time>", site.ReadOutput(path));
    }

    [Fact]
    public void FailsWhenAUiStringIsMissingInOneLanguage()
    {
        using var site = Builds.Bilingual();
        site.WriteTheme("i18n/en.yml", string.Join('\n', File.ReadAllLines(Path.Combine(site.Theme, "i18n", "en.yml")).Where(l => !l.StartsWith("print:", StringComparison.Ordinal))));

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.File == "theme/i18n/en.yml" && d.Message.Contains("'print'"));
    }

    [Theory]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    public void PaginatesHomesAtThePageSize(int articles, int pages)
    {
        using var site = new TestSite();
        for (var i = 1; i <= articles; i++)
        {
            site.Article($"articles/2021/a{i:D2}.fr.md", $"Article {i:D2}", $"2021-01-{i:D2}T09:00:00+01:00");
        }

        Builds.Run(site);

        Assert.False(site.OutputExists("fr/page/1/index.html"));
        Assert.Equal(pages == 2, site.OutputExists("fr/page/2/index.html"));
        Assert.False(site.OutputExists("fr/page/3/index.html"));
        var first = site.ReadOutput("fr/index.html");
        Assert.Equal((1, 6), (Occurrences.Of("<article class=\"front-lead\"", first), Occurrences.Of("<li class=\"front-teaser\"", first)));
        if (pages == 2)
        {
            Assert.Contains("<link rel=\"next\" href=\"/fr/page/2/\">", first);
            var second = site.ReadOutput("fr/page/2/index.html");
            Assert.Equal(1, Occurrences.Of("<article class=\"entry", second));
            Assert.Contains("<link rel=\"prev\" href=\"/fr/\">", second);
            Assert.Contains("Article 01", second);
        }
        else
        {
            Assert.DoesNotContain("rel=\"next\"", first);
        }
    }

    [Fact]
    public void MakesA404PerLanguageAndABilingualOne()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        Assert.Contains("Page introuvable", site.ReadOutput("fr/404.html"));
        Assert.Contains("Page not found", site.ReadOutput("en/404.html"));
        var both = site.ReadOutput("404.html");
        Assert.Contains("Page introuvable", both);
        Assert.Contains("Page not found", both);
    }

    [Fact]
    public void EveryAlternateAndSwitcherLinkLeadsToAPageThatExists()
    {
        using var site = Builds.Bilingual();

        var result = Builds.Run(site);

        // The build's own link check resolves every href of every page, switchers and alternates included.
        Assert.Equal(BuildOutcome.Success, result.Outcome);
        Assert.Empty(result.Findings);
    }
}
