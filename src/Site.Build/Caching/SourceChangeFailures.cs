using Site.Build.Output;
using Site.Core.Diagnostics;

namespace Site.Build.Caching;

/// <summary>Turns an input file changed under a running build (<see cref="SourceChangedException"/>) into an error on that file, instead of a crash.</summary>
internal static class SourceChangeFailures
{
    /// <summary>Reports the changed files inside <paramref name="exception"/>; false when it holds anything else.</summary>
    public static bool Report(Exception exception, DiagnosticBag diagnostics)
    {
        var failures = ParallelFailures.Of(exception);
        if (failures.Count == 0 || !failures.All(f => f is SourceChangedException))
        {
            return false;
        }

        foreach (var path in failures.Cast<SourceChangedException>().Select(f => f.SourcePath).Distinct().Order(StringComparer.Ordinal))
        {
            diagnostics.Error(new SourceLocation(path), DiagnosticCode.FileUnreadable, "the file changed while the site was built", "build again; the previous output is unchanged");
        }

        return true;
    }
}
