namespace Site.Checks.Rules;

/// <summary>Builds findings located at a reference.</summary>
internal static class Findings
{
    public static Finding For(PageScan page, PageReference reference, FindingKind kind, string message) =>
        new(page.Path, reference.Line, reference.Column, reference.Element, reference.Value, kind, message);

    /// <summary>broken-image for what must be an image, broken-link for the rest.</summary>
    public static Finding Broken(PageScan page, PageReference reference, string message) =>
        For(page, reference, reference.IsImage ? FindingKind.BrokenImage : FindingKind.BrokenLink, message);

    public static IReadOnlyList<Finding> Sorted(IEnumerable<Finding> findings) =>
        [.. findings
            .OrderBy(finding => finding.Page, StringComparer.Ordinal)
            .ThenBy(finding => finding.Line)
            .ThenBy(finding => finding.Column)];
}
