namespace Site.Content.Markdown;

/// <summary>Where each published source file ends up: source path (relative to the input folder) → site path.</summary>
public sealed class SourceLinkMap(IReadOnlyDictionary<string, string> sitePaths)
{
    private RenderLookups? _lookups;

    public string? SitePathOf(string sourcePath)
    {
        var sitePath = sitePaths.GetValueOrDefault(sourcePath);
        return _lookups is null ? sitePath : _lookups.Record(sourcePath, sitePath);
    }

    /// <summary>The same map, recording every question asked of it into <paramref name="lookups"/>.</summary>
    internal SourceLinkMap RecordingInto(RenderLookups lookups) => new(sitePaths) { _lookups = lookups };

    /// <summary>Resolves <paramref name="relative"/> against the folder of <paramref name="fromSource"/>; null when it climbs above the input folder.</summary>
    public static string? Resolve(string fromSource, string relative)
    {
        var parts = new List<string>(fromSource.Split('/')[..^1]);
        foreach (var segment in Uri.UnescapeDataString(relative).Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(segment);
                    break;
            }
        }

        return string.Join('/', parts);
    }
}
