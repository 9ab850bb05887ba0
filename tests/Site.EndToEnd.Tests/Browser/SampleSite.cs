using Microsoft.Playwright;

using Site.Build;
using Site.TestSupport;
using Site.TestSupport.Tooling;

namespace Site.EndToEnd.Tests.Browser;

/// <summary>
/// The sample site (<c>input/</c> with the default theme) built once by the real <see cref="SiteBuilder"/> into a
/// temporary folder, served on 127.0.0.1, with one headless Chromium for all the tests of the collection.
/// </summary>
public sealed class SampleSite : IAsyncLifetime
{
    /// <summary>The moment that decides which articles are in the future, fixed so that the site does not change with the day.</summary>
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-01-01T00:00:00+00:00", System.Globalization.CultureInfo.InvariantCulture);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-e2e", Guid.NewGuid().ToString("N"));
    private StaticFileServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string Output => Path.Combine(_root, "output");

    public StaticFileServer Server => _server ?? throw new InvalidOperationException("the site is not served");

    public async Task InitializeAsync()
    {
        var result = new SiteBuilder(TextWriter.Null).Build(new BuildOptions
        {
            InputDirectory = RepositoryPaths.Input,
            ThemeDirectory = RepositoryPaths.Theme,
            OutputDirectory = Output,
            Now = Now,
        });
        if (result.Outcome != BuildOutcome.Success)
        {
            throw new InvalidOperationException("the sample site does not build: " + string.Join("; ", result.Diagnostics.Select(d => d.ToString()).Concat(result.Findings.Select(f => f.ToString()))));
        }

        _server = new StaticFileServer(Output);
        if (TestTools.BrowserSkipReason is null)
        {
            TestTools.Require(TestTools.HasChromium, TestTools.ChromiumPath);
            // Nothing may be downloaded: the system's Chromium is used, and Playwright is told where no browser lives.
            Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            Environment.SetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH", Path.Combine(_root, "no-browsers"));
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = TestTools.ChromiumPath,
                Args = TestTools.ChromiumArgs,
                Headless = true,
            });
        }
    }

    /// <summary>A new page in its own context, <paramref name="width"/> pixels wide; see <see cref="PageSession"/>.</summary>
    /// <param name="javaScript">False to see the page as a reader without JavaScript does.</param>
    /// <param name="server">Another site to open, served by the test; the sample site by default.</param>
    /// <param name="deviceScaleFactor">Device pixels per CSS pixel: 2 for a phone.</param>
    public async Task<PageSession> OpenAsync(int width = 1280, int height = 800, bool bypassCsp = false, bool javaScript = true, StaticFileServer? server = null, float deviceScaleFactor = 1)
    {
        var browser = _browser ?? throw new InvalidOperationException(TestTools.BrowserSkipReason ?? "the browser did not start");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = deviceScaleFactor,
            BypassCSP = bypassCsp,
            ServiceWorkers = ServiceWorkerPolicy.Block,
            ReducedMotion = ReducedMotion.Reduce,
            JavaScriptEnabled = javaScript,
        });
        return await PageSession.StartAsync(context, server ?? Server);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _server?.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
