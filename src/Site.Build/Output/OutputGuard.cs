using Site.Core.Diagnostics;

namespace Site.Build.Output;

/// <summary>Refuses output folders that would overwrite or delete the sources: the root, the input, the theme, the repository.</summary>
internal static class OutputGuard
{
    public static bool IsSafe(string output, string input, string theme, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation("--output");
        var full = Normalize(output);
        if (Path.GetPathRoot(full) == full)
        {
            diagnostics.Error(at, $"the output folder can't be the root of the file system ('{output}')", "use a folder of its own, such as output/");
            return false;
        }

        if (File.Exists(full))
        {
            diagnostics.Error(at, $"the output '{output}' is a file, not a folder", "name a folder, such as output/ (the build replaces it whole)");
            return false;
        }

        // The output may sit inside the repository, but never inside the input or the theme (it would be read back).
        var protectedFolders = new List<(string Name, string Path, bool MayHoldOutput)> { ("input", Normalize(input), false), ("theme", Normalize(theme), false) };
        if (RepositoryRoot(input) is { } repository)
        {
            protectedFolders.Add(("repository root", Normalize(repository), true));
        }

        // The build also deletes the output's two temporary siblings: they must not hold the sources either.
        var (staging, previous) = AtomicOutput.SiblingsOf(full);
        foreach (var (name, path, mayHoldOutput) in protectedFolders)
        {
            if (IsSameOrInside(path, full) || (!mayHoldOutput && IsSameOrInside(full, path)))
            {
                diagnostics.Error(at, $"the output folder '{output}' overlaps the {name} folder '{path}'", "use a separate folder, such as output/ next to input/");
                return false;
            }

            if (IsSameOrInside(path, staging) || IsSameOrInside(path, previous))
            {
                diagnostics.Error(at, $"the build would delete '{staging}' and '{previous}' beside the output folder '{output}', which hold the {name} folder '{path}'", "rename the output folder or move the sources");
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Refuses a cache folder that overlaps the input, the theme or the output (and its temporary siblings): the
    /// cache is written during the build and pruned after it, and the output is replaced whole.
    /// </summary>
    public static bool IsSafeCache(string cache, string output, string input, string theme, DiagnosticBag diagnostics)
    {
        var full = Normalize(cache);
        var (staging, previous) = AtomicOutput.SiblingsOf(Normalize(output));
        var others = new[] { ("input", Normalize(input)), ("theme", Normalize(theme)), ("output", Normalize(output)), ("output's staging", staging), ("output's previous", previous) };
        foreach (var (name, path) in others)
        {
            if (IsSameOrInside(full, path) || IsSameOrInside(path, full))
            {
                diagnostics.Error(new SourceLocation("--cache"), $"the cache folder '{cache}' overlaps the {name} folder '{path}'", "use a folder of its own, such as .site-cache/ beside the output folder");
                return false;
            }
        }

        if (File.Exists(full))
        {
            diagnostics.Error(new SourceLocation("--cache"), $"the cache '{cache}' is a file, not a folder", "name a folder, such as .site-cache/");
            return false;
        }

        return true;
    }

    public static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or a folder below it.</summary>
    public static bool IsSameOrInside(string inner, string outer) =>
        inner == outer || inner.StartsWith(outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string? RepositoryRoot(string input)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(input)); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, ".git")) || File.Exists(Path.Combine(folder.FullName, ".git")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
