using System.Diagnostics;
using System.Text;
using Site.TestSupport;

namespace Site.Deploy.Tests.Support;

/// <summary>
/// What a CI runner has after its checkout step: the files of this repository (no bin/, obj/, output/ or caches),
/// copied once into a temporary folder, where the deployment commands run as the hosts run them. Nothing is written
/// into the repository itself.
/// </summary>
public sealed class CheckedOutRepository : IDisposable
{
    private static readonly string[] Copied = ["src", "input", "theme", ".ci", "global.json", "Directory.Build.props", "Directory.Packages.props", ".editorconfig", "netlify.toml", "package.json", "package-lock.json"];
    private static readonly string[] Skipped = ["bin", "obj", "node_modules"];

    public CheckedOutRepository()
    {
        foreach (var entry in Copied)
        {
            var from = System.IO.Path.Combine(RepositoryPaths.Root, entry);
            if (Directory.Exists(from))
            {
                CopyFolder(from, Path(entry));
            }
            else
            {
                File.Copy(from, Path(entry));
            }
        }
    }

    public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "site-tests", "checkout-" + Guid.NewGuid().ToString("N"));

    public string Path(string relativePath) => System.IO.Path.Combine(Root, relativePath);

    /// <summary>
    /// Runs a step's shell command with bash in the checkout, as a runner does, with <paramref name="environment"/>
    /// added; waits at most <paramref name="bound"/> (a net for a hang: the process tree is then killed).
    /// </summary>
    public async Task<(int ExitCode, string Log)> RunAsync(string command, IReadOnlyDictionary<string, string> environment, TimeSpan bound)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-eo");
        start.ArgumentList.Add("pipefail");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        // The checkout restores packages from this machine's NuGet folder: no network is needed.
        start.Environment["NUGET_PACKAGES"] = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
            ? packages
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

        var log = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(bound);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"`{command}` ran for more than {bound}:\n{log}");
        }

        process.WaitForExit();
        return (process.ExitCode, log.ToString());
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from).Where(f => !Skipped.Contains(System.IO.Path.GetFileName(f))))
        {
            CopyFolder(folder, System.IO.Path.Combine(to, System.IO.Path.GetFileName(folder)));
        }
    }
}
