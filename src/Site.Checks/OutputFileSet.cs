using System.Collections.Concurrent;

namespace Site.Checks;

/// <summary>The output files as a list of relative paths, folders derived; case-sensitive on every platform.</summary>
public sealed class OutputFileSet : IOutputFiles
{
    private readonly HashSet<string> files = new(StringComparer.Ordinal);
    private readonly HashSet<string> directories = new(StringComparer.Ordinal) { "" };
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> filesByText;

    public OutputFileSet(IEnumerable<string> relativePaths)
    {
        filesByText = files.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string path in relativePaths)
        {
            string file = Normalize(path);
            files.Add(file);
            for (int slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1))
            {
                if (!directories.Add(file[..slash]))
                {
                    break;
                }
            }
        }
    }

    public IReadOnlyCollection<string> Files => files;

    /// <summary>Where a file's bytes are on disk (null: not known), for rules about what a file holds.</summary>
    public Func<string, string?>? Locate { get; init; }

    /// <summary>What content rules found out about a file, so that a picture shown on thousands of pages is read once.</summary>
    internal ConcurrentDictionary<string, bool> IsImage { get; } = new(StringComparer.Ordinal);

    /// <summary>Lists every file under a folder, hidden ones included (.nojekyll, .well-known/).</summary>
    public static OutputFileSet FromFolder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.None };
        return new OutputFileSet(
            Directory.EnumerateFiles(folder, "*", options).Select(file => Path.GetRelativePath(folder, file)))
        {
            Locate = path => Path.Combine(folder, Normalize(path)),
        };
    }

    // Asked for every reference of every page: a path without backslashes is looked up without a trimmed copy.
    public bool FileExists(string relativePath) => relativePath.Contains('\\')
        ? files.Contains(Normalize(relativePath))
        : filesByText.Contains(relativePath.AsSpan().TrimStart('/'));

    public bool DirectoryExists(string relativePath) => directories.Contains(Normalize(relativePath).TrimEnd('/'));

    private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('/');
}
