using System.Security.Cryptography;
using System.Text;

using Site.TestSupport;

namespace Site.Build.Tests.Hardening;

/// <summary>The same input gives the same bytes, whatever the thread scheduling, the output folder or the day of the build.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task GivesByteIdenticalFoldersWhateverTheThreadScheduling()
    {
        using var site = Larger();
        var first = Path.Combine(site.Root, "first");
        var second = Path.Combine(site.Root, "second");
        var third = Path.Combine(site.Root, "elsewhere", "third");

        Assert.Equal(BuildOutcome.Success, Builds.Run(site, output: first).Outcome);
        ThreadPool.GetMinThreads(out var workers, out var ports);
        try
        {
            ThreadPool.SetMinThreads(Math.Max(workers, 32), ports);
            var results = await Task.WhenAll(Task.Run(() => Builds.Run(site, output: second)), Task.Run(() => Builds.Run(site, output: third)));
            Assert.All(results, r => Assert.Equal(BuildOutcome.Success, r.Outcome));
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, ports);
        }

        var hashes = Hashes(first);
        Assert.True(hashes.Count > 100);
        Assert.Equal(hashes, Hashes(second));
        Assert.Equal(hashes, Hashes(third));
    }

    [Fact]
    public void PutsNoBuildTimeOrMachinePathInTheOutput()
    {
        using var site = Larger();

        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);

        var today = DateTime.UtcNow;
        string[] forbidden =
        [
            site.Root,
            Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar),
            RepositoryPaths.Root,
            today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            today.ToString("R", System.Globalization.CultureInfo.InvariantCulture)[..16],
            Environment.UserName.Length >= 4 ? "/" + Environment.UserName + "/" : site.Root,
            Environment.MachineName.Length >= 6 ? Environment.MachineName : site.Root,
        ];
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
        {
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            Assert.All(forbidden, value => Assert.DoesNotContain(value, text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ListsFilesInTheSameOrderWhateverTheOrderOnDisk()
    {
        using var one = Larger();
        using var other = Larger(reverse: true);

        Builds.Run(one);
        Builds.Run(other);

        Assert.Equal(one.OutputHashes(), other.OutputHashes());
    }

    /// <summary>The bilingual site with a hundred more articles, tags shared between them, and several listing pages.</summary>
    private static TestSite Larger(bool reverse = false)
    {
        var site = Builds.Bilingual();
        var numbers = Enumerable.Range(1, 100).ToList();
        if (reverse)
        {
            numbers.Reverse();
        }

        foreach (var i in numbers)
        {
            var date = new DateTimeOffset(2019, 1 + (i % 12), 1 + (i % 28), 8, i % 60, 0, TimeSpan.FromHours(1)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
            var tags = $"tags: [Sujet {i % 7}, Écologie, Sujet {i % 3}]\n";
            site.Article($"articles/2019/article-{i:D3}.fr.md", $"Article {i} du même jour", date, category: i % 2 == 0 ? "monde" : "economie", body: $"Paragraphe {i}.\n\n## Partie\n\nTexte.\n", extra: tags);
            if (i % 3 == 0)
            {
                site.Article($"articles/2019/article-{i:D3}.en.md", $"Article {i}", date, body: $"Paragraph {i}.\n", extra: "tags: [Ecology]\n");
            }
        }

        return site;
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
