namespace Site.Checks.Scanning;

/// <summary>Reads the URL of a &lt;meta http-equiv="refresh" content="0; url=/fr/"&gt; redirect.</summary>
/// <remarks>The root page's language redirect without JavaScript is one; if it is broken, so is the home page.</remarks>
internal static class MetaRefresh
{
    /// <returns>The URL, or null when the refresh only reloads the page.</returns>
    public static string? Url(string content)
    {
        ReadOnlySpan<char> rest = content.AsSpan().TrimStart();
        rest = rest.TrimStart("0123456789.").TrimStart();
        if (rest.Length > 0 && rest[0] is ';' or ',')
        {
            rest = rest[1..].TrimStart();
        }

        if (rest.StartsWith("url", StringComparison.OrdinalIgnoreCase) && rest[3..].TrimStart().StartsWith("="))
        {
            rest = rest[3..].TrimStart()[1..].TrimStart();
        }

        if (rest.Length > 0 && rest[0] is '"' or '\'')
        {
            char quote = rest[0];
            rest = rest[1..];
            int end = rest.IndexOf(quote);
            rest = end >= 0 ? rest[..end] : rest;
        }

        string url = rest.Trim().ToString();
        return url.Length == 0 ? null : url;
    }
}
