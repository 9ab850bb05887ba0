using Site.Checks.Tests.Support;

namespace Site.Checks.Tests;

/// <summary>External mode against a server on 127.0.0.1: one row per case, as for internal links.</summary>
public sealed class LinkCheckerExternalTests : IDisposable
{
    private const string Article = "fr/2021/09/x/index.html";
    private const string Server = "http://127.0.0.1:{port}";

    private readonly LoopbackHttpServer server = new();
    private readonly SocketsHttpHandler handler = new() { UseProxy = false, AllowAutoRedirect = false };

    public void Dispose()
    {
        handler.Dispose();
        server.Dispose();
    }

    [Theory]
    [InlineData(Article, "a", Server + "/ok", "ok")]
    [InlineData(Article, "a", Server + "/ok?utm_source=x#section", "ok")]
    [InlineData(Article, "a", Server + "/missing", "broken-link")]
    [InlineData(Article, "a", Server + "/gone", "broken-link")]
    [InlineData(Article, "a", Server + "/busy", "unverified")]
    [InlineData(Article, "a", Server + "/error", "unverified")]
    [InlineData(Article, "a", Server + "/slow", "unverified")]
    [InlineData(Article, "a", Server + "/no-head", "ok")]
    [InlineData(Article, "a", Server + "/head-not-implemented", "ok")]
    [InlineData(Article, "a", Server + "/moved", "ok")]
    [InlineData(Article, "a", Server + "/flaky", "ok")]
    // Protocol-relative takes the page's scheme, https, which this plain-HTTP server does not speak.
    [InlineData(Article, "a", "//127.0.0.1:{port}/ok", "unverified")]
    [InlineData(Article, "img", Server + "/missing", "broken-image")]
    [InlineData(Article, "img srcset", Server + "/ok 1x, " + Server + "/gone 2x", "broken-image")]
    [InlineData(Article, "script", Server + "/busy", "unverified")]
    [InlineData(Article, "og:image", Server + "/gone", "broken-image")]
    [InlineData(Article, "a", "http://127.0.0.1:{closed}/closed", "unverified")]
    [InlineData(Article, "a", "http://exa mple.org/", "broken-link")]
    [InlineData(Article, "a", "/fr/nope/", "ok")]
    [InlineData(Article, "a", "mailto:redaction@example.com", "ok")]
    public async Task JudgesEachExternalReferenceByWhatItsServerSays(string page, string element, string url, string expected)
    {
        // given a page linking to the loopback server
        string concrete = url.Replace("{port}", server.Port.ToString()).Replace("{closed}", ClosedPort());
        IReadOnlyList<PageScan> pages = Scan(page, CaseMarkup.For(element, concrete));

        // when
        IReadOnlyList<Finding> findings = await Checker().CheckExternalAsync(pages, CancellationToken.None);

        // then
        Assert.Equal(expected, findings.Count == 0 ? "ok" : string.Join(',', findings.Select(f => f.Kind.ToKebabCase())));
    }

    [Fact]
    public async Task RequestsAUrlOnceForAllThePagesThatLinkToIt()
    {
        // given two pages linking to the same URL, one of them twice with different fragments
        string url = server.Url("/ok");
        PageScan[] pages =
        [
            PageScanner.Scan("a.html", $"<a href=\"{url}#one\"></a><a href=\"{url}#two\"></a>"),
            PageScanner.Scan("b.html", $"<a href=\"{url}\"></a>"),
        ];

        // when
        await Checker().CheckExternalAsync(pages, CancellationToken.None);

        // then
        Assert.Equal(["HEAD /ok"], server.Requests);
    }

    [Fact]
    public async Task LocatesEveryReferenceToABrokenUrl()
    {
        string url = server.Url("/gone");
        PageScan[] pages =
        [
            PageScanner.Scan("b.html", $"<p>\n  <a href=\"{url}\">x</a>"),
            PageScanner.Scan("a.html", $"<img src=\"{url}\" alt=\"\">"),
        ];

        IReadOnlyList<Finding> findings = await Checker().CheckExternalAsync(pages, CancellationToken.None);

        Assert.Equal(
            [
                new Finding("a.html", 1, 1, "img", url, FindingKind.BrokenImage, "HTTP 410 Gone"),
                new Finding("b.html", 2, 3, "a", url, FindingKind.BrokenLink, "HTTP 410 Gone"),
            ],
            findings);
    }

    [Fact]
    public async Task NeverRequestsTheSiteItself()
    {
        // given a site served from the loopback server, linking to itself absolutely
        var options = new CheckOptions(new Uri(server.Url("/"))) { Handler = handler };
        PageScan page = PageScanner.Scan("index.html", $"<a href=\"{server.Url("/missing")}\"></a>");

        // when
        IReadOnlyList<Finding> findings = await new LinkChecker(options).CheckExternalAsync([page], CancellationToken.None);

        // then
        Assert.Empty(findings);
        Assert.Empty(server.Requests);
    }

    private LinkChecker Checker() => new(new CheckOptions(FixtureSite.BaseUrl)
    {
        External = true,
        // Well under the 3 s of the server's /slow, and long enough for a loopback answer on a loaded CI machine.
        Timeout = TimeSpan.FromSeconds(2),
        RetryDelay = TimeSpan.FromMilliseconds(10),
        Handler = handler,
    });

    private static IReadOnlyList<PageScan> Scan(string page, string markup) =>
        [.. FixtureSite.Pages(page, markup).Select(pair => PageScanner.Scan(pair.Key, pair.Value))];

    private static string ClosedPort() => new Uri(LoopbackHttpServer.ClosedPortUrl()).Port.ToString();
}
