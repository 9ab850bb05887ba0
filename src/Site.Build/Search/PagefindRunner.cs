using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;

using Site.Core.Diagnostics;
using Site.Core.Urls;

namespace Site.Build.Search;

/// <summary>
/// Runs Pagefind on a built folder: it reads the pages' <c>data-pagefind-*</c> attributes, writes one index per
/// <c>lang</c> and its UI into <c>pagefind/</c>. Every setting is passed on the command line, and Pagefind runs in the
/// folder it indexes, so no configuration file or variable of the machine changes what it does.
/// </summary>
internal static partial class PagefindRunner
{
    /// <summary>The file of Pagefind's default UI that the search pages load; its absence means the bundle was not written.</summary>
    public const string UiScript = "pagefind-ui.js";

    /// <param name="summary">What Pagefind indexed (languages, pages, words, filters), for the build's progress.</param>
    /// <returns>Whether the index was written; otherwise the failure is reported.</returns>
    public static bool Index(string pagefind, string folder, DiagnosticBag diagnostics, CancellationToken cancellationToken, out string summary)
    {
        summary = string.Empty;
        var start = new ProcessStartInfo(pagefind)
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--site", folder, "--output-subdir", SitePaths.SearchBundle.TrimEnd('/') })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("PAGEFIND_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        var output = new List<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            diagnostics.Error(new SourceLocation(pagefind), DiagnosticCode.SearchIndexFailed, $"Pagefind could not be started: {e.Message}; nothing was published", "run 'npm ci' at the repository root again, or set PAGEFIND to a working binary");
            return false;
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            process.WaitForExitAsync(cancellationToken).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        process.WaitForExit(); // Drains the redirected output.
        List<string> lines;
        lock (output)
        {
            lines = [.. output];
        }

        if (process.ExitCode != 0 || !File.Exists(Path.Combine(folder, SitePaths.SearchBundle, UiScript)))
        {
            var tail = string.Join(" | ", lines.Where(l => l.Trim().Length > 0).TakeLast(6).Select(l => l.Trim()));
            var what = process.ExitCode != 0 ? $"Pagefind failed (exit code {process.ExitCode})" : $"Pagefind did not write {SitePaths.SearchBundle}{UiScript}";
            diagnostics.Error(new SourceLocation(pagefind), DiagnosticCode.SearchIndexFailed, $"{what} while indexing the site; nothing was published. Its output: {tail}", "see Pagefind's message above; docs/search.md says what the build asks of it");
            return false;
        }

        summary = string.Join(", ", lines.Select(l => Counted().Match(l)).Where(m => m.Success).Select(m => m.Groups["what"].Value.Trim()));
        return true;
    }

    private static void Keep(List<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Add(line);
        }
    }

    /// <summary>Pagefind's closing lines: "Indexed 2 languages", "Indexed 37 pages"…</summary>
    [GeneratedRegex(@"^\s*Indexed (?<what>\d+ \w+)\s*$")]
    private static partial Regex Counted();
}
