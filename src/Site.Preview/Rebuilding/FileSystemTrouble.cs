using Site.Build.Output;

namespace Site.Preview.Rebuilding;

/// <summary>
/// Tells a rebuild that the file system interrupted (a file vanished, was locked, or could not be read while the
/// build looked at it) from one that hit a bug. The build runs in parallel, so the file system's exceptions often
/// arrive wrapped, several at once.
/// </summary>
internal static class FileSystemTrouble
{
    /// <returns>The file system's exceptions inside <paramref name="exception"/>, or an empty list when it holds anything else.</returns>
    public static IReadOnlyList<Exception> Of(Exception exception)
    {
        var causes = ParallelFailures.Of(exception);
        return causes.Count > 0 && causes.All(IsFileSystem) ? causes : [];
    }

    /// <summary>What went wrong, once per distinct message, for the terminal and the browser's overlay.</summary>
    public static string Describe(IReadOnlyList<Exception> causes) =>
        string.Join('\n', causes.Select(c => c.Message).Distinct(StringComparer.Ordinal).Take(5));

    private static bool IsFileSystem(Exception exception) => exception is IOException or UnauthorizedAccessException;
}
