using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;

using Microsoft.Playwright;

using Site.TestSupport;
using Site.TestSupport.Tooling;

namespace Site.EndToEnd.Tests.Browser;

/// <summary>
/// One page of Chromium in its own context, recording what a reader would not want to see: console errors, script
/// errors, failed requests, HTTP errors, and any request that leaves 127.0.0.1 (blocked, so tests stay offline).
/// </summary>
public sealed partial class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly StaticFileServer _server;
    private static readonly HashSet<string> PlayerHosts = ["www.youtube-nocookie.com", "player.vimeo.com"];

    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentQueue<string> _requests = new();

    private PageSession(IBrowserContext context, IPage page, StaticFileServer server)
    {
        _context = context;
        _server = server;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Every problem seen since the page opened, in order (console errors, failed and blocked requests, HTTP errors).</summary>
    public IReadOnlyList<string> Problems => [.. _problems];

    /// <summary>Every URL the page requested.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    public static async Task<PageSession> StartAsync(IBrowserContext context, StaticFileServer server)
    {
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(15_000);
        var page = await context.NewPageAsync();
        var session = new PageSession(context, page, server);
        await context.RouteAsync("**/*", session.KeepLocalAsync);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session._problems.Enqueue($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => session._problems.Enqueue("script error: " + error);
        page.Request += (_, request) => session._requests.Enqueue(request.Url);
        page.RequestFailed += (_, request) =>
        {
            // A lazy player still loading when the test moves to the next page is cancelled by that navigation.
            if (request.Failure == "net::ERR_ABORTED" && PlayerHosts.Contains(new Uri(request.Url).Host))
            {
                return;
            }

            session._problems.Enqueue($"failed request: {request.Url} ({request.Failure})");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                session._problems.Enqueue($"HTTP {response.Status}: {response.Url}");
            }
        };
        return session;
    }

    /// <summary>Opens a site path (<c>/fr/</c>) and waits until the page and its eager resources have loaded.</summary>
    public async Task<IResponse?> GotoAsync(string path, WaitUntilState waitUntil = WaitUntilState.Load) =>
        await Page.GotoAsync(_server.Url(path).ToString(), new PageGotoOptions { WaitUntil = waitUntil });

    /// <summary>
    /// Serves <paramref name="path"/> without its <c>meta refresh</c>, so that a page which redirects at once (the root)
    /// can be looked at; the redirect itself has its own test.
    /// </summary>
    public Task HoldStillAsync(string path) =>
        Page.RouteAsync(_server.Url(path).ToString(), async route =>
        {
            var response = await route.FetchAsync();
            var html = RefreshTag().Replace(await response.TextAsync(), string.Empty);
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = html });
        });

    /// <summary>The path of the current URL (<c>/en/page/2/</c>).</summary>
    public string CurrentPath => new Uri(Page.Url).AbsolutePath;

    public async Task<T> EvaluateAsync<T>(string script, object? argument = null) => await Page.EvaluateAsync<T>(script, argument);

    /// <summary>Runs axe-core on the page; returns the serious and critical violations, one line each.</summary>
    /// <summary>Brings every lazy image into view, waits until the network is quiet, then until every image is decoded.</summary>
    public async Task ScrollToTheEndAsync()
    {
        await EvaluateAsync<bool>("""
            async () => {
              for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
                window.scrollTo(0, y);
                await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 20)));
              }
              return true;
            }
            """);
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await EvaluateAsync<bool>("() => Promise.all([...document.images].map(img => img.decode().catch(() => null))).then(() => true)");
    }

    public async Task<IReadOnlyList<string>> AxeViolationsAsync()
    {
        TestTools.Require(File.Exists(Tools.AxeScript), Tools.AxeScript);
        await Page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Tools.AxeScript });
        var violations = await Page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ')}`);
            }
            """);
        return [.. violations.EnumerateArray().Select(v => v.GetString()!)];
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private async Task KeepLocalAsync(IRoute route)
    {
        var url = new Uri(route.Request.Url);
        if (url.Scheme is "https" && PlayerHosts.Contains(url.Host))
        {
            // The video players the pages embed on purpose: an empty page stands in for them, so tests stay offline.
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html", Body = "<!DOCTYPE html><title>player</title>" });
            return;
        }

        if (url.Scheme is "http" or "https" && url.Host != "127.0.0.1")
        {
            _problems.Enqueue("third-party request blocked: " + route.Request.Url);
            await route.AbortAsync("blockedbyclient");
            return;
        }

        await route.FallbackAsync();
    }

    [GeneratedRegex("""<meta http-equiv="refresh"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex RefreshTag();
}
