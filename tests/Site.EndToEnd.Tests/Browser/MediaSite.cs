using Microsoft.Playwright;

using Site.Build;
using Site.TestSupport;
using Site.TestSupport.Tooling;

namespace Site.EndToEnd.Tests.Browser;

/// <summary>
/// A small site whose article has every kind of media: two videos (YouTube with alt text, a bare Vimeo address), a
/// local video file, a wide table, a titled figure and a lead image with caption and credit. Built once, served on
/// 127.0.0.1, with its own headless Chromium.
/// </summary>
public sealed class MediaSite : IAsyncLifetime
{
    public const string Article = "/fr/2021/12/medias/";
    public const string Print = Article + "print/";
    public const string YouTube = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";
    public const string Vimeo = "https://vimeo.com/76979871";
    public const string Clip = "https://example.org/media/2021/clip.mp4";

    private readonly TestSite _site = new();
    private StaticFileServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string Output => _site.Output;

    public async Task InitializeAsync()
    {
        var picture = File.ReadAllBytes(Path.Combine(RepositoryPaths.Input, "media", "2021", "kourou-ariane.jpg"));
        // The lead image is 1,200 px wide (variants 480, 800, 1200), the figure 800 px (480, 800).
        var lead = File.ReadAllBytes(Path.Combine(RepositoryPaths.Input, "media", "2021", "james-webb-miroir.jpg"));
        _site.WriteInputBytes("media/2021/kourou.jpg", picture)
            .WriteInputBytes("media/2021/miroir.jpg", lead)
            .WriteInputBytes("media/2021/clip.mp4", [0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70])
            .Article(
                "articles/2021/medias.fr.md",
                "Tous les médias",
                "2021-12-25T10:00:00+01:00",
                extra: "image: /media/2021/miroir.jpg\nimage_alt: \"Un miroir d’hexagones dorés\"\nimage_caption: \"Le miroir du télescope.\"\nimage_credit: \"ESA\"\n",
                body: $"""
                    Premier paragraphe, avec [un lien](/fr/) vers l’accueil.

                    ![L’entretien intégral]({YouTube})

                    {Vimeo}

                    ![Le décollage](/media/2021/clip.mp4)

                    ![Le pas de tir vu du ciel](/media/2021/kourou.jpg "Le pas de tir, la veille. Photo : ESA")

                    | Jour | Étape | Distance de la Terre | Température des instruments | Mécanismes engagés | Risque estimé |
                    |--:|:--|--:|--:|--:|:--|
                    | J+0 | Séparation et panneaux solaires | 1 400 km | 20 °C | 2 | faible |
                    | J+8 | Tension des cinq couches du pare-soleil | 800 000 km | −150 °C | 140 | très élevé |

                    """);
        var result = new SiteBuilder(TextWriter.Null).Build(new BuildOptions
        {
            InputDirectory = _site.Input,
            ThemeDirectory = _site.Theme,
            OutputDirectory = _site.Output,
        });
        if (result.Outcome != BuildOutcome.Success)
        {
            throw new InvalidOperationException("the media site does not build: " + string.Join("; ", result.Diagnostics.Select(d => d.ToString()).Concat(result.Findings.Select(f => f.ToString()))));
        }

        _server = new StaticFileServer(_site.Output);
        if (TestTools.BrowserSkipReason is null)
        {
            TestTools.Require(TestTools.HasChromium, TestTools.ChromiumPath);
            Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            Environment.SetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH", Path.Combine(_site.Root, "no-browsers"));
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = TestTools.ChromiumPath,
                Args = TestTools.ChromiumArgs,
                Headless = true,
            });
        }
    }

    /// <param name="deviceScaleFactor">Device pixels per CSS pixel: 2 for a phone or a high-density laptop screen.</param>
    public async Task<PageSession> OpenAsync(int width, int height = 900, bool bypassCsp = false, float deviceScaleFactor = 1)
    {
        var browser = _browser ?? throw new InvalidOperationException(TestTools.BrowserSkipReason ?? "the browser did not start");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = deviceScaleFactor,
            BypassCSP = bypassCsp,
            ServiceWorkers = ServiceWorkerPolicy.Block,
            ReducedMotion = ReducedMotion.Reduce,
        });
        return await PageSession.StartAsync(context, _server!);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _server?.Dispose();
        _site.Dispose();
    }
}
