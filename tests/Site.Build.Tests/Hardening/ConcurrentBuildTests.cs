using System.Diagnostics;
using System.Globalization;

using Site.TestSupport;

namespace Site.Build.Tests.Hardening;

/// <summary>
/// Two builds into one output folder: the second waits for the lock file beside the output (<c>.output.lock</c>,
/// holding the first one's process id) instead of crashing or reporting bad input; a lock left by a dead process is
/// taken over. The races run on threads of this process, which take the real lock file like two processes would
/// (each build has a token of its own); the tests with another process's id cover the cross-process checks.
/// </summary>
public sealed class ConcurrentBuildTests
{
    private const int Rounds = 20;

    [Fact]
    public void GivenTwoBuildsStartedAtOnceIntoOneOutputWhenRepeatedTwentyTimesThenEachEndsCleanlyAndTheOutputIsWhole()
    {
        using var site = Builds.Bilingual();
        var reference = Path.Combine(site.Root, "reference");
        Assert.Equal(BuildOutcome.Success, Builds.Run(site, output: reference).Outcome);
        var expected = Hashes(reference);

        for (var round = 0; round < Rounds; round++)
        {
            using var start = new Barrier(2);
            var results = new BuildResult[2];
            var threads = Enumerable.Range(0, 2).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                results[i] = Build(site, TimeSpan.FromMinutes(5));
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.All(results, r => Assert.True(r.Outcome == BuildOutcome.Success || IsRefusal(r), $"round {round}: exit {r.Outcome}: {string.Join('\n', r.Diagnostics)}"));
            Assert.Contains(results, r => r.Outcome == BuildOutcome.Success);
            Assert.Equal(expected, Hashes(site.Output));
            Assert.Equal(["input", "output", "reference", "theme"], Entries(site.Root));
        }
    }

    [Fact]
    public void GivenALockLeftByAProcessThatIsGoneWhenBuildingThenTheLockIsTakenOver()
    {
        using var site = Builds.Bilingual();
        using var gone = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true })!;
        var holder = LockText(gone);
        gone.WaitForExit();
        File.WriteAllText(LockFile(site), holder);

        var result = Build(site, TimeSpan.FromSeconds(30));

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        Assert.False(File.Exists(LockFile(site)));
    }

    [Fact]
    public void GivenALockHeldByALiveProcessWhenItIsNotReleasedThenTheBuildRefusesCleanlyAndLeavesTheOutput()
    {
        using var site = Builds.Bilingual();
        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);
        var before = site.OutputHashes();
        using var live = Process.Start(new ProcessStartInfo("sleep", "120"))!;
        try
        {
            File.WriteAllText(LockFile(site), LockText(live));

            var result = Build(site, TimeSpan.FromMilliseconds(200));

            Assert.True(IsRefusal(result), string.Join('\n', result.Diagnostics));
            Assert.Contains(live.Id.ToString(CultureInfo.InvariantCulture), Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
            Assert.Equal(before, site.OutputHashes());
            Assert.Equal(LockText(live), File.ReadAllText(LockFile(site)));
        }
        finally
        {
            live.Kill();
        }
    }

    [Fact]
    public async Task GivenANamedPipeWhereTheLockGoesWhenBuildingThenTheBuildRefusesCleanlyInsteadOfWaitingOnIt()
    {
        // A net for a hang, not a speed requirement: opening a pipe to read waits for a writer for ever.
        using var safetyNet = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var site = Builds.Bilingual();
        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);
        var before = site.OutputHashes();
        using (var mkfifo = Process.Start("mkfifo", [LockFile(site)]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var result = await Task.Run(() => Build(site, TimeSpan.FromMilliseconds(200))).WaitAsync(safetyNet.Token);

        Assert.True(IsRefusal(result), string.Join('\n', result.Diagnostics));
        Assert.Contains(LockFile(site), Assert.Single(result.Diagnostics).Hint, StringComparison.Ordinal);
        Assert.Equal(before, site.OutputHashes());
    }

    private static bool IsRefusal(BuildResult result) =>
        result.Outcome == BuildOutcome.BadInput && result.Diagnostics is [{ File: "--output" } refusal] && refusal.Message.Contains("another build", StringComparison.Ordinal);

    private static BuildResult Build(TestSite site, TimeSpan patience) =>
        new SiteBuilder(TextWriter.Null).Build(new BuildOptions
        {
            InputDirectory = site.Input,
            ThemeDirectory = site.Theme,
            OutputDirectory = site.Output,
            CacheDirectory = Path.Combine(site.Root, "output", "..", ".site-cache"),
            LockPatience = patience,
            Now = Builds.Now,
        });

    private static string LockFile(TestSite site) => Path.Combine(site.Root, ".output.lock");

    private static string LockText(Process process) =>
        string.Create(CultureInfo.InvariantCulture, $"{process.Id} {process.StartTime.ToUniversalTime().Ticks} test\n");

    private static List<string?> Entries(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Where(n => n != ".site-cache").Order(StringComparer.Ordinal).ToList();

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
