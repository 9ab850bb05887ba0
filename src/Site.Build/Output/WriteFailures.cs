using Site.Core.Diagnostics;

namespace Site.Build.Output;

/// <summary>
/// Turns a refusal of the file system while the site was written (a full disk, a folder without write permission)
/// into an error naming the file, instead of a crash. Only failures of the output are reported so: a failure to
/// read the sources is not to be blamed on the output folder.
/// </summary>
internal static class WriteFailures
{
    /// <summary>Reports every write failure inside <paramref name="exception"/>; false when it holds anything else (a bug, to crash on).</summary>
    public static bool Report(Exception exception, DiagnosticBag diagnostics)
    {
        var failures = ParallelFailures.Of(exception);
        if (failures.Count == 0 || !failures.All(f => f is OutputWriteException))
        {
            return false;
        }

        // Parallel writers fail together on a full disk: one line says it.
        var first = failures.Cast<OutputWriteException>().OrderBy(f => !f.DiskWasFull).ThenBy(f => f.Path, StringComparer.Ordinal).First();
        var path = first.Path;
        var cause = first.InnerException ?? first;
        var (message, hint) = first.DiskWasFull
            ? ($"no space left on device while writing '{path}'", "free some space or choose another --output; the previous output is unchanged")
            : ($"could not write '{path}': {cause.Message}", "check that you may write there, or choose another --output; the previous output is unchanged");
        diagnostics.Error(new SourceLocation("--output"), first.DiskWasFull ? DiagnosticCode.DiskFull : DiagnosticCode.WriteFailed, message, hint);
        return true;
    }
}
