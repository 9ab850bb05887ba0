using System.Diagnostics;

namespace Site.Cli.Tests;

/// <summary>The program run as users run it, in a process of its own, with none of the deployment variables of the machine running the tests.</summary>
internal static class SiteProcess
{
    /// <param name="ci">The value of <c>CI</c> the program sees, if any.</param>
    /// <returns>The exit code and what the program said on stderr.</returns>
    public static async Task<(int ExitCode, string Stderr)> RunAsync(IEnumerable<string> arguments, string? ci = null)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "site.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in new[] { "CI", "NETLIFY", "GITHUB_ACTIONS" })
        {
            start.Environment.Remove(name);
        }

        if (ci is not null)
        {
            start.Environment["CI"] = ci;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stderr);
    }
}
