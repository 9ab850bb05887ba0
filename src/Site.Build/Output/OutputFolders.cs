using System.Collections.Concurrent;

namespace Site.Build.Output;

/// <summary>
/// Makes the folders of an output as its files are written, each once, by whichever writer needs it first, so
/// that making 200,000 folders of a large site is spread over the writers instead of done one by one before them.
/// </summary>
internal sealed class OutputFolders(string root)
{
    private readonly ConcurrentDictionary<string, Lazy<string>> _made = new(StringComparer.Ordinal);

    /// <summary>Makes the folder that will hold <paramref name="destination"/> (a path relative to the root), with its parents.</summary>
    /// <returns>The file's full path.</returns>
    public string For(string destination)
    {
        var path = Path.Combine(root, destination);
        if (Path.GetDirectoryName(destination) is { Length: > 0 } folder)
        {
            Make(folder);
        }

        return path;
    }

    // A writer that finds the folder being made by another waits for it (Lazy), so no file is written before its
    // folder exists; parents are made first, so that each mkdir finds its parent and none races another.
    private void Make(string folder) =>
        _ = _made.GetOrAdd(folder, static (folder, self) => new Lazy<string>(() => self.Create(folder)), this).Value;

    private string Create(string folder)
    {
        if (Path.GetDirectoryName(folder) is { Length: > 0 } parent)
        {
            Make(parent);
        }

        var path = Path.Combine(root, folder);
        OutputWriteException.Around(path, () => Directory.CreateDirectory(path));
        return path;
    }
}
