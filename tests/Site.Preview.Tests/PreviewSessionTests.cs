using System.Diagnostics;
using System.Threading.Channels;
using Site.Build;
using Site.Preview.LiveReload;
using Site.TestSupport;

namespace Site.Preview.Tests;

/// <summary>A running preview follows the files its watcher reports, without being asked to rebuild.</summary>
public sealed class PreviewSessionTests : IAsyncLifetime
{
    private readonly TestSite _site = new();
    private PreviewSession? _preview;

    public async Task InitializeAsync()
    {
        _site.Article("articles/2021/sommet.fr.md", "Le sommet", "2021-06-16T18:00:00+02:00", body: "Premier texte.\n");
        _site.Article("articles/2020/vaccins.fr.md", "Les vaccins", "2020-12-10T09:00:00+01:00");
        var options = new BuildOptions { InputDirectory = _site.Input, ThemeDirectory = _site.Theme, OutputDirectory = _site.Output };
        _preview = await PreviewSession.StartAsync(options, "127.0.0.1", 0, TextWriter.Null);
    }

    public async Task DisposeAsync()
    {
        if (_preview is not null)
        {
            await _preview.DisposeAsync();
        }

        _site.Dispose();
    }

    [Fact]
    public async Task AnEditedArticleIsRebuilt()
    {
        _site.Article("articles/2021/sommet.fr.md", "Le sommet", "2021-06-16T18:00:00+02:00", body: "Texte corrigé.\n");

        await WaitForAsync(() => Output("fr/2021/06/sommet/index.html")?.Contains("Texte corrigé.") == true, "the edit");
    }

    [Fact]
    public async Task ANewArticleInANewFolderIsPublished()
    {
        _site.Article("articles/2022/printemps/nouveau.fr.md", "Un nouvel article", "2022-03-21T09:00:00+01:00");

        // Pages are renamed into place one after the other: the home may follow the article by a moment.
        await WaitForAsync(() => Output("fr/2022/03/nouveau/index.html")?.Contains("Un nouvel article") == true, "the new page");
        await WaitForAsync(() => Output("fr/index.html")?.Contains("Un nouvel article") == true, "the home to list it");
    }

    [Fact]
    public async Task ADeletedArticleTakesItsPagesAway()
    {
        File.Delete(Path.Combine(_site.Input, "articles/2020/vaccins.fr.md"));

        await WaitForAsync(() => Output("fr/2020/12/vaccins/index.html") is null, "the page to go");
        await WaitForAsync(() => Output("fr/index.html")?.Contains("Les vaccins") == false, "the home to drop it");
    }

    [Fact]
    public async Task AMovedFolderIsFollowed()
    {
        Directory.Move(Path.Combine(_site.Input, "articles/2020"), Path.Combine(_site.Input, "articles/archives-2020"));
        _site.Article("articles/archives-2020/vaccins.fr.md", "Les vaccins, revus", "2020-12-10T09:00:00+01:00");

        await WaitForAsync(() => Output("fr/2020/12/vaccins/index.html")?.Contains("Les vaccins, revus") == true, "the moved article");
    }

    [Fact]
    public async Task ABuildThatSucceedsAfterAFailureSaysOkBeforeItsChangeEvent()
    {
        var (id, events) = _preview!.Hub.Connect();
        _site.WriteInput("articles/2021/sommet.fr.md", "---\ntitle: [\n---\nTexte.\n");
        await NextAsync(events, "failed");

        _site.Article("articles/2021/sommet.fr.md", "Le sommet", "2021-06-16T18:00:00+02:00", body: "Texte réparé.\n");

        Assert.Equal("ok", (await NextAsync(events, "ok", "reload", "css")).Kind);
        Assert.Equal("reload", (await NextAsync(events, "ok", "reload", "css")).Kind);
        _preview.Hub.Disconnect(id);
    }

    [Fact]
    public async Task AFailureThatAStylesheetAloneMendsIsClearedByOkBeforeTheStylesheetsAreSwapped()
    {
        var (id, events) = _preview!.Hub.Connect();
        var stylesheet = Path.Combine(_site.Theme, "assets", "site.css");
        var good = File.ReadAllText(stylesheet);
        File.Delete(stylesheet);
        File.CreateSymbolicLink(stylesheet, Path.Combine(_site.Root, "nowhere.css"));
        Assert.Contains("site.css", (await NextAsync(events, "failed")).Data, StringComparison.Ordinal);

        File.Delete(stylesheet);
        File.WriteAllText(stylesheet, good + "\n.mended { color: red; }\n");

        Assert.Equal("ok", (await NextAsync(events, "ok", "reload", "css")).Kind);
        Assert.Equal("css", (await NextAsync(events, "ok", "reload", "css")).Kind);
        _preview.Hub.Disconnect(id);
    }

    /// <summary>The next event of one of the given kinds, skipping others (a build may be reported more than once).</summary>
    private static async Task<ReloadEvent> NextAsync(ChannelReader<ReloadEvent> events, params string[] kinds)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var next = await events.ReadAsync(timeout.Token);
            if (kinds.Contains(next.Kind))
            {
                return next;
            }
        }
    }

    private string? Output(string path)
    {
        var file = Path.Combine(_site.Output, path);
        try
        {
            return File.Exists(file) ? File.ReadAllText(file) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"timed out waiting for {what}");
            await Task.Delay(50);
        }
    }
}
