namespace Site.Content.Markdown.Media;

/// <summary>
/// A video a body links to: a YouTube or Vimeo page, played in their privacy-respecting embeds, or a video file,
/// played by the browser itself.
/// </summary>
internal sealed record VideoSource(string? EmbedUrl, string? FileType)
{
    private static readonly Dictionary<string, string> FileTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".mp4"] = "video/mp4",
        [".m4v"] = "video/mp4",
        [".webm"] = "video/webm",
        [".ogv"] = "video/ogg",
        [".mov"] = "video/quicktime",
    };

    public bool IsEmbed => EmbedUrl is not null;

    /// <summary>The video <paramref name="url"/> shows, or null when it is not one.</summary>
    public static VideoSource? Of(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            && (YouTube(absolute) ?? Vimeo(absolute)) is { } embed)
        {
            return new VideoSource(embed, null);
        }

        var cut = url.IndexOfAny(['?', '#']);
        var path = cut < 0 ? url : url[..cut];
        return FileTypes.TryGetValue(Path.GetExtension(path), out var type) ? new VideoSource(null, type) : null;
    }

    private static string? YouTube(Uri url)
    {
        var host = url.Host.ToLowerInvariant();
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? id = host switch
        {
            "youtu.be" when segments.Length == 1 => segments[0],
            "youtube.com" or "www.youtube.com" or "m.youtube.com" or "youtube-nocookie.com" or "www.youtube-nocookie.com" => segments switch
            {
                ["watch"] => Query(url, "v"),
                ["embed" or "shorts" or "live" or "v", var value] => value,
                _ => null,
            },
            _ => null,
        };
        if (id is null || id.Length is < 6 or > 20 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        var start = Seconds(Query(url, "t") ?? Query(url, "start"));
        return $"https://www.youtube-nocookie.com/embed/{id}" + (start is null ? string.Empty : $"?start={start}");
    }

    private static string? Vimeo(Uri url)
    {
        var host = url.Host.ToLowerInvariant();
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var id = host switch
        {
            "vimeo.com" or "www.vimeo.com" when segments.Length >= 1 => segments[0],
            "player.vimeo.com" when segments is ["video", _] => segments[1],
            _ => null,
        };
        return id is { Length: > 0 and <= 20 } && id.All(char.IsAsciiDigit) ? $"https://player.vimeo.com/video/{id}?dnt=1" : null;
    }

    private static string? Query(Uri url, string name)
    {
        foreach (var pair in url.Query.TrimStart('?').Split('&'))
        {
            var equals = pair.IndexOf('=');
            if (equals > 0 && pair[..equals] == name)
            {
                return Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }

        return null;
    }

    // YouTube's t=90 or t=90s; other forms (1m30s) start at the beginning.
    private static string? Seconds(string? value)
    {
        var digits = value?.TrimEnd('s');
        return digits is { Length: > 0 and <= 6 } && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}
