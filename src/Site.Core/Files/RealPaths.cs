namespace Site.Core.Files;

/// <summary>
/// Resolves every symbolic link of a path, one component at a time as the kernel does, so that where a link really
/// leads can be compared with a folder. Stops, rather than loops, after as many links as Linux follows.
/// </summary>
internal static class RealPaths
{
    private const int MaximumLinks = 40;

    private static readonly char[] Separators = ['/', '\\'];

    /// <param name="path">A full path.</param>
    /// <returns>The path with no link left in it, or null with <paramref name="problem"/> set.</returns>
    public static string? Resolve(string path, out LinkProblem problem)
    {
        problem = LinkProblem.None;
        var pending = new Stack<string>(Components(path).Reverse());
        var current = Path.GetPathRoot(path)!;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            switch (FileKinds.Of(next))
            {
                case FileKind.Missing:
                    problem = LinkProblem.Dangling;
                    return null;
                case FileKind.Link when ++links > MaximumLinks:
                    problem = LinkProblem.Loop;
                    return null;
                case FileKind.Link:
                    var target = new FileInfo(next).LinkTarget!;
                    foreach (var component in Components(target).Reverse())
                    {
                        pending.Push(component);
                    }

                    if (Path.IsPathRooted(target))
                    {
                        current = Path.GetPathRoot(target)!;
                    }

                    break;
                default:
                    current = next;
                    break;
            }
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies under it (both real, full paths).</summary>
    public static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static IEnumerable<string> Components(string path) =>
        path[Path.GetPathRoot(path)!.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries).Where(part => part != ".");
}
