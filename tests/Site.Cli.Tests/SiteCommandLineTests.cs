using Site.TestSupport;

namespace Site.Cli.Tests;

public sealed class SiteCommandLineTests
{
    [Theory]
    [InlineData("build --no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("check --format xml")]
    [InlineData("build --base-url /relative/")]
    [InlineData("check --base-url ftp://example.org/")]
    public async Task AnswersBadUsageWithExitTwo(string arguments)
    {
        var stderr = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(arguments.Split(' '), new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains("site", stderr.ToString());
    }

    [Fact]
    public async Task BuildsASiteAndPrintsASummary()
    {
        using var site = new TestSite();
        site.Article("articles/2021/a.fr.md", "Un article", "2021-06-16T18:00:00+02:00");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(
            ["build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output],
            stdout,
            stderr);

        Assert.Equal(0, exit);
        Assert.Contains("1 article", stdout.ToString());
        Assert.Contains("render and write", stderr.ToString());
        Assert.True(site.OutputExists("fr/2021/06/a/print/index.html"));
    }

    [Fact]
    public async Task PrintsLocatedErrorsWithoutAStackTrace()
    {
        using var site = new TestSite();
        site.WriteInput("articles/2021/a.fr.md", "---\ntitle: A\ndate: demain\ncategory: monde\n---\n");
        var stderr = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains("articles/2021/a.fr.md:3:7: error: 'demain' is not a valid date", stderr.ToString());
        Assert.DoesNotContain("   at ", stderr.ToString());
        Assert.DoesNotContain("Exception", stderr.ToString());
    }

    [Fact]
    public async Task KeepsRenderedBodiesBesideTheOutputForTheNextBuild()
    {
        using var site = new TestSite();
        site.Article("articles/2021/a.fr.md", "Un article", "2021-06-16T18:00:00+02:00");
        string[] build = ["build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output];

        await SiteCommandLine.RunAsync(build, new StringWriter(), new StringWriter());
        var stderr = new StringWriter();
        var exit = await SiteCommandLine.RunAsync(build, new StringWriter(), stderr);

        Assert.Equal(0, exit);
        Assert.Single(Directory.EnumerateFiles(Path.Combine(site.Root, ".site-cache"), "*.body", SearchOption.AllDirectories));
        Assert.Contains("0 of 1 bodies rendered", stderr.ToString());
    }

    [Fact]
    public async Task TakesTheCacheFolderFromTheCommandLineOrNone()
    {
        using var site = new TestSite();
        site.Article("articles/2021/a.fr.md", "Un article", "2021-06-16T18:00:00+02:00");
        var elsewhere = Path.Combine(site.Root, "elsewhere");

        await SiteCommandLine.RunAsync(["build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output, "--cache", elsewhere], new StringWriter(), new StringWriter());
        await SiteCommandLine.RunAsync(["build", "--input", site.Input, "--theme", site.Theme, "--output", Path.Combine(site.Root, "other"), "--no-cache"], new StringWriter(), new StringWriter());

        Assert.Single(Directory.EnumerateFiles(elsewhere, "*.body", SearchOption.AllDirectories));
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".site-cache")));
    }
}
