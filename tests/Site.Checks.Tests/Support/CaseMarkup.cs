namespace Site.Checks.Tests.Support;

/// <summary>The markup of a case: an element, named the way the rows name it, pointing at a URL.</summary>
internal static class CaseMarkup
{
    public static string For(string element, string url) => element switch
    {
        "a" => $"<a href=\"{url}\">lien</a>",
        "area" => $"<map name=\"carte\"><area href=\"{url}\" alt=\"zone\"></map>",
        "link stylesheet" => $"<link rel=\"stylesheet\" href=\"{url}\">",
        "link icon" => $"<link rel=\"icon\" href=\"{url}\">",
        "link canonical" => $"<link rel=\"canonical\" href=\"{url}\">",
        "link alternate" => $"<link rel=\"alternate\" hreflang=\"en\" href=\"{url}\">",
        "link feed" => $"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{url}\">",
        "link preconnect" => $"<link rel=\"preconnect\" href=\"{url}\">",
        "img" => $"<img src=\"{url}\" alt=\"\">",
        "img without alt" => $"<img src=\"{url}\">",
        "img srcset" => $"<img src=\"/media/photo.jpg\" srcset=\"{url}\" alt=\"Photo\">",
        "picture source" => $"<picture><source srcset=\"{url}\" type=\"image/webp\"><img src=\"/media/photo.jpg\" alt=\"\"></picture>",
        "video source" => $"<video controls><source src=\"{url}\" type=\"video/webm\"></video>",
        "script" => $"<script src=\"{url}\"></script>",
        "video" => $"<video src=\"{url}\"></video>",
        "video poster" => $"<video src=\"/media/video.mp4\" poster=\"{url}\"></video>",
        "audio" => $"<audio src=\"{url}\"></audio>",
        "iframe" => $"<iframe src=\"{url}\" title=\"Cadre\"></iframe>",
        "og:image" => $"<meta property=\"og:image\" content=\"{url}\">",
        "meta refresh" => $"<meta http-equiv=\"refresh\" content=\"0; url={url}\">",
        "twitter:image" => $"<meta name=\"twitter:image\" content=\"{url}\">",
        _ => throw new ArgumentException($"No markup for \"{element}\".", nameof(element)),
    };
}
