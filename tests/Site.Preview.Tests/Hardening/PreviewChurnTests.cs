using System.Diagnostics;
using Site.TestSupport;

namespace Site.Preview.Tests.Hardening;

/// <summary>Files that vanish during a rebuild make the preview build again; they never end it.</summary>
public sealed class PreviewChurnTests : IDisposable
{
    private readonly TestSite _site = new();

    public PreviewChurnTests()
    {
        _site.Article("articles/2021/sommet.fr.md", "Le sommet", "2021-06-16T18:00:00+02:00", body: "Premier texte.\n");
        _site.WriteInputBytes("media/2021/carte.png", Png.OnePixel);
    }

    [Fact]
    public async Task GivenTwentyMediaFilesCreatedAndDeletedEvery50MsFor20SecondsWhenTheChurnStopsThenThePreviewStillServesAndFollowsEdits()
    {
        using var serve = ServeProcess.Start(_site);
        var address = await serve.AddressAsync();
        var media = Path.Combine(_site.Input, "media", "churn");
        Directory.CreateDirectory(media);

        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(20) && !serve.HasExited)
        {
            for (var i = 0; i < 20; i++)
            {
                await File.WriteAllBytesAsync(Path.Combine(media, $"image-{i}.png"), Png.OnePixel);
            }

            await Task.Delay(50);
            foreach (var file in Directory.GetFiles(media))
            {
                File.Delete(file);
            }

            await Task.Delay(50);
        }

        Assert.False(serve.HasExited, $"the preview ended during the churn:\n{serve.Errors}");
        await AssertFollowsAnEditAsync(serve, address, "Après la tempête.");
    }

    [Fact]
    public async Task GivenASymbolicLinkLoopUnderMediaWhenThePreviewRebuildsThenItKeepsServingAndRecoversOnceTheLinkIsGone()
    {
        using var serve = ServeProcess.Start(_site);
        var address = await serve.AddressAsync();
        var loop = Path.Combine(_site.Input, "media", "loop");

        File.CreateSymbolicLink(loop, "..");
        await WaitForAsync(() => serve.Errors.Contains("loop", StringComparison.Ordinal) || serve.HasExited, "the preview to see the loop", serve);
        Assert.False(serve.HasExited, $"the preview ended on a symbolic link loop:\n{serve.Errors}");
        using (var client = Client(address))
        {
            Assert.Contains("Le sommet", await client.GetStringAsync("fr/"));
        }

        File.Delete(loop);
        await AssertFollowsAnEditAsync(serve, address, "Boucle défaite.");
    }

    public void Dispose() => _site.Dispose();

    private async Task AssertFollowsAnEditAsync(ServeProcess serve, Uri address, string text)
    {
        _site.Article("articles/2021/sommet.fr.md", "Le sommet", "2021-06-16T18:00:00+02:00", body: text + "\n");
        using var client = Client(address);
        string? page = null;
        await WaitForAsync(
            () =>
            {
                try
                {
                    page = client.GetStringAsync("fr/2021/06/sommet/").GetAwaiter().GetResult();
                }
                catch (HttpRequestException)
                {
                    page = null;
                }

                return page?.Contains(text, StringComparison.Ordinal) == true || serve.HasExited;
            },
            "the edit to be served",
            serve);
        Assert.False(serve.HasExited, $"the preview ended:\n{serve.Errors}");
        Assert.DoesNotContain("Unhandled exception", serve.Errors, StringComparison.Ordinal);
    }

    private static HttpClient Client(Uri address) => new(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = address };

    private static async Task WaitForAsync(Func<bool> condition, string what, ServeProcess serve)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"timed out waiting for {what}:\n{serve.Errors}");
            await Task.Delay(100);
        }
    }
}
