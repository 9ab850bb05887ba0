using System.Globalization;
using System.Net;

namespace Site.Checks.External;

/// <summary>
/// Where a redirect leads, read from its Location header by the checker rather than by the HTTP stack: the stack
/// threw on a Location such as <c>file:///etc/passwd</c> (ending the whole check with a stack trace) and took a
/// redirect loop for a success. What the server sent is never printed: it can hold anything.
/// </summary>
internal static class RedirectTarget
{
    /// <summary>Browsers give up after about twenty; a link that needs more is broken for its readers.</summary>
    public const int MaximumRedirects = 20;

    /// <summary>Longer than any real address; browsers and servers refuse far shorter ones.</summary>
    public const int MaximumLength = 8 * 1024;

    public static bool IsRedirect(HttpStatusCode code) =>
        code is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>The next URL to ask, or why the redirect cannot be followed.</summary>
    public static (Uri? Next, LinkStatus? Problem) Of(Uri from, HttpResponseMessage response)
    {
        var status = $"HTTP {(int)response.StatusCode}";
        if (!response.Headers.NonValidated.TryGetValues("Location", out var values) || values.FirstOrDefault()?.Trim() is not { Length: > 0 } location)
        {
            return (null, new LinkStatus(LinkVerdict.Unverified, $"{status}: the server redirects without saying where; not verified"));
        }

        if (location.Length > MaximumLength)
        {
            return (null, Broken(string.Create(CultureInfo.InvariantCulture, $"{status}: the server redirects to an address {location.Length:N0} characters long")));
        }

        if (!Uri.TryCreate(from, location, out var next) || !next.IsAbsoluteUri || next.Scheme is not ("http" or "https") || next.IdnHost.Length == 0 || !IsValid(next))
        {
            return (null, Broken($"{status}: the server redirects to an address that is not a valid http or https address"));
        }

        return (next, null);
    }

    public static LinkStatus Loop() => Broken("redirect loop: the server redirects back to an address it already redirected from");

    public static LinkStatus TooMany() => Broken($"more than {MaximumRedirects} redirects in a row");

    private static LinkStatus Broken(string message) => new(LinkVerdict.Broken, message);

    // The HTTP stack builds the address of the connection from the host and port again, and throws where Uri did not.
    private static bool IsValid(Uri url)
    {
        try
        {
            _ = new UriBuilder(url.Scheme, url.IdnHost, url.Port).Uri;
            return true;
        }
        catch (UriFormatException)
        {
            return false;
        }
    }
}
