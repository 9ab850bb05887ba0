namespace Site.Core.Files;

/// <summary>
/// Where a path really leads: every symbolic link on the way followed (in any component, not only the last), every
/// <c>..</c> applied after the link before it was followed (as the system does), and each existing name spelled as
/// the file system stores it, so that two spellings of one folder on a case-insensitive file system compare equal.
/// Components that do not exist yet are kept as written.
/// </summary>
public static class RealPath
{
    // As Linux's MAXSYMLINKS: more links than this on one path is a loop.
    private const int MaxLinks = 40;

    /// <summary>The resolved full path, without a trailing separator; null when the links loop.</summary>
    public static string? Resolve(string path)
    {
        // Not Path.GetFullPath: it applies '..' to the text, before the link in front of it is followed.
        var full = Path.IsPathFullyQualified(path) ? path : Path.IsPathRooted(path) ? Path.GetFullPath(path) : Path.Join(Environment.CurrentDirectory, path);
        var resolved = Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        Push(pending, full[resolved.Length..]);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                // What is resolved so far holds no link, so its parent is the real parent.
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var next = Path.Combine(resolved, ActualName(resolved, part));
            if (LinkTarget(next) is { } target)
            {
                if (++links > MaxLinks)
                {
                    return null;
                }

                if (Path.IsPathRooted(target))
                {
                    resolved = Path.GetPathRoot(target)!;
                    target = target[resolved.Length..];
                }

                Push(pending, target);
                continue;
            }

            resolved = next;
        }

        return Path.TrimEndingDirectorySeparator(resolved);
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies under it (both resolved, full paths).</summary>
    public static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Pushes the components of a relative path so that the first one is popped first.</summary>
    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            return info.LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The name of the entry of <paramref name="folder"/> that <paramref name="name"/> opens, as stored.</summary>
    private static string ActualName(string folder, string name)
    {
        var swapped = SwapCase(name);
        if (swapped == name || !Path.Exists(Path.Combine(folder, name)) || !Path.Exists(Path.Combine(folder, swapped)))
        {
            // Case cannot matter, the entry does not exist, or the file system tells the two spellings apart.
            return name;
        }

        try
        {
            string? other = null;
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
            {
                var stored = Path.GetFileName(entry);
                if (stored == name)
                {
                    return name;
                }

                if (other is null && string.Equals(stored, name, StringComparison.OrdinalIgnoreCase))
                {
                    other = stored;
                }
            }

            return other ?? name;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return name;
        }
    }

    private static string SwapCase(string name) =>
        string.Create(name.Length, name, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c);
            }
        });
}
