using System.CommandLine;
using System.Diagnostics;

using Site.Build;
using Site.Core.Files;

namespace Site.Cli.Commands;

/// <summary><c>site build</c>: builds input/ with theme/ into output/, checking every link before publishing.</summary>
internal static class BuildCommand
{
    /// <param name="now">The clock that decides which articles are in the future (fixed by tests).</param>
    /// <param name="environment">Reads an environment variable (the process's, or a test's own).</param>
    /// <param name="ownProcess">Whether the build owns the process, and may keep a profile of its compiled methods (<see cref="JitProfile"/>).</param>
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<DateTimeOffset> now, Func<string, string?> environment, bool ownProcess = false)
    {
        var input = FolderOption.Existing("--input", $"Content folder ({InputLayout.ConfigFile}, {InputLayout.Articles}/, {InputLayout.Pages}/, {InputLayout.Media}/)", InputLayout.Folder, ServeCommand.InputHint);
        var theme = FolderOption.Existing("--theme", $"Theme folder ({ThemeLayout.Layouts}/, {ThemeLayout.Strings}/, {ThemeLayout.Assets}/)", ThemeLayout.Folder, ServeCommand.ThemeHint);
        var output = new Option<DirectoryInfo>("--output") { Description = "Where the site is written", DefaultValueFactory = _ => new DirectoryInfo("output") };
        var baseUrl = BaseUrlOption.Create($"Overrides baseUrl of {InputLayout.ConfigFile} (absolute, e.g. https://user.github.io/repo/)");
        var drafts = new Option<bool>("--drafts") { Description = "Publish drafts too" };
        var future = new Option<bool>("--future") { Description = "Publish articles dated in the future too" };
        var noCheck = new Option<bool>("--no-check") { Description = "Skip the link and image check" };
        var cache = new Option<DirectoryInfo?>("--cache") { Description = "Where rendered articles are kept for the next build (default: .site-cache beside the output folder)" };
        var noCache = new Option<bool>("--no-cache") { Description = "Render every article, and keep nothing for the next build" };
        var requireSearch = new Option<bool>("--require-search") { Description = "Fail (exit 2) instead of building without search when site.yml turns search on and Pagefind is not installed (npm ci)" };
        var command = new Command("build", "Build the site.") { input, theme, output, baseUrl, drafts, future, noCheck, cache, noCache, requireSearch };
        command.SetAction(parsed =>
        {
            var options = new BuildOptions
            {
                InputDirectory = parsed.GetValue(input)!.FullName,
                ThemeDirectory = parsed.GetValue(theme)!.FullName,
                OutputDirectory = parsed.GetValue(output)!.FullName,
                BaseUrl = parsed.GetValue(baseUrl),
                CheckPlaceholderBaseUrl = true,
                DeploymentVariable = DeploymentVariables.Find(environment),
                Drafts = parsed.GetValue(drafts),
                Future = parsed.GetValue(future),
                Check = !parsed.GetValue(noCheck),
                CacheDirectory = parsed.GetValue(noCache) ? null : (parsed.GetValue(cache) ?? DefaultCache(parsed.GetValue(output)!)).FullName,
                RequireSearch = parsed.GetValue(requireSearch),
                ReserveHeap = true,
                Now = now(),
            };
            using var compiled = ownProcess ? JitProfile.Start(options.CacheDirectory) : null;
            return Run(options, stdout, stderr, compiled);
        });
        return command;
    }

    /// <summary><c>.site-cache</c> beside the output folder (<c>output/</c> → <c>.site-cache/</c>).</summary>
    private static DirectoryInfo DefaultCache(DirectoryInfo output) =>
        new(Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(output.FullName)) ?? output.FullName, ".site-cache"));

    /// <param name="compiled">The profile of compiled methods this build records, if any: kept for the next build when this one made pages.</param>
    internal static int Run(BuildOptions options, TextWriter stdout, TextWriter stderr, JitProfile? compiled = null)
    {
        var clock = Stopwatch.StartNew();
        stderr.WriteLine($"Building {options.InputDirectory} into {options.OutputDirectory}");
        var result = new SiteBuilder(stderr).Build(options);
        BuildReportPrinter.Print(result, clock.Elapsed, stdout, stderr);
        // A build that found nothing changed, or failed, compiled a fraction of what one that makes pages does.
        compiled?.Finish(keep: result.Outcome == BuildOutcome.Success && (result.PagesRendered, result.FilesWritten) is not (0, 0));
        return ExitCodes.Of(result.Outcome);
    }
}
