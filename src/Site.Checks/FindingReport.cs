using Site.Checks.Reporting;

namespace Site.Checks;

/// <summary>Prints findings for people (text, grouped by page) or for tools (the JSON array of the spec).</summary>
public static class FindingReport
{
    /// <summary>One block per page, "  line:column  element  kind  url  message" per finding, then the counts.</summary>
    public static void WriteText(IReadOnlyList<Finding> findings, TextWriter writer) =>
        TextReport.Write(findings, writer);

    /// <summary>An indented JSON array of {page, line, column, element, url, kind, message}; [] when empty.</summary>
    public static void WriteJson(IReadOnlyList<Finding> findings, TextWriter writer) =>
        JsonReport.Write(findings, writer);
}
