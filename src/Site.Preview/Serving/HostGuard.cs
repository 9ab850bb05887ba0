using System.Net;
using Microsoft.AspNetCore.Http;

namespace Site.Preview.Serving;

/// <summary>
/// Answers only requests addressed to the preview itself. A web page elsewhere could otherwise point a name of its
/// own at 127.0.0.1 (DNS rebinding) and read the preview with the browser's help; such a request still carries the
/// page's name in <c>Host</c>. Loopback names are always accepted, with the port the preview listens on; so is the
/// address given with <c>--host</c>, and any address when it listens on all of them (0.0.0.0 or ::).
/// </summary>
internal sealed class HostGuard(string listenHost)
{
    private static readonly string[] Loopback = ["localhost", "127.0.0.1", "[::1]"];

    private readonly IPAddress _listen = IPAddress.Parse(listenHost);

    /// <param name="host">The request's <c>Host</c> header.</param>
    /// <param name="port">The port the request arrived on.</param>
    public bool Allows(HostString host, int port)
    {
        if (!host.HasValue || (host.Port ?? 80) != port)
        {
            return false;
        }

        var name = host.Host;
        if (Loopback.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!IPAddress.TryParse(name.Trim('[', ']'), out var address))
        {
            return false;
        }

        return address.Equals(_listen) || _listen.Equals(IPAddress.Any) || _listen.Equals(IPAddress.IPv6Any);
    }
}
