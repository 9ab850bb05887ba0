using Site.TestSupport;

namespace Site.Cli.Tests;

/// <summary>
/// A <c>baseUrl</c> left on example.org is a warning on an author's machine and an error where the environment says
/// the build is a deployment, unless <c>--base-url</c> gives the address. The environment is the test's own (a
/// dictionary, or a child process's variables), never the test process's.
/// </summary>
public sealed class PlaceholderBaseUrlTests : IDisposable
{
    private readonly TestSite _site = new();

    public PlaceholderBaseUrlTests() => _site.Article("articles/2021/a.fr.md", "Un article", "2021-06-16T18:00:00+02:00");

    [Fact]
    public async Task GivenNoDeploymentWhenBuiltThenItWarnsWhereToSetTheAddressAndBuilds()
    {
        var (exit, stderr) = await BuildAsync(new Dictionary<string, string>());

        Assert.Equal(0, exit);
        Assert.Contains("site.yml:3:10: warning: 'baseUrl' is the placeholder https://example.org/: feeds, canonical links and sitemaps will point to example.org", stderr, StringComparison.Ordinal);
        Assert.Contains("--base-url", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CI", "true")]
    [InlineData("NETLIFY", "true")]
    [InlineData("GITHUB_ACTIONS", "true")]
    public async Task GivenADeploymentWhenBuiltThenItFailsWithoutTouchingTheOutput(string variable, string value)
    {
        var (exit, stderr) = await BuildAsync(new Dictionary<string, string> { [variable] = value });

        Assert.Equal(2, exit);
        Assert.Contains($"site.yml:3:10: error: 'baseUrl' is the placeholder https://example.org/", stderr, StringComparison.Ordinal);
        Assert.Contains($"({variable} is set)", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public async Task GivenADeploymentWithBaseUrlGivenWhenBuiltThenItBuildsWithoutAWarning()
    {
        var (exit, stderr) = await BuildAsync(new Dictionary<string, string> { ["CI"] = "1" }, "--base-url", "https://example.org/");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("placeholder", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivenARealAddressInADeploymentWhenBuiltThenNothingIsSaid()
    {
        _site.WriteInput("site.yml", TestSite.BilingualConfig.Replace("https://example.org/", "https://journal.example.fr/", StringComparison.Ordinal));

        var (exit, stderr) = await BuildAsync(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" });

        Assert.Equal(0, exit);
        Assert.DoesNotContain("placeholder", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("1", 2)]
    public async Task GivenTheProgramAsAChildProcessThenItReadsCiFromItsEnvironment(string? ci, int expectedExit)
    {
        var (exit, stderr) = await SiteProcess.RunAsync(["build", "--input", _site.Input, "--theme", _site.Theme, "--output", _site.Output, "--no-check"], ci);

        Assert.True(expectedExit == exit, stderr);
        Assert.Contains(ci is null ? "warning: 'baseUrl' is the placeholder" : "error: 'baseUrl' is the placeholder", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _site.Dispose();

    private async Task<(int Exit, string Stderr)> BuildAsync(Dictionary<string, string> environment, params string[] options)
    {
        var stderr = new StringWriter();
        var exit = await SiteCommandLine.RunAsync(
            ["build", "--input", _site.Input, "--theme", _site.Theme, "--output", _site.Output, "--no-check", .. options],
            new StringWriter(),
            stderr,
            environment: name => environment.GetValueOrDefault(name));
        return (exit, stderr.ToString());
    }
}
