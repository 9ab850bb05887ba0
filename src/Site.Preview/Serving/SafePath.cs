namespace Site.Preview.Serving;

/// <summary>
/// Maps a request path to a file under the site folder, or refuses it: no <c>..</c> segment, no encoded slash or
/// backslash, no control character, in raw or percent-encoded form.
/// </summary>
public static class SafePath
{
    /// <param name="rawPath">The path as the client sent it, still percent-encoded.</param>
    /// <returns>The path relative to the site folder (forward slashes, empty for the root), or null when refused.</returns>
    public static string? Resolve(string rawPath)
    {
        if (!rawPath.StartsWith('/') || rawPath.Contains('\\'))
        {
            return null;
        }

        var segments = new List<string>();
        foreach (var raw in rawPath[1..].Split('/'))
        {
            string segment;
            try
            {
                segment = Uri.UnescapeDataString(raw);
            }
            catch (UriFormatException)
            {
                return null;
            }

            if (segment is "." or ".." || segment.IndexOfAny(['/', '\\']) >= 0 || segment.Any(char.IsControl))
            {
                return null;
            }

            segments.Add(segment);
        }

        return string.Join('/', segments);
    }
}
