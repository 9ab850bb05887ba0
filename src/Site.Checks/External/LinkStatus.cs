using System.Globalization;

namespace Site.Checks.External;

/// <summary>What a server said about a URL, and whether asking again later might change it.</summary>
internal sealed record LinkStatus(LinkVerdict Verdict, string Message, bool IsTransient = false)
{
    public static LinkStatus Ok { get; } = new(LinkVerdict.Ok, "");

    public static LinkStatus FromStatusCode(int code, string? reason)
    {
        string status = $"HTTP {code} {reason}".TrimEnd();
        return code switch
        {
            < 400 => Ok,
            404 or 410 => new LinkStatus(LinkVerdict.Broken, status),
            429 => new LinkStatus(LinkVerdict.Unverified, $"{status}: the server limits requests; not verified", true),
            >= 500 => new LinkStatus(LinkVerdict.Unverified, $"{status}: server error; not verified", true),
            // 401, 403, 451…: the page may well exist but is not shown to a checker.
            _ => new LinkStatus(LinkVerdict.Unverified, $"{status}: the server refused the check; not verified"),
        };
    }

    public static LinkStatus TimedOut(TimeSpan timeout) => new(
        LinkVerdict.Unverified,
        string.Create(CultureInfo.InvariantCulture, $"no answer within {timeout.TotalSeconds:0.###} s; not verified"),
        true);

    /// <summary>The answer was larger than the HTTP stack accepts (headers over 64 KB): asking again will not help.</summary>
    public static LinkStatus TooLarge(string reason) =>
        new(LinkVerdict.Unverified, $"the server's answer is too large to check ({reason}); not verified");

    public static LinkStatus Unreachable(string reason) =>
        new(LinkVerdict.Unverified, $"could not connect ({reason}); not verified", true);
}
