using Site.TestSupport;

namespace Site.Cli.Tests;

public sealed class NewCommandTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-07-14T08:05:00+00:00");

    [Fact]
    public async Task StartsADraftDatedNowInTheSiteTimeZone()
    {
        using var site = new TestSite();
        var stdout = new StringWriter();

        var exit = await New(site, stdout, "Élection à Genève : le « oui » l’emporte", "--lang", "fr", "--category", "economie");

        Assert.Equal(0, exit);
        var path = "articles/2026/election-a-geneve-le-oui-l-emporte.fr.md";
        Assert.EndsWith(path, stdout.ToString().Trim());
        var text = File.ReadAllText(Path.Combine(site.Input, path));
        Assert.StartsWith("---\n", text);
        Assert.Contains("title: Élection à Genève : le « oui » l’emporte", text.Replace("'", string.Empty));
        Assert.Contains("date: 2026-07-14T10:05:00+02:00", text);
        Assert.Contains("category: economie", text);
        Assert.Contains("tags: []", text);
        Assert.Contains("draft: true", text);
    }

    [Fact]
    public async Task WritesTheTranslationTwinWithTheSameDateCategoryImageAndPairing()
    {
        using var site = new TestSite();
        site.Article("articles/2021/sommet.fr.md", "Le sommet", "2021-06-16T18:00:00+02:00", category: "economie", extra: "image: /media/a.png\nimage_alt: Une salle\ntranslationKey: summit\ntags: [Genève]\n");

        var exit = await New(site, new StringWriter(), "The summit", "--lang", "en", "--translate", "articles/2021/sommet.fr.md");

        Assert.Equal(0, exit);
        var text = File.ReadAllText(Path.Combine(site.Input, "articles/2021/sommet.en.md"));
        Assert.Contains("title: The summit", text);
        Assert.Contains("date: 2021-06-16T18:00:00+02:00", text);
        Assert.Contains("category: economie", text);
        Assert.Contains("image: /media/a.png", text);
        Assert.Contains("translationKey: summit", text);
        Assert.EndsWith("---\n\n", text);
    }

    [Fact]
    public async Task RefusesToOverwriteAnExistingFile()
    {
        using var site = new TestSite();
        await New(site, new StringWriter(), "Deux fois", "--lang", "fr");
        var path = Path.Combine(site.Input, "articles/2026/deux-fois.fr.md");
        File.WriteAllText(path, "mine");
        var stderr = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["new", "Deux fois", "--lang", "fr", "--input", site.Input], new StringWriter(), stderr, () => Now);

        Assert.Equal(2, exit);
        Assert.Equal("mine", File.ReadAllText(path));
        Assert.Contains("exists already", stderr.ToString());
    }

    [Theory]
    [InlineData("--lang", "de")]
    [InlineData("--category", "sport")]
    public async Task RefusesAnUnknownLanguageOrCategory(string option, string value)
    {
        using var site = new TestSite();
        string[] arguments = option == "--lang" ? ["--lang", value] : ["--lang", "fr", option, value];

        var exit = await New(site, new StringWriter(), "Titre", arguments);

        Assert.Equal(2, exit);
        Assert.False(Directory.Exists(Path.Combine(site.Input, "articles")));
    }

    [Fact]
    public async Task TheNewDraftBuildsWithDrafts()
    {
        using var site = new TestSite();
        await New(site, new StringWriter(), "Un brouillon", "--lang", "fr");

        var exit = await Build(site, Now.AddMinutes(1), "--drafts");

        Assert.Equal(0, exit);
        Assert.True(site.OutputExists("fr/2026/07/un-brouillon/index.html"));
    }

    [Fact]
    public async Task GivenTheClockBeforeTheDraftsDateWhenBuiltWithDraftsThenTheDraftIsLeftOutAsFuture()
    {
        using var site = new TestSite();
        await New(site, new StringWriter(), "Un brouillon", "--lang", "fr");

        var exit = await Build(site, Now.AddDays(-1), "--drafts");

        Assert.Equal(0, exit);
        Assert.False(site.OutputExists("fr/2026/07/un-brouillon/index.html"));
    }

    [Theory]
    [InlineData("fr", "articles/2026/la-greve.fr.md", "# summary: ", "## Un intertitre", "Le premier paragraphe")]
    [InlineData("en", "articles/2026/la-greve.en.md", "# summary: ", "## A sub-heading", "The first paragraph")]
    public async Task GivenTheThemesArchetypeThenTheDraftHasTheOptionalKeysCommentedAndAnExampleBodyInItsLanguage(string language, string path, string summary, string heading, string paragraph)
    {
        using var site = new TestSite();

        var exit = await New(site, new StringWriter(), "La grève", "--lang", language);

        Assert.Equal(0, exit);
        var text = File.ReadAllText(Path.Combine(site.Input, path));
        var frontMatter = text.Split("\n---\n")[0];
        Assert.Contains("title: La grève", frontMatter);
        Assert.Contains("draft: true", frontMatter);
        Assert.Contains(summary, frontMatter);
        foreach (var key in new[] { "# image: /media/2026/", "# image_alt: ", "# image_caption: ", "# author: " })
        {
            Assert.Contains(key, frontMatter);
        }

        Assert.DoesNotContain("{{", text);
        Assert.Contains(heading, text.Split("\n---\n")[1]);
        Assert.StartsWith(paragraph, text.Split("\n---\n")[1]);
        Assert.Equal(0, await Build(site, Now.AddMinutes(1), "--drafts"));
        Assert.Contains(paragraph, site.ReadOutput($"{language}/2026/07/la-greve/index.html"));
    }

    [Fact]
    public async Task GivenAThemeWithoutArchetypesThenTheDraftHasItsFrontMatterAlone()
    {
        using var site = new TestSite();
        Directory.Delete(Path.Combine(site.Theme, "archetypes"), recursive: true);

        var exit = await New(site, new StringWriter(), "Sans modèle", "--lang", "fr");

        Assert.Equal(0, exit);
        var text = File.ReadAllText(Path.Combine(site.Input, "articles/2026/sans-modele.fr.md"));
        Assert.EndsWith("draft: true\n---\n\n", text);
    }

    /// <summary>Runs <c>site build</c> with the clock fixed at <paramref name="now"/>, never the machine's.</summary>
    private static Task<int> Build(TestSite site, DateTimeOffset now, params string[] options) =>
        SiteCommandLine.RunAsync(["build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output, .. options], new StringWriter(), new StringWriter(), () => now);

    private static Task<int> New(TestSite site, TextWriter stdout, string title, params string[] options) =>
        SiteCommandLine.RunAsync(["new", title, .. options, "--input", site.Input, "--theme", site.Theme], stdout, new StringWriter(), () => Now);
}
