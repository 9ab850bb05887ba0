using System.Text.Json;

using Site.Checks.Tests.Support;

namespace Site.Checks.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly StringWriter stdout = new();
    private readonly StringWriter stderr = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task SucceedsOnACleanSite()
    {
        FixtureSite.WriteTo(folder.Path, FixtureSite.Pages());

        int code = await Run("text");

        Assert.Equal((0, ""), (code, stderr.ToString()));
        Assert.Contains("No broken links", stdout.ToString());
    }

    [Fact]
    public async Task FailsWithTheFindingsAsJson()
    {
        // given
        FixtureSite.WriteTo(folder.Path, FixtureSite.Pages("fr/index.html", "<a href=\"/nope/\">x</a>"));

        // when
        int code = await Run("json");

        // then stdout is only the JSON array
        Assert.Equal(1, code);
        using JsonDocument json = JsonDocument.Parse(stdout.ToString());
        JsonElement finding = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("fr/index.html", finding.GetProperty("page").GetString());
        Assert.Equal("broken-link", finding.GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("/busy", 0, "unverified")]
    [InlineData("/gone", 1, "broken-link")]
    public async Task FailsOnlyOnErrorsNotOnUnverifiedLinks(string path, int expectedCode, string kind)
    {
        // given a page linking to the loopback server
        using var server = new LoopbackHttpServer();
        using var handler = new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false };
        FixtureSite.WriteTo(folder.Path, FixtureSite.Pages("fr/index.html", $"<a href=\"{server.Url(path)}\">x</a>"));
        var options = new CheckOptions(FixtureSite.BaseUrl)
        {
            External = true,
            // Well under the 3 s of the server's /slow, and long enough for a loopback answer on a loaded CI machine.
            Timeout = TimeSpan.FromSeconds(2),
            RetryDelay = TimeSpan.FromMilliseconds(10),
            Handler = handler,
        };

        // when
        int code = await CheckCommand.RunAsync(folder.Path, options, "text", stdout, stderr, CancellationToken.None);

        // then
        Assert.Equal(expectedCode, code);
        Assert.Contains($"  {kind}  {server.Url(path)}", stdout.ToString());
    }

    [Fact]
    public async Task RefusesAFolderThatDoesNotExist()
    {
        int code = await CheckCommand.RunAsync(
            Path.Combine(folder.Path, "output"), FixtureSite.BaseUrl, false, "text", stdout, stderr, CancellationToken.None);

        Assert.Equal(2, code);
        Assert.StartsWith("site check: the folder", stderr.ToString());
        Assert.Contains("does not exist", stderr.ToString());
        Assert.Equal("", stdout.ToString());
    }

    [Fact]
    public async Task RefusesAnUnknownFormat()
    {
        int code = await Run("xml");

        Assert.Equal(2, code);
        Assert.Equal("site check: unknown format \"xml\"; use --format text or --format json.", stderr.ToString().TrimEnd());
    }

    [Fact]
    public async Task RefusesARelativeBaseUrl()
    {
        int code = await CheckCommand.RunAsync(
            folder.Path, new Uri("/blog/", UriKind.Relative), false, "text", stdout, stderr, CancellationToken.None);

        Assert.Equal(2, code);
        Assert.Contains("must be absolute", stderr.ToString());
    }

    private Task<int> Run(string format) =>
        CheckCommand.RunAsync(folder.Path, FixtureSite.BaseUrl, false, format, stdout, stderr, CancellationToken.None);
}
