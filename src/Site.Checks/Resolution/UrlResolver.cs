namespace Site.Checks.Resolution;

/// <summary>Resolves a reference against a base URL the way a browser does for http(s) pages.</summary>
internal static class UrlResolver
{
    public static UrlResolution Resolve(WebUrl baseUrl, string reference)
    {
        string value = Clean(reference);
        string? fragment = null;
        string? query = null;
        int hash = value.IndexOf('#');
        if (hash >= 0)
        {
            fragment = value[(hash + 1)..];
            value = value[..hash];
        }

        int question = value.IndexOf('?');
        if (question >= 0)
        {
            query = value[(question + 1)..];
            value = value[..question];
        }

        // Browsers read a backslash as a slash in http(s) URLs.
        value = value.Replace('\\', '/');
        if (SchemeOf(value) is { } scheme)
        {
            if (scheme is not ("http" or "https"))
            {
                return new UrlResolution(UrlResolutionKind.OtherScheme, null);
            }

            string rest = value[(scheme.Length + 1)..];
            if (rest.StartsWith('/') || scheme != baseUrl.Scheme)
            {
                return WithAuthority(scheme, rest.TrimStart('/'), query, fragment);
            }

            // "http:x" on an http page is a relative reference.
            value = rest;
        }

        if (value.StartsWith("//", StringComparison.Ordinal))
        {
            return WithAuthority(baseUrl.Scheme, value[2..], query, fragment);
        }

        string path = value switch
        {
            "" => baseUrl.Path,
            _ when value.StartsWith('/') => value,
            _ => baseUrl.Path[..(baseUrl.Path.LastIndexOf('/') + 1)] + value,
        };
        WebUrl resolved = baseUrl with
        {
            Path = DotSegments.Remove(path),
            Query = value.Length == 0 && question < 0 ? baseUrl.Query : query,
            Fragment = fragment,
        };
        return new UrlResolution(UrlResolutionKind.Web, resolved);
    }

    private static UrlResolution WithAuthority(string scheme, string rest, string? query, string? fragment)
    {
        int slash = rest.IndexOf('/');
        string authority = slash >= 0 ? rest[..slash] : rest;
        string path = slash >= 0 ? rest[slash..] : "/";
        string hostAndPort = authority[(authority.LastIndexOf('@') + 1)..];
        int portStart = hostAndPort.StartsWith('[') ? hostAndPort.IndexOf(']') + 1 : hostAndPort.LastIndexOf(':');
        if (portStart < 0)
        {
            portStart = hostAndPort.Length;
        }

        string host = hostAndPort[..portStart];
        string port = hostAndPort[portStart..];
        bool portIsValid = port.Length == 0 || (port[0] == ':' && port[1..].All(char.IsAsciiDigit));
        if (host.Length == 0 || !portIsValid)
        {
            return UrlResolution.Malformed;
        }

        string lowered = hostAndPort.ToLowerInvariant();
        var url = new WebUrl(scheme, host.ToLowerInvariant(), lowered, DotSegments.Remove(path), query, fragment);
        return new UrlResolution(UrlResolutionKind.Web, url);
    }

    private static string? SchemeOf(string value)
    {
        int colon = value.IndexOf(':');
        if (colon < 1 || !char.IsAsciiLetter(value[0]))
        {
            return null;
        }

        for (int i = 1; i < colon; i++)
        {
            char c = value[i];
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return null;
            }
        }

        return value[..colon].ToLowerInvariant();
    }

    // Leading and trailing spaces and controls are dropped, and tabs and newlines anywhere, as browsers do.
    private static string Clean(string value)
    {
        int start = 0;
        int end = value.Length;
        while (start < end && value[start] <= ' ')
        {
            start++;
        }

        while (end > start && value[end - 1] <= ' ')
        {
            end--;
        }

        return value[start..end].Replace("\t", "").Replace("\n", "").Replace("\r", "");
    }
}
