using System.Diagnostics;
using Microsoft.Playwright;
using Site.Build;
using Site.TestSupport;
using Site.TestSupport.Tooling;

namespace Site.Preview.Tests;

public sealed class LiveReloadBrowserTests
{
    [BrowserFact]
    public async Task APageReloadsByItselfWithTheEditedTextAndShowsErrorsOverTheLastGoodPage()
    {
        TestTools.Require(TestTools.HasChromium, TestTools.ChromiumPath);
        using var site = new TestSite();
        site.Article("articles/2021/sommet.fr.md", "Le sommet", "2021-06-16T18:00:00+02:00", body: "Premier texte.\n");
        var options = new BuildOptions
        {
            InputDirectory = site.Input,
            ThemeDirectory = site.Theme,
            OutputDirectory = site.Output,
            BaseUrl = new Uri("http://127.0.0.1/"),
        };
        await using var preview = await PreviewSession.StartAsync(options, "127.0.0.1", 0, TextWriter.Null);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = TestTools.ChromiumPath, Args = TestTools.ChromiumArgs, Headless = true });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(preview.Address, "fr/2021/06/sommet/").ToString());
        Assert.Contains("Premier texte.", await page.InnerTextAsync("main"));
        await WaitForAsync(() => Task.FromResult(preview.Hub.Clients > 0), "the page to connect for live reload");

        site.Article("articles/2021/sommet.fr.md", "Le sommet", "2021-06-16T18:00:00+02:00", body: "Texte corrigé en direct.\n");
        await WaitForAsync(async () => (await TextOfAsync(page)).Contains("Texte corrigé en direct."), "the page to reload with the edit");

        site.WriteInput("articles/2021/sommet.fr.md", "---\ntitle: [Le sommet\n---\n");
        await WaitForAsync(async () => (await TextOfAsync(page)).Contains("articles/2021/sommet.fr.md, ligne 2, colonne 8"), "the error overlay");
        Assert.Contains("Texte corrigé en direct.", await page.InnerTextAsync("main"));

        // The overlay shows the line in monospace with the faulty character marked, and a caret lined up under it.
        var frame = page.Locator("#site-preview-errors pre");
        Assert.Equal("2 | title: [Le sommet", (await frame.InnerTextAsync()).Split('\n')[0]);
        var marked = await page.Locator("#site-preview-errors pre mark").BoundingBoxAsync();
        var caret = await page.Locator("#site-preview-errors pre span:last-child").BoundingBoxAsync();
        Assert.Equal("[", await page.Locator("#site-preview-errors pre mark").InnerTextAsync());
        Assert.InRange(caret!.X, marked!.X - 1, marked.X + 1);

        site.Article("articles/2021/sommet.fr.md", "Le sommet", "2021-06-16T18:00:00+02:00", body: "Réparé.\n");
        await WaitForAsync(async () => (await TextOfAsync(page)).Contains("Réparé.") && await page.Locator("#site-preview-errors").CountAsync() == 0, "the page to recover");
    }

    // The page reloads under our feet: read it again until it says what we wait for.
    private static async Task<string> TextOfAsync(IPage page)
    {
        try
        {
            return await page.InnerTextAsync("body", new() { Timeout = 1000 });
        }
        catch (PlaywrightException)
        {
            return string.Empty;
        }
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"timed out waiting for {what}");
            await Task.Delay(50);
        }
    }
}
