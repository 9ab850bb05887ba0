using System.Globalization;

namespace Site.Content.FrontMatter;

/// <summary>
/// Reads front matter dates in ISO 8601. A date written without an offset is taken in the site's time zone
/// (site.yml <c>timeZone</c>, UTC by default), as an author in a newsroom means local time.
/// </summary>
public static class DateParser
{
    private static readonly string[] Times = ["'T'HH:mm:ss", "'T'HH:mm:ss.FFFFFFF", "'T'HH:mm", " HH:mm:ss", " HH:mm"];

    private static readonly string[] WithOffset = Times.Select(t => "yyyy-MM-dd" + t + "zzz").ToArray();

    private static readonly string[] InUtc = Times.Select(t => "yyyy-MM-dd" + t + "'Z'").ToArray();

    private static readonly string[] WithoutOffset = [.. Times.Select(t => "yyyy-MM-dd" + t), "yyyy-MM-dd"];

    public static DateTimeOffset? Parse(string text, TimeZoneInfo timeZone)
    {
        text = text.Trim();
        var invariant = CultureInfo.InvariantCulture;
        if (DateTimeOffset.TryParseExact(text, WithOffset, invariant, DateTimeStyles.None, out var withOffset))
        {
            return withOffset;
        }

        if (DateTimeOffset.TryParseExact(text, InUtc, invariant, DateTimeStyles.AssumeUniversal, out var inUtc))
        {
            return inUtc.ToUniversalTime();
        }

        if (DateTime.TryParseExact(text, WithoutOffset, invariant, DateTimeStyles.None, out var local))
        {
            var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            var offset = timeZone.GetUtcOffset(unspecified);

            // The first hours of year 1 and the last of year 9999 have no UTC time in some zones.
            var utc = unspecified.Ticks - offset.Ticks;
            return utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks ? null : new DateTimeOffset(unspecified, offset);
        }

        return null;
    }
}
