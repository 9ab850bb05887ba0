using Site.Core.Diagnostics;
using Site.TestSupport;

namespace Site.Build.Tests.Incremental;

/// <summary>
/// The link-check scans a build keeps for the next one: after a few pages change, only those pages' scans are
/// written (a delta beside the scans file, which is left as it was); after many, the scans file is written whole.
/// </summary>
public sealed class ScansDeltaTests
{
    [Fact]
    public void GivenOneArticleEditedWhenBuildingAgainThenTheScansFileIsLeftAndADeltaHoldsThePagesRenderedAgain()
    {
        using var site = Site();
        Build(site);
        var scans = Single("*.scans");
        var written = File.GetLastWriteTimeUtc(scans);
        var bytes = File.ReadAllBytes(scans);

        Edit(site, 1);
        var again = Build(site);

        Assert.Equal(BuildOutcome.Success, again.Outcome);
        Assert.Equal(bytes, File.ReadAllBytes(scans));
        Assert.Equal(written, File.GetLastWriteTimeUtc(scans));
        var delta = Single("*.scans-delta");
        Assert.True(new FileInfo(delta).Length < bytes.Length / 4, $"a delta of {new FileInfo(delta).Length} bytes for a scans file of {bytes.Length}");

        // The next build reads the scans file and its delta: a second edit carries over every page the first rendered.
        Edit(site, 2);
        var third = Build(site);
        Assert.Equal(again.PagesRendered, third.PagesRendered);
        Assert.Equal(bytes, File.ReadAllBytes(scans));
        Assert.Equal(IncrementalBuildEquivalenceTests.ColdOutput(site), site.OutputHashes());

        string Single(string pattern) => Assert.Single(Directory.GetFiles(Path.Combine(site.Root, ".site-cache", "outputs"), pattern));
    }

    [Fact]
    public void GivenADeltaWhenAnEditRendersEveryPageAgainThenTheScansFileIsWrittenWholeAndTheDeltaGoes()
    {
        using var site = Site();
        Build(site);
        Edit(site, 1);
        Build(site);
        var outputs = Path.Combine(site.Root, ".site-cache", "outputs");
        var before = File.ReadAllBytes(Assert.Single(Directory.GetFiles(outputs, "*.scans")));
        Assert.Single(Directory.GetFiles(outputs, "*.scans-delta"));

        site.WriteInput("site.yml", TestSite.BilingualConfig.Replace("Le Journal", "Le Quotidien", StringComparison.Ordinal));
        IncrementalBuildEquivalenceTests.AgeTree(site.Input, DateTime.UtcNow.AddHours(-1));
        var again = Build(site);

        Assert.Equal(BuildOutcome.Success, again.Outcome);
        Assert.NotEqual(before, File.ReadAllBytes(Assert.Single(Directory.GetFiles(outputs, "*.scans"))));
        Assert.Empty(Directory.GetFiles(outputs, "*.scans-delta"));
        Assert.Equal(IncrementalBuildEquivalenceTests.ColdOutput(site), site.OutputHashes());
    }

    [Fact]
    public void GivenADamagedDeltaWhenBuildingAgainThenEveryPageIsRenderedAgainAndTheOutputIsACold()
    {
        using var site = Site();
        var first = Build(site);
        Edit(site, 1);
        Build(site);
        var delta = Assert.Single(Directory.GetFiles(Path.Combine(site.Root, ".site-cache", "outputs"), "*.scans-delta"));
        var bytes = File.ReadAllBytes(delta);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(delta, bytes);

        var pages = HtmlTimes(site);
        Edit(site, 2);
        var again = Build(site);

        // Without the scans of the pages it would carry over, the build makes every HTML page again.
        Assert.Equal(BuildOutcome.Success, again.Outcome);
        Assert.True(first.PagesRendered > 100, $"{first.PagesRendered} pages");
        Assert.All(HtmlTimes(site), page => Assert.NotEqual(pages[page.Key], page.Value));
        Assert.Equal(IncrementalBuildEquivalenceTests.ColdOutput(site), site.OutputHashes());
    }

    private static TestSite Site()
    {
        var site = Builds.Bilingual();
        for (var i = 0; i < 40; i++)
        {
            site.Article($"articles/2022/sujet-{i}.fr.md", $"Sujet {i}", $"2022-0{1 + (i % 9)}-1{i % 10}T09:00:00+01:00", extra: $"tags: [Thème {i % 20}]\n");
        }

        IncrementalBuildEquivalenceTests.AgeTree(site.Input, DateTime.UtcNow.AddHours(-1));
        IncrementalBuildEquivalenceTests.AgeTree(site.Theme, DateTime.UtcNow.AddHours(-1));
        return site;
    }

    /// <summary>Another sentence in one article's text, an hour old (so that its size and time can be trusted).</summary>
    private static void Edit(TestSite site, int version)
    {
        site.Article("articles/2022/sujet-7.fr.md", "Sujet 7", "2022-08-17T09:00:00+01:00", body: $"Le texte, version {version}.\n", extra: "tags: [Thème 7]\n");
        IncrementalBuildEquivalenceTests.AgeTree(site.Input, DateTime.UtcNow.AddHours(-1));
    }

    private static Dictionary<string, DateTime> HtmlTimes(TestSite site) =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(site.Output, f), File.GetLastWriteTimeUtc);

    private static BuildResult Build(TestSite site) =>
        IncrementalBuildEquivalenceTests.Build(site, "output", Path.Combine(site.Root, ".site-cache"));
}
