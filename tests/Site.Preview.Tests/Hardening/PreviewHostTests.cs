using System.Net;
using System.Net.Sockets;
using System.Text;
using Site.Preview.LiveReload;

namespace Site.Preview.Tests.Hardening;

/// <summary>The preview answers only requests addressed to itself (a guard against DNS rebinding).</summary>
public sealed class PreviewHostTests : IAsyncLifetime
{
    private readonly string _site = Path.Combine(Path.GetTempPath(), "preview-host-tests", Guid.NewGuid().ToString("N"));
    private PreviewServer? _server;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_site);
        File.WriteAllText(Path.Combine(_site, "index.html"), "<html><body><p>the private draft</p></body></html>");
        _server = await PreviewServer.StartAsync(_site, "127.0.0.1", 0, new ReloadHub());
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_site, recursive: true);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1.evil.example:{port}")]
    [InlineData("localhost.evil.example:{port}")]
    [InlineData("127.0.0.1:1")]
    public async Task GivenARequestForAnotherHostWhenItArrivesThenItIsRefusedWithoutThePage(string host)
    {
        var response = await GetAsync(host);

        Assert.StartsWith("HTTP/1.1 421", response);
        Assert.DoesNotContain("private draft", response);
    }

    [Fact]
    public async Task GivenTheEventStreamWhenAnotherHostAsksForItThenItIsRefused()
    {
        // Only the status line: the stream itself never ends.
        var response = await GetAsync("evil.example:{port}", PreviewServer.EventsPath, statusLineOnly: true);

        Assert.StartsWith("HTTP/1.1 421", response);
    }

    [Theory]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("localhost:{port}")]
    [InlineData("LOCALHOST:{port}")]
    [InlineData("[::1]:{port}")]
    public async Task GivenTheAddressItListensOnWhenARequestArrivesThenThePageIsServed(string host)
    {
        var response = await GetAsync(host);

        Assert.StartsWith("HTTP/1.1 200", response);
        Assert.Contains("private draft", response);
    }

    [Theory]
    [InlineData("192.168.1.20", "192.168.1.20:5080", 5080, true)]
    [InlineData("192.168.1.20", "10.0.0.1:5080", 5080, false)]
    [InlineData("0.0.0.0", "192.168.1.20:5080", 5080, true)]
    [InlineData("0.0.0.0", "evil.example:5080", 5080, false)]
    [InlineData("::", "[fe80::1]:5080", 5080, true)]
    [InlineData("127.0.0.1", "localhost", 80, true)]
    [InlineData("127.0.0.1", "localhost", 5080, false)]
    public void GivenAHostOptionWhenARequestArrivesThenThatAddressIsAcceptedToo(string listen, string host, int port, bool allowed)
    {
        var guard = new Serving.HostGuard(listen);

        Assert.Equal(allowed, guard.Allows(Microsoft.AspNetCore.Http.HostString.FromUriComponent(host), port));
    }

    // A raw socket, so that the Host header is exactly the one an attacker's page would make the browser send.
    private async Task<string> GetAsync(string host, string path = "/", bool statusLineOnly = false)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, _server!.Address.Port);
        await using var stream = socket.GetStream();
        var header = host.Replace("{port}", _server.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {header}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream);
        return statusLineOnly ? await reader.ReadLineAsync() ?? string.Empty : await reader.ReadToEndAsync();
    }
}
