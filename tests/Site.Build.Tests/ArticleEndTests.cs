using Site.TestSupport;

namespace Site.Build.Tests;

public sealed class ArticleEndTests
{
    [Fact]
    public void LinksThePreviousAndNextArticlesOfTheLanguageWithNothingPastTheEnds()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        var newest = End(site, "fr/2021/06/poutine/index.html");
        Assert.Contains("<a href=\"/fr/2020/12/vaccins/\" rel=\"prev\">Les vaccins</a>", newest, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", newest, StringComparison.Ordinal);
        var oldest = End(site, "fr/2020/11/karabakh/index.html");
        Assert.DoesNotContain("rel=\"prev\"", oldest, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/fr/2020/12/vaccins/\" rel=\"next\">Les vaccins</a>", oldest, StringComparison.Ordinal);
        var english = End(site, "en/2021/06/poutine/index.html");
        Assert.Contains("<a href=\"/en/2020/11/nagorno/\" rel=\"prev\">Nagorno-Karabakh</a>", english, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowsMoreOfTheCategoryRelatedArticlesAndTheMonthsArchive()
    {
        using var site = new TestSite();
        site.Article("articles/a.fr.md", "Alpha", "2022-03-01T09:00:00+01:00", extra: "tags: [Rare, Commun]\n");
        site.Article("articles/b.fr.md", "Bravo", "2022-03-02T09:00:00+01:00", extra: "tags: [Commun]\n");
        site.Article("articles/c.fr.md", "Charlie", "2022-03-03T09:00:00+01:00", category: "economie", extra: "tags: [Rare]\n");
        site.Article("articles/d.fr.md", "Delta", "2022-03-04T09:00:00+01:00", extra: "tags: [Autre]\n");

        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);

        var alpha = End(site, "fr/2022/03/a/index.html");
        var category = alpha[alpha.IndexOf("<h2>Dans la même rubrique</h2>", StringComparison.Ordinal)..alpha.IndexOf("<h2>À lire aussi</h2>", StringComparison.Ordinal)];
        Assert.True(category.IndexOf("/fr/2022/03/d/", StringComparison.Ordinal) < category.IndexOf("/fr/2022/03/b/", StringComparison.Ordinal));
        Assert.DoesNotContain("/fr/2022/03/c/", category, StringComparison.Ordinal);
        var related = alpha[alpha.IndexOf("<h2>À lire aussi</h2>", StringComparison.Ordinal)..];
        Assert.True(related.IndexOf("/fr/2022/03/c/", StringComparison.Ordinal) < related.IndexOf("/fr/2022/03/b/", StringComparison.Ordinal));
        Assert.Contains("<a href=\"/fr/2022/03/\">Mars 2022</a>", alpha, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/fr/archives/\">Toutes les archives</a>", alpha, StringComparison.Ordinal);
        Assert.DoesNotContain("À lire aussi", End(site, "fr/2022/03/d/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void NamesTheCategoryInEnglish()
    {
        using var site = new TestSite();
        site.Article("articles/a.en.md", "Alpha", "2022-03-01T09:00:00+01:00");
        site.Article("articles/b.en.md", "Bravo", "2022-03-02T09:00:00+01:00");

        Builds.Run(site);

        Assert.Contains("<h2>More in World</h2>", End(site, "en/2022/03/a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void GivesStandAlonePagesNoArticleEnd()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        Assert.DoesNotContain("article-end", site.ReadOutput("fr/a-propos/index.html"), StringComparison.Ordinal);
    }

    private static string End(TestSite site, string page)
    {
        var html = site.ReadOutput(page);
        var start = html.IndexOf("<nav class=\"article-end\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{page} has no article end");
        return html[start..html.IndexOf("</nav>", start, StringComparison.Ordinal)];
    }
}
