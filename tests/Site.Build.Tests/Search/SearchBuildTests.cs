using Site.Core.Diagnostics;
using Site.TestSupport;
using Site.TestSupport.Tooling;

namespace Site.Build.Tests.Search;

/// <summary>
/// <c>search: true</c> with and without Pagefind: the build indexes its staging folder, or builds without search pages
/// (a warning), or fails with <c>--require-search</c>; a failing Pagefind is a failed build; the preview's pages say
/// that the index is made by <c>site build</c>.
/// </summary>
public sealed class SearchBuildTests
{
    private const string NoPagefind = "/nonexistent/node_modules/.bin/pagefind";

    [Fact]
    public void WithoutPagefindTheSiteIsBuiltWithoutSearchPagesOrLinksAfterOneWarningNamingTheFix()
    {
        using var site = SearchSite();

        var result = Build(site, pagefind: NoPagefind);

        Assert.Equal(BuildOutcome.Success, result.Outcome); // which includes the build's own link check
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCode.SearchUnavailable);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("npm ci", warning.Hint, StringComparison.Ordinal);
        Assert.False(site.OutputExists("fr/recherche/index.html"));
        Assert.False(site.OutputExists("en/search/index.html"));
        Assert.All(HtmlPages(site), page => Assert.DoesNotContain("recherche/", File.ReadAllText(page), StringComparison.Ordinal));
        Assert.All(HtmlPages(site), page => Assert.DoesNotContain("/en/search/", File.ReadAllText(page), StringComparison.Ordinal));
    }

    [Fact]
    public void RequireSearchWithoutPagefindFailsAndLeavesThePreviousOutputUntouched()
    {
        using var site = SearchSite();
        Assert.Equal(BuildOutcome.Success, Build(site, pagefind: NoPagefind).Outcome);
        var before = site.OutputHashes();

        var result = Build(site, pagefind: NoPagefind, requireSearch: true);

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCode.SearchUnavailable);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("npm ci", error.Hint, StringComparison.Ordinal);
        Assert.Equal(before, site.OutputHashes());
    }

    [Fact]
    public void ASiteWithoutSearchNeedsNoPagefindAndHasNoSearchPage()
    {
        using var site = new TestSite();
        site.Article("articles/2021/a.fr.md", "Un article", "2021-06-16T18:00:00+02:00");

        var result = Build(site, pagefind: NoPagefind, requireSearch: true);

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        Assert.Empty(result.Diagnostics);
        Assert.False(site.OutputExists("fr/recherche/index.html"));
    }

    [Fact]
    public void AFailingPagefindFailsTheBuildAndLeavesThePreviousOutputUntouched()
    {
        using var site = SearchSite();
        Assert.Equal(BuildOutcome.Success, Build(site, pagefind: NoPagefind).Outcome);
        var before = site.OutputHashes();
        var failing = FailingPagefind(site.Root);

        var result = Build(site, pagefind: failing);

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCode.SearchIndexFailed);
        Assert.Contains("cannot index", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, site.OutputHashes());
    }

    [Fact]
    public void TheSearchPathOfTheThemeMustBeAFolderName()
    {
        using var site = SearchSite();
        var strings = Path.Combine(site.Theme, "i18n", "en.yml");
        File.WriteAllText(strings, File.ReadAllText(strings).Replace("search_path: \"search\"", "search_path: \"../x\"", StringComparison.Ordinal));

        var result = Build(site, pagefind: NoPagefind);

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.InvalidSearchPath && d.File.EndsWith("en.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void APreviewWithoutSearchHasSearchPagesThatSayTheIndexIsMadeByBuild()
    {
        using var site = SearchSite();

        var result = new SiteBuilder(TextWriter.Null).Build(Options(site, pagefind: NoPagefind) with { IndexSearch = false }, new BuildSession());

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        Assert.Empty(result.Diagnostics);
        var page = site.ReadOutput("fr/recherche/index.html");
        Assert.Contains("class=\"search-note\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-bundle", page, StringComparison.Ordinal);
        Assert.False(site.OutputExists("pagefind/pagefind-ui.js"));
    }

    [PagefindFact]
    public void PagefindIndexesTheStagingFolderBeforeTheSwap()
    {
        using var site = SearchSite();
        var progress = new StringWriter();

        var result = new SiteBuilder(progress).Build(Options(site, pagefind: TestTools.PagefindPath));

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        Assert.Contains(result.Steps, s => s.Step == "index search");
        Assert.Contains("Pagefind: 2 languages", progress.ToString(), StringComparison.Ordinal);
        Assert.True(site.OutputExists("pagefind/pagefind-ui.js"));
        Assert.True(site.OutputExists("pagefind/wasm.fr.pagefind"));
        Assert.True(site.OutputExists("pagefind/wasm.en.pagefind"));
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.tmp")));
    }

    [PagefindFact]
    public void APreviewWithSearchIndexesItsFolderAfterEachRebuild()
    {
        using var site = SearchSite();
        var session = new BuildSession();
        var options = Options(site, pagefind: TestTools.PagefindPath);
        Assert.Equal(BuildOutcome.Success, new SiteBuilder(TextWriter.Null).Build(options, session).Outcome);
        Assert.DoesNotContain("ornithorynque", IndexedText(site), StringComparison.Ordinal);

        site.Article("articles/2021/nouveau.fr.md", "Un ornithorynque", "2021-07-01T09:00:00+02:00");
        var result = new SiteBuilder(TextWriter.Null).Build(options, session);

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        Assert.Contains(result.Steps, s => s.Step == "index search");
        Assert.Contains("ornithorynque", IndexedText(site), StringComparison.Ordinal);
        Assert.DoesNotContain("search-note", site.ReadOutput("fr/recherche/index.html"), StringComparison.Ordinal);
    }

    [PagefindFact]
    public void SearchPagesAreNoindexOutOfTheSitemapAndAlternatesOfEachOther()
    {
        using var site = SearchSite();

        Assert.Equal(BuildOutcome.Success, Build(site, pagefind: TestTools.PagefindPath).Outcome);

        var french = site.ReadOutput("fr/recherche/index.html");
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", french, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/en/search/\">", french, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"https://example.org/fr/recherche/\">", site.ReadOutput("en/search/index.html"), StringComparison.Ordinal);
        Assert.Contains("'wasm-unsafe-eval'", french, StringComparison.Ordinal);
        Assert.DoesNotContain("search/", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("recherche/", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("href=\"/fr/recherche/\"", site.ReadOutput("fr/index.html"), StringComparison.Ordinal);
        Assert.Contains("href=\"/en/search/\"", site.ReadOutput("en/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyTheHeadlineAndBodyOfArticlesAreMarkedForTheIndex()
    {
        using var site = SearchSite();

        Assert.Equal(BuildOutcome.Success, Build(site, pagefind: NoPagefind).Outcome);

        var article = site.ReadOutput("fr/2021/06/poutine/index.html");
        Assert.Equal(2, Occurrences.Of("data-pagefind-body", article));
        Assert.Matches(@"<div data-pagefind-body>\s*<h1>", article);
        Assert.Contains("data-pagefind-filter=\"Rubrique\"", article, StringComparison.Ordinal);
        Assert.Contains("data-pagefind-filter=\"Mot-clé\"", article, StringComparison.Ordinal);
        Assert.Contains("data-pagefind-meta=\"date:", article, StringComparison.Ordinal);
        Assert.Contains("data-pagefind-meta=\"image:/media/geneve.png\"", article, StringComparison.Ordinal);
        var others = HtmlPages(site).Where(p => !IsArticle(p)).ToList();
        Assert.Contains(others, p => p.EndsWith(Path.Combine("print", "index.html"), StringComparison.Ordinal));
        Assert.All(others, page => Assert.DoesNotContain("data-pagefind-body", File.ReadAllText(page), StringComparison.Ordinal));
    }

    /// <summary>A stand-in for Pagefind that says what is wrong and exits with 3.</summary>
    private static string FailingPagefind(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            var script = Path.Combine(folder, "failing-pagefind.cmd");
            File.WriteAllText(script, "@echo Error: cannot index 1>&2\r\n@exit /b 3\r\n");
            return script;
        }

        var binary = Path.Combine(folder, "failing-pagefind");
        File.WriteAllText(binary, "#!/bin/sh\necho 'Error: cannot index' >&2\nexit 3\n");
        File.SetUnixFileMode(binary, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return binary;
    }

    /// <summary>The text of every page Pagefind indexed: its fragments are gzip files of JSON after a short signature.</summary>
    private static string IndexedText(TestSite site) => string.Concat(
        Directory.EnumerateFiles(Path.Combine(site.Output, "pagefind", "fragment")).Select(file =>
        {
            using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(file), System.IO.Compression.CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            return reader.ReadToEnd();
        }));

    private static bool IsArticle(string page) =>
        System.Text.RegularExpressions.Regex.IsMatch(page.Replace('\\', '/'), @"/(fr|en)/\d{4}/\d{2}/[^/]+/index\.html$");

    private static TestSite SearchSite()
    {
        var site = Builds.Bilingual();
        site.WriteInput("site.yml", TestSite.BilingualConfig + "\nsearch: true\n");
        return site;
    }

    private static IEnumerable<string> HtmlPages(TestSite site) =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories);

    private static BuildOptions Options(TestSite site, string pagefind, bool requireSearch = false) => new()
    {
        InputDirectory = site.Input,
        ThemeDirectory = site.Theme,
        OutputDirectory = site.Output,
        Now = Builds.Now,
        Pagefind = pagefind,
        RequireSearch = requireSearch,
    };

    private static BuildResult Build(TestSite site, string pagefind, bool requireSearch = false) =>
        new SiteBuilder(TextWriter.Null).Build(Options(site, pagefind, requireSearch));
}
