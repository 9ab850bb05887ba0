using System.Globalization;

namespace Site.Rendering.Metadata;

/// <summary>Dates as machines read them (RFC 3339 with the offset as written), for head metadata, feeds and sitemaps.</summary>
internal static class IsoDate
{
    public static string Format(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
