using Site.Checks.External;
using Site.Checks.Tests.Support;

namespace Site.Checks.Tests.External;

public sealed class ExternalLinkCheckerTests : IDisposable
{
    private readonly LoopbackHttpServer server = new();
    private readonly SocketsHttpHandler handler = new() { UseProxy = false, AllowAutoRedirect = false };

    public void Dispose()
    {
        handler.Dispose();
        server.Dispose();
    }

    [Fact]
    public async Task RequestsEachUrlOnceHoweverOftenItIsAsked()
    {
        // given
        using ExternalLinkChecker checker = Checker();
        Uri url = new(server.Url("/ok"));

        // when
        await checker.CheckAllAsync([url, url, new Uri(server.Url("/ok"))], CancellationToken.None);
        await checker.CheckAsync(url, CancellationToken.None);

        // then
        Assert.Equal(["HEAD /ok"], server.Requests);
    }

    [Fact]
    public async Task FallsBackToGetWhenHeadIsRefused()
    {
        using ExternalLinkChecker checker = Checker();

        LinkStatus status = await checker.CheckAsync(new Uri(server.Url("/no-head")), CancellationToken.None);

        Assert.Equal(LinkVerdict.Ok, status.Verdict);
        Assert.Equal(["HEAD /no-head", "GET /no-head"], server.Requests);
    }

    [Fact]
    public async Task RetriesOnceAfterATransientFailure()
    {
        using ExternalLinkChecker checker = Checker();

        LinkStatus status = await checker.CheckAsync(new Uri(server.Url("/flaky")), CancellationToken.None);

        Assert.Equal(LinkVerdict.Ok, status.Verdict);
        Assert.Equal(["HEAD /flaky", "HEAD /flaky"], server.Requests);
    }

    [Fact]
    public async Task GivesUpAfterOneRetry()
    {
        using ExternalLinkChecker checker = Checker();

        LinkStatus status = await checker.CheckAsync(new Uri(server.Url("/error")), CancellationToken.None);

        Assert.Equal(LinkVerdict.Unverified, status.Verdict);
        Assert.Equal(["HEAD /error", "HEAD /error"], server.Requests);
    }

    [Fact]
    public async Task KeepsToTheLimitPerHost()
    {
        // given ten slow URLs on one host, two at a time allowed
        using ExternalLinkChecker checker = Checker(maxPerHost: 2);
        Uri[] urls = [.. Enumerable.Range(0, 10).Select(i => new Uri(server.Url($"/wait/{i}")))];

        // when
        IReadOnlyDictionary<string, LinkStatus> statuses = await checker.CheckAllAsync(urls, CancellationToken.None);

        // then
        Assert.All(statuses.Values, status => Assert.Equal(LinkVerdict.Ok, status.Verdict));
        Assert.InRange(server.MaxInFlight, 1, 2);
    }

    [Fact]
    public async Task SaysHowLongItWaitedOnATimeOut()
    {
        using ExternalLinkChecker checker = Checker();

        LinkStatus status = await checker.CheckAsync(new Uri(server.Url("/slow")), CancellationToken.None);

        Assert.Equal(new LinkStatus(LinkVerdict.Unverified, "no answer within 2 s; not verified", true), status);
    }

    public static TheoryData<string, string, string> Redirects => new()
    {
        { "/moved", nameof(LinkVerdict.Ok), "" },
        { "/relative", nameof(LinkVerdict.Ok), "" },
        { "/to-file", nameof(LinkVerdict.Broken), "not a valid http or https address" },
        { "/to-javascript", nameof(LinkVerdict.Broken), "not a valid http or https address" },
        { "/malformed-location", nameof(LinkVerdict.Broken), "not a valid http or https address" },
        { "/bad-port", nameof(LinkVerdict.Broken), "not a valid http or https address" },
        { "/long-location", nameof(LinkVerdict.Broken), "20,001 characters long" },
        { "/huge-location", nameof(LinkVerdict.Unverified), "too large to check" },
        { "/no-location", nameof(LinkVerdict.Unverified), "without saying where" },
        { "/loop", nameof(LinkVerdict.Broken), "redirect loop" },
        { "/ping", nameof(LinkVerdict.Broken), "redirect loop" },
        { "/chain/0", nameof(LinkVerdict.Broken), "more than 20 redirects" },
    };

    [Theory]
    [MemberData(nameof(Redirects))]
    public async Task GivenARedirectWhenCheckedThenItIsFollowedOrReportedNeverThrown(string path, string verdict, string message)
    {
        using ExternalLinkChecker checker = Checker();

        LinkStatus status = await checker.CheckAsync(new Uri(server.Url(path)), CancellationToken.None);

        Assert.Equal(verdict, status.Verdict.ToString());
        Assert.Contains(message, status.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("could not connect", status.Message, StringComparison.Ordinal);
        Assert.False(status.IsTransient);
    }

    [Fact]
    public async Task GivenTheRealHttpStackWhenAServerRedirectsToAFileThenTheLinkIsBrokenAndNothingThrows()
    {
        using ExternalLinkChecker checker = Checker(handler: null);

        LinkStatus status = await checker.CheckAsync(new Uri(server.Url("/to-file")), CancellationToken.None);

        Assert.Equal(LinkVerdict.Broken, status.Verdict);
    }

    [Fact]
    public async Task GivenARedirectLoopWhenCheckedThenItStopsAtTheSecondReturn()
    {
        using ExternalLinkChecker checker = Checker();

        await checker.CheckAsync(new Uri(server.Url("/loop")), CancellationToken.None);

        Assert.Equal(["HEAD /loop", "HEAD /loop"], server.Requests);
    }

    [Fact]
    public async Task StopsWhenCancelled()
    {
        using ExternalLinkChecker checker = Checker();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => checker.CheckAsync(new Uri(server.Url("/slow")), cancel.Token));
    }

    private ExternalLinkChecker Checker(int maxPerHost = 2) => Checker(handler, maxPerHost);

    private static ExternalLinkChecker Checker(HttpMessageHandler? handler, int maxPerHost = 2) => new(new ExternalCheckSettings(
        Timeout: TimeSpan.FromSeconds(2),
        RetryDelay: TimeSpan.FromMilliseconds(10),
        MaxConcurrency: 8,
        MaxPerHost: maxPerHost,
        UserAgent: "site-check-tests",
        Handler: handler));
}
