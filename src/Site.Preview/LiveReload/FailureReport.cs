using System.Text.Json;
using System.Text.Json.Serialization;
using Site.Build;
using Site.Core.Diagnostics;

namespace Site.Preview.LiveReload;

/// <summary>
/// What the error overlay shows of a failed build, as the JSON of a <c>failed</c> event: for each problem, where it
/// is, what is wrong, how to fix it, and the source line cut around the column (before / at / after), so that the
/// page can underline the very character in any font.
/// </summary>
public static class FailureReport
{
    public static string Of(BuildResult result) => Serialize(
        result.Diagnostics.Select(Of)
            .Concat(result.Findings.Select(f => new Problem(f.SourceFile ?? f.Page, 0, 0, f.IsError ? "error" : "warning", $"{f.Page}:{f.Line}:{f.Column}: {f.Url}: {f.Message}", null, null, null, null))));

    /// <summary>A problem that is not about a place in a file (the build could not read the input, or crashed).</summary>
    public static string Of(string message, string hint) => Serialize([new Problem(null, 0, 0, "error", message, hint, null, null, null)]);

    private static Problem Of(Diagnostic d)
    {
        var excerpt = d.SourceLine is { } line && d.Line > 0 ? SourceExcerpt.Of(line, d.Column) : null;
        return new Problem(
            d.File, d.Line, d.Column, d.Severity == Severity.Error ? "error" : "warning", d.Message, d.Hint,
            excerpt?.Before, d.Column > 0 ? excerpt?.At : null, d.Column > 0 ? excerpt?.After : excerpt?.Line);
    }

    private static string Serialize(IEnumerable<Problem> problems) => JsonSerializer.Serialize(new Report(problems.ToList()), FailureReportJson.Default.Report);

    internal sealed record Report(List<Problem> Problems);

    internal sealed record Problem(string? File, int Line, int Column, string Severity, string Message, string? Hint, string? Before, string? At, string? After);
}

/// <summary>The report's JSON, written by generated code rather than by reflection (a natively compiled command has none).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(FailureReport.Report))]
internal sealed partial class FailureReportJson : JsonSerializerContext;
