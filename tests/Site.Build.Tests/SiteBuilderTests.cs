using Site.Core.Diagnostics;

namespace Site.Build.Tests;

public sealed class SiteBuilderTests
{
    [Fact]
    public void BuildsArticleAndPrintPagesInBothLanguages()
    {
        using var site = Builds.Bilingual();

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        var article = site.ReadOutput("fr/2021/06/poutine/index.html");
        Assert.Contains("<title>Poutine à Genève – Le Journal</title>", article);
        Assert.Contains("<html lang=\"fr\">", article);
        Assert.Contains("<time datetime=\"2021-06-16T18:00:00+02:00\">mercredi 16 juin 2021 à 18\u00A0h\u00A000</time>", article);
        Assert.Contains("href=\"/fr/2021/06/poutine/print/\"", article);
        Assert.Contains(">Imprimer</a>", article);
        Assert.Contains("href=\"/fr/2020/12/vaccins/\"", article);
        Assert.Matches("""<img src="/media/geneve.png" alt="Le lac de Genève" width="1" height="1" srcset="/media/geneve\.1\.[0-9a-f]{12}\.webp 1w" sizes="\(min-width: 44rem\) 42rem, calc\(100vw - 2rem\)" fetchpriority="high">""", article);

        var english = site.ReadOutput("en/2021/06/poutine/index.html");
        Assert.Contains("<time datetime=\"2021-06-16T18:00:00+02:00\">Wednesday 16 June 2021 at 18:00</time>", english);
        Assert.Contains(">Print</a>", english);

        var print = site.ReadOutput("fr/2021/06/poutine/print/index.html");
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", print);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/fr/2021/06/poutine/\">", print);
        Assert.Contains(">https://example.org/fr/2021/06/poutine/</a>", print);
        Assert.DoesNotContain("class=\"sections\"", print);
        Assert.Contains("<img src=\"/media/geneve.png\" alt=\"Le lac de Genève\" width=\"1\" height=\"1\">", print);
    }

    [Fact]
    public void BuildsHomesStandAlonePagesAndTheRoot()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        var home = site.ReadOutput("fr/index.html");
        Assert.True(home.IndexOf("Poutine à Genève", StringComparison.Ordinal) < home.IndexOf("Les vaccins", StringComparison.Ordinal), "newest first");
        Assert.Contains("Qui sommes-nous.", site.ReadOutput("fr/a-propos/index.html"));
        Assert.Contains("Who we are.", site.ReadOutput("en/about/index.html"));
        var root = site.ReadOutput("index.html");
        Assert.Contains("href=\"/fr/\"", root);
        Assert.Contains("href=\"/en/\"", root);
        Assert.Contains("http-equiv=\"refresh\" content=\"0; url=/fr/\"", root);
    }

    [Fact]
    public void LeavesOutDraftsAndFutureArticlesUnlessAsked()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);
        Assert.False(site.OutputExists("fr/2024/01/brouillon/index.html"));
        Assert.False(site.OutputExists("fr/2030/01/futur/index.html"));

        Builds.Run(site, drafts: true, future: true);
        Assert.True(site.OutputExists("fr/2024/01/brouillon/index.html"));
        Assert.True(site.OutputExists("fr/2030/01/futur/index.html"));
    }

    [Fact]
    public void GivesByteIdenticalOutputForTheSameInput()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);
        var first = site.OutputHashes();
        Builds.Run(site);

        Assert.Equal(first, site.OutputHashes());
        Assert.True(first.Count > 20);
    }

    [Fact]
    public void ReportsABrokenFrontMatterLineWithExitTwoAndKeepsThePreviousOutput()
    {
        using var site = Builds.Bilingual();
        Builds.Run(site);
        var before = site.OutputHashes();

        site.WriteInput("articles/2021/poutine.fr.md", "---\ntitle: Poutine\ndate: 2021-06-16T18:00:00+02:00\ncategory: [monde\n---\nTexte\n");
        site.WriteInput("articles/2020/vaccins.fr.md", "---\ntitle: Vaccins\ndate: 2020-13-10T09:00:00+01:00\ncategory: monde\n---\nTexte\n");
        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.File == "articles/2021/poutine.fr.md" && d.Line == 4 && d.Severity == Severity.Error);
        Assert.Contains(result.Diagnostics, d => d.File == "articles/2020/vaccins.fr.md" && d.Line == 3 && d.Message.Contains("not a valid date"));
        Assert.Equal(before, site.OutputHashes());
    }

    [Fact]
    public void FailsWithExitOneOnABrokenImageAndKeepsThePreviousOutput()
    {
        using var site = Builds.Bilingual();
        Builds.Run(site);
        var before = site.OutputHashes();

        site.Article("articles/2021/image.fr.md", "Image", "2021-01-01T09:00:00+01:00", extra: "image: /media/missing.jpg\nimage_alt: rien\n");
        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.SiteProblems, result.Outcome);
        var finding = Assert.Single(result.Findings, f => f.Url == "/media/missing.jpg" && f.Page == "fr/2021/01/image/index.html");
        Assert.Equal(site.Input + "/articles/2021/image.fr.md", finding.SourceFile); // In full: the temporary folder is not under the current one.
        Assert.Equal(before, site.OutputHashes());
    }

    [Fact]
    public void ReportsTwoArticlesWithTheSameUrl()
    {
        using var site = Builds.Bilingual();
        site.Article("articles/2021/autre.fr.md", "Autre", "2021-06-01T09:00:00+02:00", extra: "slug: poutine\n");

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("articles/2021/autre.fr.md") && d.Message.Contains("articles/2021/poutine.fr.md"));
    }

    [Fact]
    public void RemovesWhatAnInterruptedBuildLeftBehind()
    {
        using var site = Builds.Bilingual();
        var leftover = Path.Combine(site.Root, ".output.tmp");
        Directory.CreateDirectory(leftover);
        File.WriteAllText(Path.Combine(leftover, "half.html"), "half");

        Builds.Run(site);

        Assert.False(Directory.Exists(leftover));
        Assert.False(site.OutputExists("half.html"));
    }

    [Theory]
    [InlineData("input")]
    [InlineData("theme")]
    [InlineData("input/media")]
    [InlineData(".")]
    [InlineData("/")]
    public void RefusesAnOutputFolderThatOverlapsTheSources(string output)
    {
        using var site = Builds.Bilingual();
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        var files = Directory.GetFiles(site.Input, "*", SearchOption.AllDirectories).Length;

        var result = Builds.Run(site, output: Path.Combine(site.Root, output));

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.File == "--output");
        Assert.Equal(files, Directory.GetFiles(site.Input, "*", SearchOption.AllDirectories).Length);
    }
}
