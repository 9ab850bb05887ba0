using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Site.Checks.Tests.Support;

/// <summary>An HTTP/1.1 server on 127.0.0.1 with canned answers per path, recording every request.</summary>
/// <remarks>
/// /ok 200 · /missing 404 · /gone 410 · /busy 429 · /error 500 · /slow answers after 3 s · /no-head 405 to HEAD,
/// 200 to GET · /head-not-implemented 501 to HEAD · /moved 301 to /ok · /flaky 503 once, then 200 ·
/// /wait/* 200 after 100 ms · redirects that go wrong: /to-file, /to-javascript, /malformed-location, /bad-port,
/// /long-location (20,000 characters), /huge-location (100,000), /no-location, /loop (to itself), /ping ↔ /pong,
/// /chain/n (to /chain/n+1, for ever) · /relative (302 to "ok", relative) · anything else 404.
/// </remarks>
internal sealed class LoopbackHttpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentQueue<string> requests = new();
    private readonly ConcurrentDictionary<string, int> hits = new(StringComparer.Ordinal);
    private int inFlight;
    private int maxInFlight;

    public LoopbackHttpServer()
    {
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Every request seen, as "METHOD /path?query".</summary>
    public IReadOnlyList<string> Requests => [.. requests];

    /// <summary>The most requests that were being answered at the same time.</summary>
    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public string Url(string pathAndQuery) => $"http://127.0.0.1:{Port}{pathAndQuery}";

    /// <summary>A URL on which nothing listens: connecting to it is refused.</summary>
    public static string ClosedPortUrl()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return $"http://127.0.0.1:{port}/closed";
    }

    public void Dispose()
    {
        stopping.Cancel();
        listener.Stop();
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                NetworkStream stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII, false, 1024, leaveOpen: true);
                string? requestLine = await reader.ReadLineAsync(stopping.Token);
                while (!string.IsNullOrEmpty(await reader.ReadLineAsync(stopping.Token)))
                {
                }

                if (requestLine?.Split(' ') is not [string method, string target, ..])
                {
                    return;
                }

                requests.Enqueue($"{method} {target}");
                int now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref maxInFlight, now);
                try
                {
                    (int status, string reason, string? location) = await AnswerAsync(method, target.Split('?')[0]);
                    await WriteAsync(stream, method, status, reason, location);
                }
                finally
                {
                    Interlocked.Decrement(ref inFlight);
                }
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client gave up (a time-out test) or the server is stopping.
            }
        }
    }

    private async Task<(int Status, string Reason, string? Location)> AnswerAsync(string method, string path)
    {
        int hit = hits.AddOrUpdate(path, 1, (_, count) => count + 1);
        switch (path)
        {
            case "/ok":
                return (200, "OK", null);
            case "/gone":
                return (410, "Gone", null);
            case "/busy":
                return (429, "Too Many Requests", null);
            case "/error":
                return (500, "Internal Server Error", null);
            case "/slow":
                await Task.Delay(TimeSpan.FromSeconds(3), stopping.Token);
                return (200, "OK", null);
            case "/no-head":
                return method == "HEAD" ? (405, "Method Not Allowed", null) : (200, "OK", null);
            case "/head-not-implemented":
                return method == "HEAD" ? (501, "Not Implemented", null) : (200, "OK", null);
            case "/moved":
                return (301, "Moved Permanently", "/ok");
            case "/relative":
                return (302, "Found", "ok");
            case "/to-file":
                return (302, "Found", "file:///etc/passwd");
            case "/to-javascript":
                return (302, "Found", "javascript:alert(1)");
            case "/malformed-location":
                return (302, "Found", "http://[::1");
            case "/bad-port":
                return (302, "Found", "http://127.0.0.1:99999/");
            case "/long-location":
                return (302, "Found", "/" + new string('a', 20_000));
            case "/huge-location":
                return (302, "Found", "/" + new string('a', 100_000));
            case "/no-location":
                return (302, "Found", null);
            case "/loop":
                return (302, "Found", "/loop");
            case "/ping":
                return (307, "Temporary Redirect", "/pong");
            case "/pong":
                return (308, "Permanent Redirect", "/ping");
            case var chain when chain.StartsWith("/chain/", StringComparison.Ordinal):
                return (302, "Found", $"/chain/{int.Parse(chain["/chain/".Length..], System.Globalization.CultureInfo.InvariantCulture) + 1}");
            case "/flaky":
                return hit == 1 ? (503, "Service Unavailable", null) : (200, "OK", null);
            case var wait when wait.StartsWith("/wait/", StringComparison.Ordinal):
                await Task.Delay(100, stopping.Token);
                return (200, "OK", null);
            default:
                return (404, "Not Found", null);
        }
    }

    private static async Task WriteAsync(NetworkStream stream, string method, int status, string reason, string? location)
    {
        string body = method == "HEAD" ? "" : reason;
        var head = new StringBuilder()
            .Append($"HTTP/1.1 {status} {reason}\r\n")
            .Append($"Content-Length: {reason.Length}\r\n")
            .Append("Connection: close\r\n");
        if (location is not null)
        {
            head.Append($"Location: {location}\r\n");
        }

        byte[] bytes = Encoding.ASCII.GetBytes(head.Append("\r\n").Append(body).ToString());
        await stream.WriteAsync(bytes);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current = Volatile.Read(ref target);
        while (value > current)
        {
            int seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
