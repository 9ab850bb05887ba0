using System.Diagnostics;

using Site.TestSupport;

namespace Site.Build.Tests.Hardening;

/// <summary>A named pipe planted among the build cache's files is refused as if missing: the build neither waits on it nor fails.</summary>
public sealed class CacheSpecialFileTests
{
    [Fact]
    public async Task NamedPipesInTheCacheAreIgnoredAndTheOutputIsACleanBuilds()
    {
        // A net for a hang, not a speed requirement: the pipes would block a plain read for ever.
        using var safetyNet = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var site = Builds.Bilingual();
        var cache = Path.Combine(site.Root, ".site-cache");
        Assert.Equal(BuildOutcome.Success, Builds.Run(site, cache: cache).Outcome);
        var clean = site.OutputHashes();

        var planted = new List<string> { Path.Combine(cache, "articles", "parsed"), Path.Combine(cache, "bodies.index") };
        planted.AddRange(Directory.EnumerateFiles(Path.Combine(cache, "outputs")));
        planted.Add(Directory.EnumerateFiles(Path.Combine(cache, "bodies"), "*", SearchOption.AllDirectories).First());
        foreach (var path in planted)
        {
            Assert.True(File.Exists(path), path);
            File.Delete(path);
            using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        site.Article("articles/2021/poutine.en.md", "Putin in Geneva", "2021-06-16T18:00:00+02:00", body: "The summit took place at last.\n", extra: "tags: [Vladimir Putin]\n");
        var again = await Task.Run(() => Builds.Run(site, cache: cache)).WaitAsync(safetyNet.Token);

        Assert.Equal(BuildOutcome.Success, again.Outcome);
        Assert.Contains(Directory.EnumerateFiles(Path.Combine(site.Output, "en", "2021"), "index.html", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("at last", StringComparison.Ordinal));
        Assert.Equal(clean.Keys.Order(StringComparer.Ordinal), site.OutputHashes().Keys.Order(StringComparer.Ordinal));
    }
}
