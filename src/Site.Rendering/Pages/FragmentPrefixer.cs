using System.Text.RegularExpressions;

namespace Site.Rendering.Pages;

/// <summary>
/// Prefixes the ids of a rendered body, and the <c>#fragment</c> links to them, so that several whole articles can
/// share one listing page without two headings or footnotes having the same id.
/// </summary>
public static partial class FragmentPrefixer
{
    public static string Prefix(string html, string prefix) =>
        Fragment().Replace(Id().Replace(html, m => $"{m.Groups[1].Value}=\"{prefix}-{m.Groups[2].Value}\""), m => $"href=\"#{prefix}-{m.Groups[1].Value}\"");

    [GeneratedRegex("""(?<=<[^>]*\s)(id|name)="([^"]+)"(?=[^<]*>)""")]
    private static partial Regex Id();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex Fragment();
}
