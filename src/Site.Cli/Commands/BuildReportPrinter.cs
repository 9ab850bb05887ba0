using Site.Build;
using Site.Checks;
using Site.Core.Diagnostics;

namespace Site.Cli.Commands;

/// <summary>Prints what a build found (diagnostics and check findings on stderr) and its summary.</summary>
internal static class BuildReportPrinter
{
    public static void Print(BuildResult result, TimeSpan elapsed, TextWriter stdout, TextWriter stderr)
    {
        var colour = Terminal.Colours(stderr);
        var report = Terminal.Batched(stderr);
        try
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                report.WriteLine(CodeFrame.Render(diagnostic, colour));
            }

            if (result.Findings.Count > 0)
            {
                FindingReport.WriteText(result.Findings, report);
            }
        }
        finally
        {
            if (!ReferenceEquals(report, stderr))
            {
                report.Dispose();
            }
        }

        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error) + result.Findings.Count(f => f.IsError);
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning) + result.Findings.Count(f => !f.IsError);
        switch (result.Outcome)
        {
            case BuildOutcome.Success:
                var pages = string.Join(", ", result.PagesByKind.Select(p => EnglishCount.Of(p.Value, p.Key)));
                stdout.WriteLine($"Built {EnglishCount.Of(result.PagesByKind.Sum(p => p.Value), "file")}: {pages}; {EnglishCount.Of(warnings, "warning")}; {elapsed.TotalSeconds:0.00} s.");
                break;
            case BuildOutcome.SiteProblems:
                stderr.WriteLine($"Build failed: {errors} broken reference(s); the previous output is unchanged.");
                break;
            default:
                // A refused --output or --cache, a full disk or another build holding the output is not bad input.
                var where = result.Diagnostics.Where(d => d.Severity == Severity.Error).All(d => d.File.StartsWith("--", StringComparison.Ordinal)) ? "" : " in the input";
                stderr.WriteLine($"Build failed: {errors} error(s){where}; the previous output is unchanged.");
                break;
        }
    }
}
