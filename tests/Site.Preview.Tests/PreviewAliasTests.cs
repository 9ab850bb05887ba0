using System.Diagnostics;
using System.Net;
using Site.Build;
using Site.TestSupport;

namespace Site.Preview.Tests;

/// <summary>The preview serves an article's old addresses (front matter <c>aliases</c>) as the build writes them.</summary>
public sealed class PreviewAliasTests : IAsyncLifetime
{
    private readonly TestSite _site = new();
    private PreviewSession? _preview;
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        _site.Article("articles/2021/sommet.fr.md", "Le sommet", "2021-06-16T18:00:00+02:00", extra: "aliases: [/fr/2021/06/ancien-sommet/]\n");
        var options = new BuildOptions { InputDirectory = _site.Input, ThemeDirectory = _site.Theme, OutputDirectory = _site.Output };
        _preview = await PreviewSession.StartAsync(options, "127.0.0.1", 0, TextWriter.Null);
        _client = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { BaseAddress = _preview.Address };
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_preview is not null)
        {
            await _preview.DisposeAsync();
        }

        _site.Dispose();
    }

    [Fact]
    public async Task GivenAnAliasWhenPreviewingThenItsOldAddressIsServedAsARedirectToTheArticle()
    {
        var response = await _client!.GetAsync("/fr/2021/06/ancien-sommet/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        // The test's preview keeps site.yml's base URL; `site serve` gives it its own address.
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/fr/2021/06/sommet/\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivenAnAliasAddedWhilePreviewingThenItsOldAddressIsServed()
    {
        _site.Article("articles/2021/sommet.fr.md", "Le sommet", "2021-06-16T18:00:00+02:00", extra: "aliases: [/fr/2021/06/ancien-sommet/, /fr/sommet-de-geneve/]\n");

        var clock = Stopwatch.StartNew();
        while ((await _client!.GetAsync("/fr/sommet-de-geneve/")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "timed out waiting for the new alias");
            await Task.Delay(50);
        }
    }
}
