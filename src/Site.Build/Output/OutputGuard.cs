using Site.Core.Diagnostics;
using Site.Core.Files;

namespace Site.Build.Output;

/// <summary>
/// Refuses output and cache folders that would overwrite or delete the sources: the root, the input, the theme, the
/// repository. Paths are compared where they really lead (<see cref="RealPath"/>), never as text: a link such as
/// <c>self -> .</c> makes <c>self/input</c> the input itself.
/// </summary>
internal static class OutputGuard
{
    /// <summary>Where the output really is (the build writes there, so that what was checked is what is used); null when refused.</summary>
    public static string? SafeOutput(string output, string input, string theme, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation("--output");
        if (RealPath.Resolve(output) is { } real && Path.GetPathRoot(real) == real)
        {
            diagnostics.Error(at, DiagnosticCode.OutputOverlaps, $"the output folder can't be the root of the file system ('{output}')", "use a folder of its own, such as output/");
            return null;
        }

        if (Resolve(output, at, diagnostics) is not { } places || Sources(input, theme, at, diagnostics) is not { } sources)
        {
            return null;
        }

        if (File.Exists(places.Output))
        {
            diagnostics.Error(at, DiagnosticCode.NotAFolder, $"the output '{output}' is a file, not a folder", "name a folder, such as output/ (the build replaces it whole)");
            return null;
        }

        // The output may sit inside the repository, but never inside the input or the theme (it would be read back).
        foreach (var (name, path, mayHoldOutput) in sources)
        {
            if (IsSameOrInside(path, places.Output) || (!mayHoldOutput && IsSameOrInside(places.Output, path)))
            {
                diagnostics.Error(at, DiagnosticCode.OutputOverlaps, $"the output folder '{output}' overlaps the {name} folder '{path}'", "use a separate folder, such as output/ next to input/");
                return null;
            }

            // The build also writes and deletes the output's two temporary siblings.
            if (Overlap(places.Staging, path, mayHoldOutput) || Overlap(places.Previous, path, mayHoldOutput))
            {
                diagnostics.Error(at, DiagnosticCode.OutputOverlaps, $"the build would delete '{places.Staging}' and '{places.Previous}' beside the output folder '{output}', which overlap the {name} folder '{path}'", "rename the output folder or move the sources");
                return null;
            }
        }

        return places.Output;
    }

    /// <summary>
    /// Refuses a cache folder that overlaps the input, the theme, the repository root or the output (and its
    /// temporary siblings): the cache is written during the build and pruned after it, and the output is replaced whole.
    /// </summary>
    /// <returns>Where the cache really is; null when refused.</returns>
    public static string? SafeCache(string cache, string output, string input, string theme, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation("--cache");
        var full = RealPath.Resolve(cache);
        if (full is null)
        {
            diagnostics.Error(at, DiagnosticCode.SymbolicLinkLoop, $"the cache folder '{cache}' leads to a loop of symbolic links", "name a folder of its own, such as .site-cache/");
            return null;
        }

        if (Resolve(output, at, diagnostics) is not { } places || Sources(input, theme, at, diagnostics) is not { } sources)
        {
            return null;
        }

        var others = sources
            .Append(("output", places.Output, false))
            .Append(("output's staging", places.Staging, false))
            .Append(("output's previous", places.Previous, false));
        foreach (var (name, path, mayHoldCache) in others)
        {
            if (Overlap(full, path, mayHoldCache))
            {
                diagnostics.Error(at, DiagnosticCode.CacheOverlaps, $"the cache folder '{cache}' overlaps the {name} folder '{path}'", "use a folder of its own, such as .site-cache/ beside the output folder");
                return null;
            }
        }

        if (File.Exists(full))
        {
            diagnostics.Error(at, DiagnosticCode.NotAFolder, $"the cache '{cache}' is a file, not a folder", "name a folder, such as .site-cache/");
            return null;
        }

        return full;
    }

    public static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or a folder below it.</summary>
    public static bool IsSameOrInside(string inner, string outer) =>
        inner == outer || inner.StartsWith(outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Whether a folder the build writes holds <paramref name="source"/> or, unless allowed, sits inside it.</summary>
    private static bool Overlap(string written, string source, bool mayBeInside) =>
        IsSameOrInside(source, written) || (!mayBeInside && IsSameOrInside(written, source));

    /// <summary>Where the output and its two temporary siblings really are.</summary>
    private static (string Output, string Staging, string Previous)? Resolve(string output, SourceLocation at, DiagnosticBag diagnostics)
    {
        // The siblings of the resolved output: the build renames and deletes them there.
        if (RealPath.Resolve(output) is { } real
            && Path.GetPathRoot(real) != real
            && AtomicOutput.SiblingsOf(real) is var (staging, previous)
            && RealPath.Resolve(staging) is { } realStaging
            && RealPath.Resolve(previous) is { } realPrevious)
        {
            return (real, realStaging, realPrevious);
        }

        diagnostics.Error(at, DiagnosticCode.SymbolicLinkLoop, $"the output folder '{output}' (or a temporary folder beside it) leads to a loop of symbolic links", "name a folder of its own, such as output/");
        return null;
    }

    /// <summary>The folders the build must never write into, where they really are; the output may sit inside the repository.</summary>
    private static List<(string Name, string Path, bool MayHoldOutput)>? Sources(string input, string theme, SourceLocation at, DiagnosticBag diagnostics)
    {
        var realInput = RealPath.Resolve(input);
        var realTheme = RealPath.Resolve(theme);
        if (realInput is null || realTheme is null)
        {
            diagnostics.Error(at, DiagnosticCode.SymbolicLinkLoop, $"the input folder '{input}' or the theme folder '{theme}' leads to a loop of symbolic links", "name the real folders");
            return null;
        }

        var sources = new List<(string, string, bool)> { ("input", realInput, false), ("theme", realTheme, false) };
        if (RepositoryRoot(realInput) is { } repository)
        {
            sources.Add(("repository root", repository, true));
        }

        return sources;
    }

    private static string? RepositoryRoot(string input)
    {
        for (var folder = new DirectoryInfo(input); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, ".git")) || File.Exists(Path.Combine(folder.FullName, ".git")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
