namespace Site.Checks.External;

/// <summary>How politely and how long to ask servers about URLs.</summary>
internal sealed record ExternalCheckSettings(
    TimeSpan Timeout,
    TimeSpan RetryDelay,
    int MaxConcurrency,
    int MaxPerHost,
    string UserAgent,
    HttpMessageHandler? Handler)
{
    public static ExternalCheckSettings From(CheckOptions options) => new(
        options.Timeout,
        options.RetryDelay,
        Math.Max(1, options.MaxConcurrency),
        Math.Max(1, options.MaxPerHost),
        options.UserAgent,
        options.Handler);
}
