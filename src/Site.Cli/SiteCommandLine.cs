using System.CommandLine;

using Site.Cli.Commands;

namespace Site.Cli;

/// <summary>The <c>site</c> program: its commands; each returns one of <see cref="ExitCodes"/>.</summary>
public static class SiteCommandLine
{
    /// <param name="environment">
    /// Reads the environment variables that say a build is a deployment (<c>CI</c>…): the process's own in the
    /// program; none by default, so that tests decide what their builds see whatever machine runs them.
    /// </param>
    /// <param name="ownProcess">
    /// Whether the command owns the process (the program), and may set what is process-wide: a build then plays and
    /// records its compiled methods (<see cref="JitProfile"/>). Tests, which run many commands in one process, do not.
    /// </param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Func<DateTimeOffset>? now = null, Func<string, string?>? environment = null, bool ownProcess = false)
    {
        now ??= () => DateTimeOffset.UtcNow;
        environment ??= _ => null;
        var root = new RootCommand("Static-site generator for a bilingual news blog.")
        {
            BuildCommand.Create(stdout, stderr, now, environment, ownProcess),
            CheckCommandLine.Create(stdout, stderr),
            NewCommand.Create(stdout, stderr, now),
            ServeCommand.Create(stdout, stderr),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync($"site: {error.Message}");
            }

            await stderr.WriteLineAsync("Run 'site --help' for the commands and their options.");
            return ExitCodes.BadUsage;
        }

        try
        {
            // Ctrl+C or SIGTERM cancels a build, which then has this long to clean up before the process ends
            // regardless. The preview handles both signals itself: a second handler for the same signal raced its
            // cleanup (ServeCommand).
            var ownSignals = parsed.CommandResult.Command.Name == ServeCommand.Name;
            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = ownSignals ? null : TimeSpan.FromSeconds(30) };
            return await parsed.InvokeAsync(configuration);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file system said no (disk full, permissions): say what, without a stack trace.
            await stderr.WriteLineAsync($"site: {e.Message}");
            return ExitCodes.BadInput;
        }
    }
}
