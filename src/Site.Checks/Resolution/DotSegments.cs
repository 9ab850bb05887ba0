namespace Site.Checks.Resolution;

/// <summary>Removes "." and ".." segments from an absolute path; ".." above the root stays at the root.</summary>
internal static class DotSegments
{
    public static string Remove(string path)
    {
        // A dot segment starts after a slash; most paths have none and come back as they are, without a split and join.
        if (path.StartsWith('/') && !path.Contains("/.", StringComparison.Ordinal) && !path.Contains("/%2e", StringComparison.OrdinalIgnoreCase))
        {
            return path;
        }

        string[] segments = path.Split('/');
        var kept = new List<string>(segments.Length);
        for (int i = 1; i < segments.Length; i++)
        {
            string segment = segments[i];
            bool isLast = i == segments.Length - 1;
            if (IsDot(segment) || IsDotDot(segment))
            {
                if (IsDotDot(segment) && kept.Count > 0)
                {
                    kept.RemoveAt(kept.Count - 1);
                }

                if (isLast)
                {
                    kept.Add("");
                }

                continue;
            }

            kept.Add(segment);
        }

        return "/" + string.Join('/', kept);
    }

    // Browsers treat an encoded dot (%2e) in a segment as a dot.
    private static bool IsDot(string segment) =>
        segment == "." || segment.Equals("%2e", StringComparison.OrdinalIgnoreCase);

    private static bool IsDotDot(string segment) =>
        segment.Replace("%2e", ".", StringComparison.OrdinalIgnoreCase) == "..";
}
