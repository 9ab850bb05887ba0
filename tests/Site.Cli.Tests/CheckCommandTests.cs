using System.Text.Json;
using Site.TestSupport;

namespace Site.Cli.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public async Task FindsOnABuiltFolderWhatTheBuildFinds()
    {
        using var site = new TestSite();
        site.Article("articles/2021/a.fr.md", "A", "2021-06-16T18:00:00+02:00", body: "Texte.\n\n![Carte](/media/absente.png)\n\n[Lien](/fr/nulle-part/)\n");
        string[] build = ["build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output];

        var buildErrors = new StringWriter();
        var buildExit = await SiteCommandLine.RunAsync(build, new StringWriter(), buildErrors);
        await SiteCommandLine.RunAsync([.. build, "--no-check"], new StringWriter(), new StringWriter());
        var json = new StringWriter();
        var checkExit = await SiteCommandLine.RunAsync(["check", "--output", site.Output, "--base-url", "https://example.org/", "--format", "json"], json, new StringWriter());

        Assert.Equal(1, buildExit);
        Assert.Equal(1, checkExit);
        var findings = JsonDocument.Parse(json.ToString()).RootElement.EnumerateArray().ToList();
        var image = Assert.Single(findings, f => f.GetProperty("url").GetString() == "/media/absente.png" && f.GetProperty("page").GetString() == "fr/2021/06/a/index.html");
        Assert.Single(findings, f => f.GetProperty("url").GetString() == "/media/absente.png" && f.GetProperty("page").GetString() == "fr/2021/06/a/print/index.html");
        Assert.Equal("broken-image", image.GetProperty("kind").GetString());
        Assert.Equal("img", image.GetProperty("element").GetString());
        Assert.True(image.GetProperty("line").GetInt32() > 0);
        Assert.True(image.GetProperty("column").GetInt32() > 0);
        Assert.Equal(["page", "line", "column", "element", "url", "kind", "message"], image.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, findings.Count(f => f.GetProperty("url").GetString() == "/fr/nulle-part/" && f.GetProperty("kind").GetString() == "broken-link"));
        foreach (var finding in findings)
        {
            Assert.Contains(finding.GetProperty("url").GetString()!, buildErrors.ToString());
        }

        Assert.Contains("input/articles/2021/a.fr.md", buildErrors.ToString());
    }

    [Fact]
    public async Task TakesTheBaseUrlFromTheSiteYmlOfInput()
    {
        using var site = new TestSite();
        site.Article("articles/2021/a.fr.md", "A", "2021-06-16T18:00:00+02:00", body: "[Lien](/fr/nulle-part/)\n");
        await SiteCommandLine.RunAsync(["build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output, "--no-check"], new StringWriter(), new StringWriter());
        var stdout = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["check", "--output", site.Output, "--input", site.Input], stdout, new StringWriter());

        Assert.Equal(1, exit);
        Assert.Contains("/fr/nulle-part/", stdout.ToString());
    }

    [Fact]
    public async Task RefusesAnInputWithoutSiteYmlWhenNoBaseUrlIsGiven()
    {
        using var site = new TestSite();
        await SiteCommandLine.RunAsync(["build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output, "--no-check"], new StringWriter(), new StringWriter());
        var stderr = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["check", "--output", site.Output, "--input", site.Theme], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains($"there is no site.yml in '{site.Theme}'", stderr.ToString());
    }
}
