using Microsoft.Extensions.Hosting;

namespace Site.Preview.Serving;

/// <summary>
/// The web host's lifetime when whoever started the preview decides when it ends. The default (console) lifetime
/// registers Ctrl+C and SIGTERM handlers of its own, which start a second shutdown beside <c>site serve</c>'s; with
/// three handlers for one signal (the command line's too), CI once saw a stopped preview exit with 143 instead of 0.
/// One handler, <c>site serve</c>'s, leaves nothing to race.
/// </summary>
internal sealed class CallerOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
