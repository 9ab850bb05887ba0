using Site.Core.Diagnostics;
using Site.TestSupport;
using Site.TestSupport.Tooling;

namespace Site.Build.Tests.Incremental;

/// <summary>
/// What a build with a build cache does when little or nothing changed: counted (pages rendered, files written) and
/// seen on disk (a file carried over from the previous output keeps its time).
/// </summary>
public sealed class IncrementalBuildCountTests
{
    [Fact]
    public void GivenNothingChangedWhenBuildingAgainThenNoPageIsRenderedAndNoFileWritten()
    {
        using var site = Site();
        var first = Build(site);
        var times = Times(site.Output);

        var again = Build(site);

        Assert.Equal(BuildOutcome.Success, again.Outcome);
        Assert.Equal(0, again.PagesRendered);
        Assert.Equal(0, again.FilesWritten);
        Assert.Equal(times, Times(site.Output));
        Assert.Equal(first.PagesByKind, again.PagesByKind);
        Assert.Equal(first.Findings, again.Findings);
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), again.Diagnostics.Select(d => d.ToString()));
        Assert.True(first.PagesRendered > 20, $"the first build rendered {first.PagesRendered} pages");

        // The manifest's stamps of site.yml and the theme stand for them: neither is read, nor anything else loaded.
        Assert.Empty(again.Steps);
    }

    [PagefindFact]
    public void GivenASiteWithSearchBuiltWithoutPagefindWhenPagefindIsInstalledThenTheNextBuildIndexesIt()
    {
        using var site = Site();
        site.WriteInput("site.yml", TestSite.BilingualConfig + "\nsearch: true\n");
        Age(site);
        var pagefind = Path.Combine(site.Root, "tools", "pagefind");
        var without = Build(site, pagefind: pagefind);
        Assert.Contains(without.Diagnostics, d => d.Code == DiagnosticCode.SearchUnavailable);
        Assert.False(site.OutputExists("fr/recherche/index.html"));

        Directory.CreateDirectory(Path.GetDirectoryName(pagefind)!);
        File.CreateSymbolicLink(pagefind, TestTools.PagefindPath);
        var with = Build(site, pagefind: pagefind);

        Assert.Equal(BuildOutcome.Success, with.Outcome);
        Assert.DoesNotContain(with.Diagnostics, d => d.Code == DiagnosticCode.SearchUnavailable);
        Assert.True(with.PagesRendered > 0);
        Assert.True(site.OutputExists("fr/recherche/index.html"));
        Assert.True(site.OutputExists("pagefind/pagefind-ui.js"));
    }

    [Fact]
    public void GivenOneArticleEditedWhenBuildingAgainThenOnlyThePagesThatShowItAreRendered()
    {
        using var site = Site();
        var first = Build(site);
        var times = Times(site.Output);

        site.Article("articles/2021/poutine.fr.md", "Poutine à Genève", "2021-06-16T18:00:00+02:00", body: "Le sommet a eu lieu, et il a duré.\n", extra: "tags: [Vladimir Poutine, Russie]\n");
        Age(site);
        var again = Build(site);

        var rewritten = Times(site.Output).Where(f => !times.TryGetValue(f.Key, out var before) || before != f.Value).Select(f => f.Key).ToList();
        Assert.Equal(BuildOutcome.Success, again.Outcome);
        Assert.Equal(rewritten.Count, again.FilesWritten);
        Assert.Equal(rewritten.Count, again.PagesRendered);
        Assert.Contains("fr/2021/06/poutine/index.html", rewritten);
        Assert.Contains("fr/2021/06/poutine/print/index.html", rewritten);

        // Every page rendered again shows the article (a listing or feed links to it); the others were carried over.
        Assert.All(rewritten, file => Assert.Contains("2021/06/poutine/", site.ReadOutput(file), StringComparison.Ordinal));
        Assert.True(rewritten.Count < first.PagesRendered / 3, $"{rewritten.Count} of {first.PagesRendered} pages rendered again: {string.Join(", ", rewritten)}");
        Assert.DoesNotContain("fr/tags/index.html", rewritten);
        Assert.DoesNotContain("en/2021/06/putin-in-geneva/index.html", rewritten);
        Assert.Equal(IncrementalBuildEquivalenceTests.ColdOutput(site), site.OutputHashes());
    }

    [Fact]
    public void GivenTheOutputEditedByHandWhenBuildingAgainThenWhatDiffersIsWrittenAgain()
    {
        using var site = Site();
        Build(site);
        File.AppendAllText(Path.Combine(site.Output, "fr/tags/index.html"), "<!-- edited -->");
        File.Delete(Path.Combine(site.Output, "en/feed.xml"));
        File.WriteAllText(Path.Combine(site.Output, "stray.html"), "left here");

        var again = Build(site);

        Assert.Equal(BuildOutcome.Success, again.Outcome);
        Assert.Equal(2, again.PagesRendered);
        Assert.Equal(2, again.FilesWritten);
        Assert.Equal(IncrementalBuildEquivalenceTests.ColdOutput(site), site.OutputHashes());
    }

    [Fact]
    public void GivenAnArticleHeldBackForItsDateWhenTheDateComesThenTheNextBuildPublishesIt()
    {
        using var site = Site();
        site.Article("articles/2026/plus-tard.fr.md", "Plus tard", "2026-03-01T09:00:00+01:00");
        Age(site);
        Build(site);
        Assert.False(site.OutputExists("fr/2026/03/plus-tard/index.html"));

        var later = Build(site, Builds.Now.AddMonths(3));

        Assert.True(later.PagesRendered > 0);
        Assert.True(site.OutputExists("fr/2026/03/plus-tard/index.html"));
    }

    [Fact]
    public void GivenAManifestDamagedWhenBuildingThenEveryPageIsRenderedAgain()
    {
        using var site = Site();
        var first = Build(site);
        foreach (var manifest in Directory.EnumerateFiles(Path.Combine(site.Root, ".site-cache", "outputs")))
        {
            var bytes = File.ReadAllBytes(manifest);
            bytes[^10] ^= 0xFF;
            File.WriteAllBytes(manifest, bytes);
        }

        var again = Build(site);

        Assert.Equal(first.PagesRendered, again.PagesRendered);
        Assert.Equal(IncrementalBuildEquivalenceTests.ColdOutput(site), site.OutputHashes());
    }

    /// <summary>The bilingual test site with twelve more articles, aged: shared by the incremental tests.</summary>
    internal static TestSite Site()
    {
        var site = Builds.Bilingual();
        for (var i = 0; i < 12; i++)
        {
            site.Article($"articles/2022/sujet-{i}.fr.md", $"Sujet {i}", $"2022-0{1 + (i % 9)}-1{i % 10}T09:00:00+01:00", extra: $"tags: [Europe, Thème {i % 4}]\n");
        }

        Age(site);
        return site;
    }

    /// <summary>Edits made a while ago: their sizes and times can be trusted.</summary>
    internal static void Age(TestSite site)
    {
        IncrementalBuildEquivalenceTests.AgeTree(site.Input, DateTime.UtcNow.AddHours(-1));
        IncrementalBuildEquivalenceTests.AgeTree(site.Theme, DateTime.UtcNow.AddHours(-1));
    }

    /// <summary>A build into <c>output/</c> with the site's cache.</summary>
    internal static BuildResult Build(TestSite site, DateTimeOffset? now = null, string? pagefind = null) =>
        IncrementalBuildEquivalenceTests.Build(site, "output", Path.Combine(site.Root, ".site-cache"), now, pagefind);

    private static Dictionary<string, DateTime> Times(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.GetLastWriteTimeUtc);
}
