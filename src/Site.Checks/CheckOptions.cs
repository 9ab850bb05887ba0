namespace Site.Checks;

/// <summary>Where the site is served, and whether and how to check links to other sites.</summary>
/// <remarks>
/// BaseUrl is the site's absolute http(s) URL; its path (https://user.github.io/repo/) is where the output folder's
/// root is served.
/// </remarks>
public sealed record CheckOptions(Uri BaseUrl)
{
    /// <summary>Also ask other sites whether the http(s) URLs the pages link to exist.</summary>
    public bool External { get; init; }

    /// <summary>How long one request may take before the URL is unverified.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait before the one retry after a 429, a 5xx, a time-out or a connection failure.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public int MaxConcurrency { get; init; } = 8;

    public int MaxPerHost { get; init; } = 2;

    public string UserAgent { get; init; } = "Mozilla/5.0 (compatible; site-check/1.0)";

    /// <summary>Replaces the HTTP stack (tests); the caller keeps ownership and disposes it.</summary>
    /// <remarks>The checker follows redirects itself: a handler that follows them too hides loops and bad addresses.</remarks>
    public HttpMessageHandler? Handler { get; init; }
}
