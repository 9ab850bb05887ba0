using Site.TestSupport;

namespace Site.Cli.Tests;

/// <summary><c>site check</c> of a folder built earlier names the input file of each page it reports.</summary>
public sealed class CheckSourcesTests
{
    [Fact]
    public async Task GivenTheInputAndThemeWhenCheckingABuiltFolderThenAFindingNamesItsArticle()
    {
        using var site = new TestSite();
        site.Article("articles/2021/a.fr.md", "Un article", "2021-06-16T18:00:00+02:00");
        Assert.Equal(0, await SiteCommandLine.RunAsync(["build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output], new StringWriter(), new StringWriter()));
        var page = Path.Combine(site.Output, "fr", "2021", "06", "a", "index.html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("</main>", "<a href=\"/fr/nulle-part/\">x</a></main>", StringComparison.Ordinal));
        var stdout = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["check", "--output", site.Output, "--input", site.Input, "--theme", site.Theme, "--base-url", "https://example.org/"], stdout, new StringWriter());

        Assert.Equal(1, exit);
        Assert.Contains($"(from {Path.Combine(site.Input, "articles", "2021", "a.fr.md")})", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivenNoInputFolderWhenCheckingThenFindingsAreReportedWithoutSources()
    {
        using var site = new TestSite();
        site.Article("articles/2021/a.fr.md", "Un article", "2021-06-16T18:00:00+02:00");
        Assert.Equal(0, await SiteCommandLine.RunAsync(["build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output], new StringWriter(), new StringWriter()));
        File.AppendAllText(Path.Combine(site.Output, "fr", "index.html"), "<a href=\"/fr/nulle-part/\">x</a>");
        var stdout = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["check", "--output", site.Output, "--input", Path.Combine(site.Root, "missing"), "--base-url", "https://example.org/"], stdout, new StringWriter());

        Assert.Equal(1, exit);
        Assert.Contains("broken-link", stdout.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("(from ", stdout.ToString(), StringComparison.Ordinal);
    }
}
