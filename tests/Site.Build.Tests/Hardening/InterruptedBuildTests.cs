using System.Diagnostics;
using System.Text;

using Site.TestSupport;

namespace Site.Build.Tests.Hardening;

/// <summary>A real <c>site build</c> process killed in the middle of writing leaves the previous site whole; the next build cleans up.</summary>
public sealed class InterruptedBuildTests
{
    private const int Articles = 2_500;

    [Fact]
    public async Task AKilledBuildLeavesThePreviousOutputAndTheNextBuildRemovesTheLeftover()
    {
        // A net for a hang, not a speed requirement (xunit's Timeout is not enforced when tests run in parallel).
        using var safetyNet = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        using var site = new TestSite();
        for (var i = 0; i < Articles; i++)
        {
            site.Article($"articles/2020/article-{i:D4}.fr.md", $"Article {i}", $"2020-{1 + (i % 12):D2}-{1 + (i % 28):D2}T09:00:00+01:00", body: $"Paragraphe {i}.\n\n## Suite\n\nTexte.\n", extra: $"tags: [Sujet {i % 50}]\n");
        }

        Assert.Equal(BuildOutcome.Success, (await Task.Run(() => Builds.Run(site)).WaitAsync(safetyNet.Token)).Outcome);
        var before = site.OutputHashes();
        site.Article("articles/2021/nouveau.fr.md", "Nouveau", "2021-05-01T09:00:00+02:00");
        var staging = Path.Combine(site.Root, ".output.tmp");

        var stderr = new StringBuilder();
        using (var build = StartSite(stderr, "build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output))
        {
            while (!Directory.Exists(staging) || !Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Any())
            {
                if (build.HasExited)
                {
                    // The message is made only on failure: stderr is appended to by the reader thread meanwhile.
                    lock (stderr)
                    {
                        Assert.Fail($"the build ended (exit {build.ExitCode}) before it could be killed:\n{stderr}");
                    }
                }

                await Task.Delay(5, safetyNet.Token);
            }

            build.Kill(entireProcessTree: true);
            await build.WaitForExitAsync(safetyNet.Token);
        }

        Assert.True(Directory.Exists(staging), "the killed build left its staging folder");
        Assert.Equal(before, site.OutputHashes());

        var next = await Task.Run(() => Builds.Run(site)).WaitAsync(safetyNet.Token);

        Assert.Equal(BuildOutcome.Success, next.Outcome);
        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.old")));
        Assert.True(site.OutputExists("fr/2021/05/nouveau/index.html"));
        Assert.True(site.OutputExists("fr/2021/05/nouveau/print/index.html"));
    }

    /// <summary>Runs the real <c>site</c> program (site.dll, next to the tests) as a process of its own.</summary>
    private static Process StartSite(StringBuilder stderr, params string[] arguments)
    {
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "site.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test site's baseUrl is the placeholder example.org, which a build refuses where CI says it deploys.
        foreach (var deployment in new[] { "CI", "NETLIFY", "GITHUB_ACTIONS" })
        {
            start.Environment.Remove(deployment);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                stderr.AppendLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
