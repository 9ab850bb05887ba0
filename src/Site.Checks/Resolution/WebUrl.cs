namespace Site.Checks.Resolution;

/// <summary>An absolute http(s) URL; the path stays percent-encoded as written, with dot segments removed.</summary>
internal sealed record WebUrl(string Scheme, string Host, string Authority, string Path, string? Query, string? Fragment)
{
    /// <summary>What a client requests: the fragment never leaves the browser.</summary>
    public string WithoutFragment => $"{Scheme}://{Authority}{Path}{(Query is null ? "" : "?" + Query)}";
}
