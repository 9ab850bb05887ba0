namespace Site.Core.Urls;

/// <summary>
/// Resolves a URL written on a page (<c>/media/x.jpg</c>, <c>../y/</c>, <c>#fn:1</c>) against that page's absolute
/// URL, exactly as a browser does there: what a feed needs, since a reader shows the content out of its page.
/// </summary>
public static class PageRelativeUrl
{
    /// <summary>The absolute URL, or null when the URL is to stay as written (empty, with a scheme, or not a URL).</summary>
    public static string? Resolve(string url, Uri page)
    {
        url = url.Trim();
        return url.Length == 0 || HasScheme(url) || !Uri.TryCreate(page, url, out var absolute) ? null : absolute.AbsoluteUri;
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 0 && char.IsAsciiLetter(url[0]) && url.AsSpan(0, colon).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.") < 0;
    }
}
