using Site.Checks;

namespace Site.Checks.Tests.Support;

/// <summary>Everything a page's scan holds, as lines of text: two scans are the same when their lines are.</summary>
internal static class ScanDescription
{
    public static IReadOnlyList<string> Of(PageScan scan)
    {
        List<string> lines = [$"path {scan.Path}", $"base {scan.BaseHref ?? "(none)"}"];
        lines.AddRange(scan.References.Select(reference => $"reference {reference}"));
        lines.AddRange(scan.ImagesWithoutAlt.Select(image => $"without alt {image}"));
        lines.AddRange(scan.Anchors.Order(StringComparer.Ordinal).Select(anchor => $"anchor {anchor}"));
        if (scan.Head is { } head)
        {
            lines.Add($"language {head.Language ?? "(none)"}");
            lines.Add($"root {head.Root}");
            lines.Add($"title {head.Title?.ToString() ?? "(none)"}");
            lines.Add($"description {head.Description?.ToString() ?? "(none)"}");
            lines.Add($"noindex {head.Noindex} redirect {head.IsRedirect} og:type {head.OpenGraphType ?? "(none)"}");
            lines.AddRange(head.Canonicals.Select(canonical => $"canonical {canonical}"));
            lines.AddRange(head.Alternates.Select(alternate => $"alternate {alternate}"));
        }

        return lines;
    }
}
