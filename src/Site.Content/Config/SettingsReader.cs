using Site.Content.Yaml;
using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Content.Config;

/// <summary>Reads the single-value settings of <c>site.yml</c>: <c>baseUrl</c>, <c>pageSize</c>, <c>lists</c> and <c>timeZone</c>.</summary>
internal static class SettingsReader
{
    public static Uri? BaseUrl(YamlMap map)
    {
        var text = map.String("baseUrl", required: true, hint: "write the address the site is published at, such as https://example.org/");
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            map.Diagnostics.Error(map.At(map.Node("baseUrl")!), DiagnosticCode.InvalidBaseUrl, $"'baseUrl' must be an absolute http or https address, not '{text}'", "write it as https://example.org/ or https://user.github.io/repo/");
            return null;
        }

        return BaseUrls.Normalize(uri);
    }

    /// <summary>How many articles a listing page shows; 10 when not given.</summary>
    public static int PageSize(YamlMap map)
    {
        var pageSize = map.Integer("pageSize") ?? 10;
        if (pageSize <= 0)
        {
            map.Diagnostics.Error(map.At(map.Node("pageSize")!), DiagnosticCode.ValueOutOfRange, $"'pageSize' must be at least 1, not {pageSize}", "write how many articles a listing page shows, such as 'pageSize: 10'");
        }

        return pageSize;
    }

    public static ListStyle Lists(YamlMap map)
    {
        var text = map.String("lists");
        switch (text)
        {
            case null or "summary":
                return ListStyle.Summary;
            case "full":
                return ListStyle.Full;
            default:
                map.Diagnostics.Error(map.At(map.Node("lists")!), DiagnosticCode.InvalidChoice, $"'lists' must be 'summary' or 'full', not '{text}'", "write 'lists: summary' (titles and summaries) or 'lists: full' (whole articles)");
                return ListStyle.Summary;
        }
    }

    /// <summary>The zone of dates written without an offset; UTC when not given.</summary>
    public static TimeZoneInfo TimeZone(YamlMap map)
    {
        var id = map.String("timeZone");
        if (id is null)
        {
            return TimeZoneInfo.Utc;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        map.Diagnostics.Error(map.At(map.Node("timeZone")!), DiagnosticCode.UnknownTimeZone, $"'{id}' is not a known time zone", "use an IANA name such as Europe/Paris");
        return TimeZoneInfo.Utc;
    }
}
