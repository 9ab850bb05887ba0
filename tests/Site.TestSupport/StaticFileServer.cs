using System.Net;
using System.Net.Sockets;

namespace Site.TestSupport;

/// <summary>
/// A tiny static file server on 127.0.0.1 for browser tests, behaving like the hosts the site is deployed to: a folder
/// serves its <c>index.html</c> (and redirects to its trailing slash), files get their content type, and a missing
/// file gets the <c>404.html</c> of the language its path starts with (else the root one) with status 404.
/// </summary>
public sealed class StaticFileServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".svg"] = "image/svg+xml",
        [".ico"] = "image/x-icon",
        [".mp4"] = "video/mp4",
        [".webm"] = "video/webm",
        [".pdf"] = "application/pdf",
        [".woff2"] = "font/woff2",
    };

    private readonly string _root;
    private readonly HttpListener _listener;
    private readonly Task _loop;

    public StaticFileServer(string root)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        (_listener, Port) = Listen();
        BaseUrl = new Uri($"http://127.0.0.1:{Port}/");
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary><c>http://127.0.0.1:port/</c>.</summary>
    public Uri BaseUrl { get; }

    public Uri Url(string path) => new(BaseUrl, path.TrimStart('/'));

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener; how it ends does not matter.
        }
    }

    // The port is taken from the system (port 0), then given to HttpListener; another process may grab it in between,
    // so a few tries.
    private static (HttpListener Listener, int Port) Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var request = context.Request;
            if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = 405;
                return;
            }

            var path = Uri.UnescapeDataString(request.Url!.AbsolutePath);
            var file = Resolve(path);
            if (file is null && Directory.Exists(LocalPath(path) ?? string.Empty) && !path.EndsWith('/'))
            {
                response.StatusCode = 301;
                response.RedirectLocation = request.Url.AbsolutePath + "/" + request.Url.Query;
                return;
            }

            var status = 200;
            if (file is null)
            {
                status = 404;
                file = NotFoundPage(path);
            }

            response.StatusCode = status;
            response.Headers["Cache-Control"] = "no-store";
            if (file is null)
            {
                return;
            }

            response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            var bytes = File.ReadAllBytes(file);
            response.ContentLength64 = bytes.Length;
            if (request.HttpMethod == "GET")
            {
                response.OutputStream.Write(bytes);
            }
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException)
        {
            // The browser went away mid-response: nothing to answer.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException)
            {
                // Same as above.
            }
        }
    }

    /// <summary>The file a path serves: the file itself or a folder's index.html; null when there is none.</summary>
    private string? Resolve(string path)
    {
        var local = LocalPath(path);
        if (local is null)
        {
            return null;
        }

        if (File.Exists(local))
        {
            return local;
        }

        var index = Path.Combine(local, "index.html");
        return path.EndsWith('/') && File.Exists(index) ? index : null;
    }

    private string? NotFoundPage(string path)
    {
        var language = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var localized = language is null ? null : LocalPath($"/{language}/404.html");
        return localized is not null && File.Exists(localized) ? localized : Resolve("/404.html");
    }

    /// <summary>The local path of a URL path, or null when it would leave the root folder.</summary>
    private string? LocalPath(string path)
    {
        var local = Path.GetFullPath(Path.Combine(_root, path.TrimStart('/')));
        return local == _root || local.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? local : null;
    }
}
