using System.Net;
using System.Text.Json;

using Site.Checks;
using Site.Cli.Commands;
using Site.TestSupport;

namespace Site.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private static readonly Uri BaseUrl = new("https://example.com/");
    private readonly string _folder = Directory.CreateTempSubdirectory("site-check-").FullName;
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

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
        // The print page writes its links absolute (its stylesheet prints them): the same target, found twice.
        Assert.Equal(2, findings.Count(f => f.GetProperty("url").GetString() is "/fr/nulle-part/" or "https://example.org/fr/nulle-part/" && f.GetProperty("kind").GetString() == "broken-link"));
        foreach (var finding in findings)
        {
            Assert.Contains(finding.GetProperty("url").GetString()!, buildErrors.ToString());
        }

        Assert.Contains("input/articles/2021/a.fr.md", buildErrors.ToString());
    }

    [Fact]
    public async Task SucceedsOnACleanSite()
    {
        WritePage("<a href=\"/\">x</a>");

        var code = await Run("text");

        Assert.Equal((ExitCodes.Success, ""), (code, _stderr.ToString()));
        Assert.Contains("No broken links", _stdout.ToString());
    }

    [Fact]
    public async Task FailsWithTheFindingsAsJson()
    {
        // given
        WritePage("<a href=\"/nope/\">x</a>");

        // when
        var code = await Run("json");

        // then stdout is only the JSON array
        Assert.Equal(ExitCodes.SiteProblems, code);
        using var json = JsonDocument.Parse(_stdout.ToString());
        var finding = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("index.html", finding.GetProperty("page").GetString());
        Assert.Equal("broken-link", finding.GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, ExitCodes.Success, "unverified")]
    [InlineData(HttpStatusCode.Gone, ExitCodes.SiteProblems, "broken-link")]
    public async Task FailsOnlyOnErrorsNotOnUnverifiedLinks(HttpStatusCode answer, int expectedCode, string kind)
    {
        // given a page linking to another site that answers with the status of the case
        WritePage("<a href=\"https://other.example.net/page\">x</a>");
        using var handler = new Answering(answer);
        var options = new CheckOptions(BaseUrl) { External = true, RetryDelay = TimeSpan.FromMilliseconds(10), Handler = handler };

        // when
        var code = await CheckCommand.RunAsync(_folder, options, "text", _stdout, _stderr, CancellationToken.None);

        // then
        Assert.Equal(expectedCode, code);
        Assert.Contains($"  {kind}  https://other.example.net/page", _stdout.ToString());
    }

    [Fact]
    public async Task RefusesAFolderThatDoesNotExist()
    {
        var code = await CheckCommand.RunAsync(Path.Combine(_folder, "output"), BaseUrl, false, "text", _stdout, _stderr, CancellationToken.None);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.StartsWith("site check: the folder", _stderr.ToString());
        Assert.Contains("does not exist", _stderr.ToString());
        Assert.Equal("", _stdout.ToString());
    }

    [Fact]
    public async Task RefusesAnUnknownFormat()
    {
        var code = await Run("xml");

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Equal("site check: unknown format \"xml\"; use --format text or --format json.", _stderr.ToString().TrimEnd());
    }

    [Fact]
    public async Task RefusesARelativeBaseUrl()
    {
        var code = await CheckCommand.RunAsync(_folder, new Uri("/blog/", UriKind.Relative), false, "text", _stdout, _stderr, CancellationToken.None);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains("must be absolute", _stderr.ToString());
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

    private Task<int> Run(string format) => CheckCommand.RunAsync(_folder, BaseUrl, false, format, _stdout, _stderr, CancellationToken.None);

    private void WritePage(string body) =>
        File.WriteAllText(Path.Combine(_folder, "index.html"), $"<!doctype html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>Test</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n");

    /// <summary>Another site that answers every request with one status.</summary>
    private sealed class Answering(HttpStatusCode status) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { RequestMessage = request });
    }
}
