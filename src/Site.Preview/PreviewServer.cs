using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Site.Preview.LiveReload;
using Site.Preview.Serving;

namespace Site.Preview;

/// <summary>
/// Serves a built site on the loopback interface with Kestrel, to requests addressed to it only (<see cref="HostGuard"/>):
/// folders as their <c>index.html</c>, the language's 404
/// page, no caching, and a live-reload script added to every HTML response (never to the files on disk).
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string ScriptPath = "/__site/live.js";
    public const string EventsPath = "/__site/events";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly byte[] Script = ReadScript();

    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<PreviewServer> StartAsync(string siteFolder, string host, int port, ReloadHub hub, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Parse(host), port));
        var app = builder.Build();
        var files = new SiteFiles(siteFolder);
        var guard = new HostGuard(host);
        app.Run(context => HandleAsync(context, guard, files, hub));
        await app.StartAsync(cancellationToken);
        var bound = new Uri(app.Urls.First());
        return new PreviewServer(app, new Uri($"http://{host}:{bound.Port}/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static Task HandleAsync(HttpContext context, HostGuard guard, SiteFiles files, ReloadHub hub)
    {
        if (!guard.Allows(context.Request.Host, context.Connection.LocalPort))
        {
            return WriteAsync(context, 421, "text/plain; charset=utf-8", "Misdirected request: this preview answers only to its own address (see --host)."u8.ToArray());
        }

        return context.Request.Path.Value switch
        {
            EventsPath => StreamEventsAsync(context, hub),
            ScriptPath => WriteAsync(context, 200, "text/javascript; charset=utf-8", Script),
            _ => ServeFileAsync(context, files),
        };
    }

    private static async Task ServeFileAsync(HttpContext context, SiteFiles files)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var query = raw.IndexOf('?');
        var relative = SafePath.Resolve(query < 0 ? raw : raw[..query]);
        if (relative is null)
        {
            await WriteAsync(context, 400, "text/plain; charset=utf-8", "Bad request: the path leaves the site."u8.ToArray());
            return;
        }

        if (relative.Length > 0 && !relative.EndsWith('/') && Directory.Exists(Path.Combine(files.Root, relative)))
        {
            context.Response.StatusCode = 301;
            context.Response.Headers.Location = "/" + relative + "/";
            return;
        }

        var path = files.Find(relative);
        var status = 200;
        if (path is null)
        {
            status = 404;
            path = files.NotFoundPage(relative);
            if (path is null)
            {
                await WriteAsync(context, 404, "text/plain; charset=utf-8", "Not found."u8.ToArray());
                return;
            }
        }

        var contentType = ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        var bytes = await File.ReadAllBytesAsync(path, context.RequestAborted);
        if (contentType == "text/html")
        {
            contentType = "text/html; charset=utf-8";
            bytes = LiveReloadInjection.Inject(bytes);
        }

        await WriteAsync(context, status, contentType, bytes);
    }

    private static async Task StreamEventsAsync(HttpContext context, ReloadHub hub)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var (id, events) = hub.Connect();
        try
        {
            await context.Response.WriteAsync("retry: 500\n\n", context.RequestAborted);
            if (hub.Last is { Kind: "failed" } failure)
            {
                await SendAsync(context, failure);
            }

            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var reloadEvent in events.ReadAllAsync(context.RequestAborted))
            {
                await SendAsync(context, reloadEvent);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser went away.
        }
        finally
        {
            hub.Disconnect(id);
        }
    }

    private static async Task SendAsync(HttpContext context, ReloadEvent reloadEvent)
    {
        var text = new StringBuilder($"event: {reloadEvent.Kind}\n");
        foreach (var line in reloadEvent.Data.Split('\n'))
        {
            text.Append("data: ").Append(line).Append('\n');
        }

        await context.Response.WriteAsync(text.Append('\n').ToString(), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private static Task WriteAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    private static byte[] ReadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("live.js")!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
