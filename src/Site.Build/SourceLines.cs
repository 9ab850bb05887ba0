using Site.Core.Diagnostics;
using Site.Core.Files;

namespace Site.Build;

/// <summary>Gives each located diagnostic the text of its line, read again from the input or the theme, for code frames.</summary>
internal static class SourceLines
{
    public static IReadOnlyList<Diagnostic> Attach(IReadOnlyList<Diagnostic> diagnostics, BuildOptions options)
    {
        if (!diagnostics.Any(d => d.Line > 0))
        {
            return diagnostics;
        }

        var input = SourceTree.Input(options.InputDirectory);
        var theme = SourceTree.Theme(options.ThemeDirectory);
        var files = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        return diagnostics.Select(d => d.Line > 0 && d.SourceLine is null && LinesOf(d.File) is { } lines && d.Line <= lines.Length ? d with { SourceLine = lines[d.Line - 1] } : d).ToList();

        string[]? LinesOf(string file)
        {
            if (!files.TryGetValue(file, out var lines))
            {
                lines = files[file] = Read(file);
            }

            return lines;
        }

        string[]? Read(string file)
        {
            // The file is read as the build read it; what it says now about itself (unreadable, a link) was reported already.
            var ignored = new DiagnosticBag();
            var (tree, relative) = file.StartsWith(ThemeLayout.Folder + "/", StringComparison.Ordinal) ? (theme, file[(ThemeLayout.Folder.Length + 1)..]) : (input, file);
            return relative.StartsWith("--", StringComparison.Ordinal) || !tree.Has(relative) ? null : tree.ReadText(relative, ignored)?.Split('\n');
        }
    }
}
