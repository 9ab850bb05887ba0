using System.Diagnostics;

using Microsoft.Playwright;

using Site.EndToEnd.Tests.Browser;
using Site.TestSupport.Tooling;

namespace Site.EndToEnd.Tests;

/// <summary>An article with videos, a wide table and figures, on a phone, on a desktop and on paper.</summary>
[Collection(MediaSiteCollection.Name)]
public sealed class MediaPageTests(MediaSite site)
{
    [BrowserTheory(NeedsAxe = true)]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task TheArticleHasNoSeriousAccessibilityViolationAndFitsTheScreen(int width)
    {
        await using var session = await site.OpenAsync(width, bypassCsp: true);
        await session.GotoAsync(MediaSite.Article);

        var violations = await session.AxeViolationsAsync();

        Assert.True(violations.Count == 0, string.Join('\n', violations));
        Assert.True(await session.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width);
        Assert.Empty(session.Problems);
    }

    [BrowserTheory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task PlayersAreSixteenByNineAsWideAsTheText(int width)
    {
        await using var session = await site.OpenAsync(width);
        await session.GotoAsync(MediaSite.Article);

        var players = await session.EvaluateAsync<double[][]>("""
            () => [...document.querySelectorAll('iframe.video-player')].map(f => {
              const box = f.getBoundingClientRect();
              return [box.width, box.height, f.parentElement.getBoundingClientRect().width];
            })
            """);

        Assert.Equal(2, players.Length);
        foreach (var player in players)
        {
            Assert.InRange(player[1], player[0] * 9 / 16 - 1, player[0] * 9 / 16 + 1);
            Assert.InRange(player[0], player[2] - 1, player[2] + 1);
        }
    }

    [BrowserFact]
    public async Task AWideTableScrollsInsideItsRegionByKeyboardOnAPhone()
    {
        await using var session = await site.OpenAsync(375);
        await session.GotoAsync(MediaSite.Article);

        await session.Page.FocusAsync(".table-scroll");
        await session.Page.Keyboard.PressAsync("ArrowRight");
        await session.Page.Keyboard.PressAsync("End");
        await session.Page.WaitForFunctionAsync("() => document.querySelector('.table-scroll').scrollLeft > 0", null, new PageWaitForFunctionOptions { Timeout = 3000 })
            .ContinueWith(_ => { }, TaskScheduler.Default);

        var region = await session.EvaluateAsync<double[]>("""
            () => { const r = document.querySelector('.table-scroll'); return [r.scrollWidth, r.clientWidth, r.scrollLeft, document.activeElement === r ? 1 : 0]; }
            """);
        Assert.True(region[0] > region[1], $"the table ({region[0]} px) fits its {region[1]} px region: nothing to scroll");
        Assert.True(region[2] > 0, "the keyboard did not scroll the table");
        Assert.Equal(1, region[3]);
    }

    [BrowserFact]
    public async Task ThePrintPageWritesVideosAsTheirAddressesAndNoImageOfThem()
    {
        await using var session = await site.OpenAsync(800);
        await session.GotoAsync(MediaSite.Print);

        var images = await session.EvaluateAsync<string[]>("() => [...document.images].map(i => i.getAttribute('src'))");
        var text = await session.EvaluateAsync<string>("() => document.querySelector('.article-body').innerText");
        var players = await session.EvaluateAsync<int>("() => document.querySelectorAll('iframe, video').length");

        Assert.All(images, src => Assert.DoesNotMatch(@"\.mp4|youtube|vimeo", src));
        Assert.Contains($"Vidéo\u00A0: L’entretien intégral — {MediaSite.YouTube}", text);
        Assert.Contains($"Vidéo\u00A0: {MediaSite.Vimeo}", text);
        Assert.Contains($"Vidéo\u00A0: Le décollage — {MediaSite.Clip}", text);
        Assert.Equal(0, players);
        Assert.Equal("/fr/2021/12/medias/", await session.EvaluateAsync<string>("() => document.querySelector('.print-actions a').getAttribute('href')"));
        Assert.True(await session.EvaluateAsync<bool>("() => document.querySelector('.print-button').checkVisibility()"), "the print button is hidden: its script did not run");
        Assert.Empty(session.Problems);
    }

    [HtmlCheckerFact]
    public async Task TheMediaMarkupPassesTheNuHtmlChecker()
    {
        TestTools.Require(TestTools.HasJava, "java");
        using var java = Process.Start(Tools.NuChecker(Path.Combine(site.Output, "fr", "2021")))!;
        var output = java.StandardOutput.ReadToEndAsync();
        var errors = java.StandardError.ReadToEndAsync();

        await java.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);

        var report = (await output + await errors).Trim();
        Assert.True(java.ExitCode == 0 && report.Length == 0, report);
    }
}
