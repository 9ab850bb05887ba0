using Site.EndToEnd.Tests.Browser;

namespace Site.EndToEnd.Tests;

/// <summary>
/// Screenshots of the main pages on a phone (375 px) and a desktop (1280 px), for people to look at: written to the
/// git-ignored <c>screenshots/</c> folder (or <c>$SCREENSHOTS_DIR</c>).
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class ScreenshotTests(SampleSite site)
{
    private static readonly (string Name, string Path)[] Pages =
    [
        ("home-fr", SamplePages.FrenchHome),
        ("home-en", SamplePages.EnglishHome),
        ("article-fr", SamplePages.FrenchArticle),
        ("article-en", SamplePages.EnglishArticle),
        ("print-fr", SamplePages.FrenchPrint),
        ("tag-en", SamplePages.EnglishTag),
        ("tags-fr", SamplePages.FrenchTagIndex),
        ("category-en", SamplePages.EnglishCategory),
    ];

    [BrowserTheory]
    [InlineData(375, 812)]
    [InlineData(1280, 800)]
    public async Task TakesScreenshotsOfTheMainPages(int width, int height)
    {
        Directory.CreateDirectory(Tools.ScreenshotFolder);
        await using var session = await site.OpenAsync(width, height);

        foreach (var (name, path) in Pages)
        {
            await session.GotoAsync(path);
            var file = Path.Combine(Tools.ScreenshotFolder, $"{name}-{width}.png");
            await session.Page.ScreenshotAsync(new() { Path = file, Animations = Microsoft.Playwright.ScreenshotAnimations.Disabled });

            var header = File.ReadAllBytes(file).Take(8).ToArray();
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, header);
        }

        Assert.Empty(session.Problems);
    }
}
