using System.Collections.Concurrent;
using System.Net;

namespace Site.Checks.External;

/// <summary>Asks servers whether URLs exist: HEAD, GET when HEAD is refused, redirects followed, one retry, each URL once.</summary>
/// <remarks>Knows nothing of the site: it is given URLs and answers with a status for each.</remarks>
internal sealed class ExternalLinkChecker : IDisposable
{
    private readonly ExternalCheckSettings settings;
    private readonly HttpClient client;
    private readonly SemaphoreSlim overall;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<Task<LinkStatus>>> cache = new(StringComparer.Ordinal);

    public ExternalLinkChecker(ExternalCheckSettings settings)
    {
        this.settings = settings;
        overall = new SemaphoreSlim(settings.MaxConcurrency);
        client = settings.Handler is { } handler
            ? new HttpClient(handler, disposeHandler: false)
            : new HttpClient(new SocketsHttpHandler
            {
                MaxConnectionsPerServer = settings.MaxPerHost,
                AutomaticDecompression = DecompressionMethods.All,
                AllowAutoRedirect = false,
                ConnectTimeout = settings.Timeout,
            });
        client.Timeout = Timeout.InfiniteTimeSpan;
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", settings.UserAgent);
    }

    /// <summary>Statuses keyed by <see cref="Uri.AbsoluteUri"/>; a URL asked for twice is requested once.</summary>
    public async Task<IReadOnlyDictionary<string, LinkStatus>> CheckAllAsync(IEnumerable<Uri> urls, CancellationToken ct)
    {
        string[] distinct = [.. urls.Select(url => url.AbsoluteUri).Distinct(StringComparer.Ordinal)];
        LinkStatus[] statuses = await Task.WhenAll(distinct.Select(url => CheckAsync(new Uri(url), ct)));
        return distinct.Zip(statuses).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);
    }

    public Task<LinkStatus> CheckAsync(Uri url, CancellationToken ct) =>
        cache.GetOrAdd(url.AbsoluteUri, _ => new Lazy<Task<LinkStatus>>(() => CheckWithRetryAsync(url, ct))).Value;

    public void Dispose()
    {
        client.Dispose();
        overall.Dispose();
        foreach (SemaphoreSlim host in hosts.Values)
        {
            host.Dispose();
        }
    }

    private async Task<LinkStatus> CheckWithRetryAsync(Uri url, CancellationToken ct)
    {
        LinkStatus first = await ProbeAsync(url, ct);
        if (!first.IsTransient)
        {
            return first;
        }

        await Task.Delay(settings.RetryDelay, ct);
        return await ProbeAsync(url, ct);
    }

    private async Task<LinkStatus> ProbeAsync(Uri url, CancellationToken ct)
    {
        // The host's slot first, so that a busy host does not hold slots other hosts could use.
        SemaphoreSlim host = hosts.GetOrAdd(url.IdnHost, _ => new SemaphoreSlim(settings.MaxPerHost));
        await host.WaitAsync(ct);
        try
        {
            await overall.WaitAsync(ct);
            try
            {
                return await RequestAsync(url, ct);
            }
            finally
            {
                overall.Release();
            }
        }
        finally
        {
            host.Release();
        }
    }

    private async Task<LinkStatus> RequestAsync(Uri url, CancellationToken ct)
    {
        try
        {
            Reply reply = await SendAsync(HttpMethod.Head, url, ct);
            if (reply.Problem is null && IsHeadRefused(reply.Code))
            {
                reply = await SendAsync(HttpMethod.Get, url, ct);
            }

            return reply.Problem ?? LinkStatus.FromStatusCode(reply.Code, reply.Reason);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return LinkStatus.TimedOut(settings.Timeout);
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded)
        {
            return LinkStatus.TooLarge(exception.Message);
        }
        catch (HttpRequestException exception)
        {
            return LinkStatus.Unreachable(exception.Message);
        }
    }

    // Many servers answer HEAD with 405, 501, 403 or even 404 while GET works: a client error is confirmed by GET.
    private static bool IsHeadRefused(int code) => code is (>= 400 and < 500 and not 429) or 501;

    /// <summary>Asks for <paramref name="url"/>, following redirects, all within one time-out.</summary>
    private async Task<Reply> SendAsync(HttpMethod method, Uri url, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(settings.Timeout);
        var visits = new Dictionary<string, int>(StringComparer.Ordinal) { [url.AbsoluteUri] = 1 };
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(method, url);
            using HttpResponseMessage response =
                await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!RedirectTarget.IsRedirect(response.StatusCode))
            {
                return new Reply((int)response.StatusCode, response.ReasonPhrase, null);
            }

            (Uri? next, LinkStatus? problem) = RedirectTarget.Of(url, response);
            if (next is null)
            {
                return new Reply((int)response.StatusCode, response.ReasonPhrase, problem);
            }

            // A second visit can be a server setting a cookie and sending the reader back; a third is a loop.
            if ((visits[next.AbsoluteUri] = visits.GetValueOrDefault(next.AbsoluteUri) + 1) > 2)
            {
                return new Reply((int)response.StatusCode, response.ReasonPhrase, RedirectTarget.Loop());
            }

            if (redirects == RedirectTarget.MaximumRedirects)
            {
                return new Reply((int)response.StatusCode, response.ReasonPhrase, RedirectTarget.TooMany());
            }

            url = next;
        }
    }

    /// <summary>A server's answer, or why following its redirects failed.</summary>
    private sealed record Reply(int Code, string? Reason, LinkStatus? Problem);
}
