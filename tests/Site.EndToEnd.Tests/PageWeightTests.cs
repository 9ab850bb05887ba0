using Microsoft.Playwright;

using Site.EndToEnd.Tests.Browser;

namespace Site.EndToEnd.Tests;

/// <summary>Light and stable pages: nothing from elsewhere, little CSS, images that know their size and load when needed.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class PageWeightTests(SampleSite site)
{
    private const int CssBudget = 30 * 1024;

    [Fact]
    public void TheStylesheetsWeighLessThan30KilobytesTogether()
    {
        var stylesheets = Directory.GetFiles(Path.Combine(site.Output, "assets"), "*.css");

        var bytes = stylesheets.Sum(f => new FileInfo(f).Length);

        Assert.NotEmpty(stylesheets);
        Assert.True(bytes < CssBudget, $"the stylesheets weigh {bytes} bytes");
    }

    [BrowserTheory]
    [MemberData(nameof(SamplePages.Paths), MemberType = typeof(SamplePages))]
    public async Task EveryRequestStaysOnTheSite(string path)
    {
        await using var session = await site.OpenAsync(375, 812);
        if (path == SamplePages.Root)
        {
            await session.HoldStillAsync(path);
        }

        await session.GotoAsync(path);
        await session.ScrollToTheEndAsync();

        Assert.NotEmpty(session.Requests);
        Assert.All(session.Requests, url => Assert.Equal("127.0.0.1", new Uri(url).Host));
    }

    [BrowserTheory]
    [MemberData(nameof(SamplePages.Paths), MemberType = typeof(SamplePages))]
    public async Task EveryImageCarriesTheSizeOfItsFile(string path)
    {
        await using var session = await site.OpenAsync(375, 812);
        if (path == SamplePages.Root)
        {
            await session.HoldStillAsync(path);
        }

        await session.GotoAsync(path);
        await session.ScrollToTheEndAsync();

        var images = await session.EvaluateAsync<string[][]>("""
            () => [...document.images].map(img => [img.getAttribute('src'), img.getAttribute('width'), img.getAttribute('height'), String(img.naturalWidth), String(img.naturalHeight), img.currentSrc === img.src ? '' : img.currentSrc])
            """);
        foreach (var image in images)
        {
            Assert.True(image[1] is not null && image[2] is not null, $"{path}: {image[0]} has no width or height");
            if (image[5].Length == 0)
            {
                Assert.Equal((image[3], image[4]), (image[1], image[2]));
            }
            else
            {
                // A srcset variant's natural size is scaled to the sizes attribute; its shape is the original's.
                Assert.Equal(double.Parse(image[1]) / double.Parse(image[2]), double.Parse(image[3]) / double.Parse(image[4]), 0.02);
            }
        }
    }

    [BrowserTheory]
    [InlineData(SamplePages.FrenchHome, 4)]
    [InlineData(SamplePages.EnglishCategory, 2)]
    [InlineData(SamplePages.FrenchArticle, 2)]
    [InlineData(SamplePages.EnglishArticle, 2)]
    public async Task OnlyTheFirstImageOfAPageLoadsAtOnce(string path, int atLeast)
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(path);

        var loading = await session.EvaluateAsync<string?[]>("() => [...document.querySelectorAll('main img')].map(img => img.getAttribute('loading'))");

        Assert.True(loading.Length >= atLeast, $"{path} has {loading.Length} images");
        Assert.Null(loading[0]);
        Assert.All(loading.Skip(1), value => Assert.Equal("lazy", value));
    }

    [BrowserTheory]
    [InlineData(SamplePages.FrenchPrint)]
    [InlineData(SamplePages.EnglishPrint)]
    public async Task APrintPageLoadsAllItsImagesAtOnce(string path)
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(path);

        var loading = await session.EvaluateAsync<string?[]>("() => [...document.images].map(img => img.getAttribute('loading'))");

        Assert.True(loading.Length >= 2);
        Assert.All(loading, Assert.Null);
    }

    [BrowserTheory]
    [InlineData(SamplePages.FrenchHome)]
    [InlineData(SamplePages.FrenchArticle)]
    [InlineData(SamplePages.EnglishTag)]
    public async Task ImagesTakeTheirPlaceBeforeTheyArrive(string path)
    {
        await using var session = await site.OpenAsync(375, 812);
        var arrive = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await session.Page.RouteAsync("**/media/**", async route =>
        {
            await arrive.Task;
            await ContinueQuietlyAsync(route);
        });

        await session.GotoAsync(path, WaitUntilState.DOMContentLoaded);
        await session.Page.WaitForFunctionAsync("() => [...document.styleSheets].some(s => s.href && s.href.includes('/assets/site.'))");
        var boxes = await session.EvaluateAsync<double[][]>("""
            () => [...document.querySelectorAll('main img')].map(img => {
              const box = img.getBoundingClientRect();
              return [box.width, box.height, img.width / img.height, img.complete && img.naturalWidth > 0 ? 1 : 0];
            })
            """);
        arrive.SetResult();

        Assert.NotEmpty(boxes);
        foreach (var box in boxes)
        {
            Assert.Equal(0, box[3]);
            Assert.True(box[0] > 0 && box[1] > 0, $"{path}: an image has no room before it arrives ({box[0]}×{box[1]})");
            Assert.Equal(box[0] / box[2], box[1], 0.6);
        }
    }

    private static async Task ContinueQuietlyAsync(IRoute route)
    {
        try
        {
            await route.ContinueAsync();
        }
        catch (PlaywrightException)
        {
            // The test closed the page before the image was let through.
        }
    }

}
