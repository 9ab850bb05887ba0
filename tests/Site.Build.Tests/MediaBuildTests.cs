using Site.Checks;
using Site.TestSupport;

namespace Site.Build.Tests;

/// <summary>Media through a whole build: captions and credits, raw HTML under a sub-path, files that are not images.</summary>
public sealed class MediaBuildTests
{
    [Theory]
    [InlineData("fr/2021/06/poutine/index.html")]
    [InlineData("fr/2021/06/poutine/print/index.html")]
    public void TheLeadImageShowsItsCaptionThenItsCredit(string page)
    {
        using var site = Builds.Bilingual();
        site.Article("articles/2021/poutine.fr.md", "Poutine à Genève", "2021-06-16T18:00:00+02:00", body: "Le sommet.\n", extra: "image: /media/geneve.png\nimage_alt: Le lac de Genève\nimage_caption: \"Le lac, la veille du sommet.\"\nimage_credit: \"Jeanne Martin / AFP\"\n");

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        Assert.Contains("<figcaption>Le lac, la veille du sommet. <span class=\"credit\">Photo\u00A0: Jeanne Martin / AFP</span></figcaption>", site.ReadOutput(page));
    }

    [Fact]
    public void RawHtmlSitePathsWorkUnderASubPathAndPassTheCheck()
    {
        using var site = Builds.Bilingual();
        site.Article("articles/2021/brut.fr.md", "HTML brut", "2021-07-01T10:00:00+02:00", body: "<figure><img src=\"/media/geneve.png\" alt=\"Le lac\"></figure>\n\nVoir <a href=\"/fr/2021/06/poutine/\">Genève</a>.\n");

        var result = Builds.Run(site, baseUrl: new Uri("https://example.org/repo/"));

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        var page = site.ReadOutput("fr/2021/07/brut/index.html");
        Assert.Matches("""<img src="/repo/media/geneve.png" alt="Le lac" srcset="/repo/media/geneve\.1\.[0-9a-f]{12}\.webp 1w" sizes="[^"]+" width="1" height="1">""", page);
        Assert.Contains("<img src=\"/repo/media/geneve.png\" alt=\"Le lac\">", site.ReadOutput("fr/2021/07/brut/print/index.html"));
        Assert.Contains("<a href=\"/repo/fr/2021/06/poutine/\">Genève</a>", page);
    }

    [Fact]
    public void APictureThatIsNotAnImageFailsTheBuildsCheck()
    {
        using var site = Builds.Bilingual();
        site.WriteInput("media/photo.jpg", "<!DOCTYPE html><title>Not found</title>");
        site.Article("articles/2021/photo.fr.md", "Photo", "2021-07-01T10:00:00+02:00", body: "![Le lac](/media/photo.jpg)\n");

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.SiteProblems, result.Outcome);
        Assert.Equal(
            ["fr/2021/07/photo/index.html", "fr/2021/07/photo/print/index.html"],
            result.Findings.Where(f => (f.Kind, f.Message, f.Url) == (FindingKind.BrokenImage, "not an image", "/media/photo.jpg")).Select(f => f.Page).Order(StringComparer.Ordinal));
        Assert.False(site.OutputExists("fr/2021/07/photo/index.html"));
    }
}
