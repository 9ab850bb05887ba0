using System.Net;
using System.Net.Sockets;
using Site.Preview.LiveReload;

namespace Site.Preview.Tests;

public sealed class PreviewServerTests : IAsyncLifetime
{
    private readonly string _site = Path.Combine(Path.GetTempPath(), "preview-server-tests", Guid.NewGuid().ToString("N"));
    private PreviewServer? _server;
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        Write("index.html", "<html><body><p>root</p></body></html>");
        Write("fr/index.html", "<html><body><p>accueil</p></body></html>");
        Write("fr/404.html", "<html><body><p>introuvable</p></body></html>");
        Write("404.html", "<html><body><p>not found</p></body></html>");
        Write("assets/site.abc.css", "body{}");
        Write("fr/feed.xml", "<feed/>");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_site)!, "secret.txt"), "secret");
        _server = await PreviewServer.StartAsync(_site, "127.0.0.1", 0, new ReloadHub());
        _client = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { BaseAddress = _server.Address };
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_site, recursive: true);
    }

    [Theory]
    [InlineData("/fr/", "text/html", "accueil")]
    [InlineData("/assets/site.abc.css", "text/css", "body{}")]
    [InlineData("/fr/feed.xml", "text/xml", "<feed/>")]
    public async Task ServesFilesWithTheirContentTypeAndNoCaching(string path, string contentType, string text)
    {
        var response = await _client!.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(contentType, response.Content.Headers.ContentType!.ToString());
        Assert.Contains(text, await response.Content.ReadAsStringAsync());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task AddsTheLiveReloadScriptToServedPagesOnly()
    {
        var page = await _client!.GetStringAsync("/fr/");

        Assert.Contains($"<script src=\"{PreviewServer.ScriptPath}\" defer></script>\n</body>", page);
        Assert.DoesNotContain("live.js", File.ReadAllText(Path.Combine(_site, "fr", "index.html")));
        Assert.Contains("EventSource", await _client.GetStringAsync(PreviewServer.ScriptPath));
    }

    [Theory]
    [InlineData("/fr/nulle-part/", "introuvable")]
    [InlineData("/en/nowhere/", "not found")]
    public async Task AnswersMissingPagesWithTheLanguage404(string path, string text)
    {
        var response = await _client!.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(text, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RedirectsAFolderWithoutItsSlash()
    {
        var response = await _client!.GetAsync("/fr");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/fr/", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/fr/%2e%2e%2f%2e%2e%2fsecret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/%5c..%5csecret.txt")]
    public async Task RefusesTraversalInRawAndEncodedForms(string path)
    {
        var response = await SendRawAsync(path);

        Assert.DoesNotContain("secret", response);
        Assert.StartsWith("HTTP/1.1 400", response);
    }

    // HttpClient normalizes dots in paths; a raw socket sends the path exactly as an attacker would.
    private async Task<string> SendRawAsync(string path)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, _server!.Address.Port);
        await using var stream = socket.GetStream();
        var request = System.Text.Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{_server.Address.Port}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_site, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
