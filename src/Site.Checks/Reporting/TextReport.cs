namespace Site.Checks.Reporting;

/// <summary>Findings grouped by page, each on one line, then how many of each kind.</summary>
internal static class TextReport
{
    public static void Write(IReadOnlyList<Finding> findings, TextWriter writer)
    {
        if (findings.Count == 0)
        {
            writer.WriteLine("No broken links, images or fragments found.");
            return;
        }

        foreach (IGrouping<string, Finding> page in findings.GroupBy(finding => finding.Page, StringComparer.Ordinal))
        {
            string? source = page.Select(finding => finding.SourceFile).FirstOrDefault(file => file is not null);
            writer.WriteLine(source is null ? page.Key : $"{page.Key} (from {source})");
            foreach (Finding finding in page)
            {
                string url = finding.Url.Length == 0 ? "\"\"" : finding.Url;
                writer.WriteLine(
                    $"  {finding.Line}:{finding.Column}  {finding.Element}  {finding.Kind.ToKebabCase()}  {url}  {finding.Message}");
            }

            writer.WriteLine();
        }

        writer.WriteLine(Summary(findings));
    }

    private static string Summary(IReadOnlyList<Finding> findings)
    {
        int errors = findings.Count(finding => finding.IsError);
        int warnings = findings.Count - errors;
        IEnumerable<string> kinds = Enum.GetValues<FindingKind>()
            .Select(kind => (Kind: kind, Count: findings.Count(finding => finding.Kind == kind)))
            .Where(pair => pair.Count > 0)
            .Select(pair => $"{pair.Count} {pair.Kind.ToKebabCase()}");
        return $"{Plural(errors, "error")}, {Plural(warnings, "warning")} ({string.Join(", ", kinds)})";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
