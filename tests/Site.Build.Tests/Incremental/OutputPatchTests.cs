using Site.Build.Output;
using Site.TestSupport;
using Site.TestSupport.Tooling;

namespace Site.Build.Tests.Incremental;

/// <summary>
/// A build that made few files publishes them by patching the output in place (<see cref="AtomicOutput.CommitPatch"/>):
/// the output then equals a cold build's, folders included, and a patch cut short by a killed build is finished by the
/// next one, never applied when damaged, and never outside the output.
/// </summary>
public sealed class OutputPatchTests
{
    [Fact]
    public void GivenOneArticleEditedWhenBuildingAgainThenTheOutputIsPatchedInPlace()
    {
        using var site = Site();
        Build(site);
        var before = Inode(site.Output);

        site.Article("articles/2022/sujet-3.fr.md", "Sujet 3", "2022-04-13T09:00:00+01:00", body: "Un autre texte.\n", extra: "tags: [Europe, Thème 3]\n");
        Age(site);
        var again = Build(site);

        Assert.Equal(BuildOutcome.Success, again.Outcome);
        Assert.True(again.Patched, "the output was swapped, not patched");
        Assert.InRange(again.FilesWritten!.Value, 1, 30);
        Assert.Equal(before, Inode(site.Output));
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.tmp")));
        Assert.False(File.Exists(Journal(site)));
        AssertEqualsCold(site);

        // The folders the patch changed were recorded as it left them: nothing changed since, and then a file left in one of them is seen.
        Assert.Empty(Build(site).Steps);
        File.WriteAllText(Path.Combine(site.Output, "fr/2022/04/sujet-3/notes.txt"), "left here");
        var cleaned = Build(site);
        Assert.NotEmpty(cleaned.Steps);
        Assert.False(File.Exists(Path.Combine(site.Output, "fr/2022/04/sujet-3/notes.txt")));
    }

    [Fact]
    public void GivenAnArticleDeletedWhenBuildingAgainThenItsFoldersGoWithIt()
    {
        using var site = Site();
        Build(site);
        Assert.True(site.OutputExists("fr/2022/04/sujet-3/print/index.html"));

        File.Delete(Path.Combine(site.Input, "articles/2022/sujet-3.fr.md"));
        var again = Build(site);

        Assert.Equal(BuildOutcome.Success, again.Outcome);
        Assert.True(again.Patched, $"the output was swapped, not patched ({again.FilesWritten} of {again.PagesByKind.Sum(p => p.Value)} files written)");
        Assert.False(Directory.Exists(Path.Combine(site.Output, "fr/2022/04/sujet-3")));
        AssertEqualsCold(site);
    }

    [Fact]
    public void GivenAFolderLeftInTheOutputByHandWhenBuildingAgainThenTheOutputIsSwappedWhole()
    {
        using var site = Site();
        Build(site);
        Directory.CreateDirectory(Path.Combine(site.Output, "brouillons", "vides"));

        site.Article("articles/2022/sujet-3.fr.md", "Sujet 3", "2022-04-13T09:00:00+01:00", body: "Un autre texte.\n", extra: "tags: [Europe, Thème 3]\n");
        Age(site);
        var again = Build(site);

        Assert.Equal(BuildOutcome.Success, again.Outcome);
        Assert.False(again.Patched, "a patch would have kept the folder no build made");
        Assert.False(Directory.Exists(Path.Combine(site.Output, "brouillons")));
        AssertEqualsCold(site);
    }

    [Theory]
    [InlineData("fr/tags/europe/notes.html")]
    [InlineData("fr/2022/04/sujet-3/print/.brouillon")]
    public void GivenAFileLeftDeepInTheOutputByHandWhenBuildingAgainThenTheOutputIsSwappedWithoutIt(string stray)
    {
        using var site = Site();
        Build(site);
        var folder = Path.GetDirectoryName(Path.Combine(site.Output, stray))!;
        Assert.True(Directory.Exists(folder), $"the test's folder {folder} was not built");
        File.WriteAllText(Path.Combine(site.Output, stray), "left here");

        var again = Build(site);

        Assert.Equal(BuildOutcome.Success, again.Outcome);
        Assert.Equal(0, again.FilesWritten);
        Assert.False(again.Patched, "a patch would have kept the file no build made");
        Assert.False(File.Exists(Path.Combine(site.Output, stray)));
        AssertEqualsCold(site);
    }

    [Fact]
    public void GivenABuildKilledWhilePatchingWhenTheNextBuildStartsThenThePatchIsFinishedEvenIfThatBuildFails()
    {
        using var site = Site();
        Build(site);
        var staging = Path.Combine(site.Root, ".output.tmp");
        Directory.CreateDirectory(Path.Combine(staging, "fr", "nouveau"));
        File.WriteAllText(Path.Combine(staging, "fr", "nouveau", "index.html"), "moved in after the kill");
        // The kill came after "index.html" was moved: it is no longer in the staging folder, and stays as it is.
        var home = site.ReadOutput("index.html");
        new OutputPatch(["index.html", "fr/nouveau/index.html"], ["fr/2022/04/sujet-3/index.html", "fr/2022/04/sujet-3/print/index.html"]).Write(Journal(site));
        site.WriteInput("site.yml", "title: [unclosed\n");

        var next = Build(site);

        Assert.Equal(BuildOutcome.BadInput, next.Outcome);
        Assert.Equal("moved in after the kill", site.ReadOutput("fr/nouveau/index.html"));
        Assert.Equal(home, site.ReadOutput("index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "fr/2022/04/sujet-3")));
        Assert.True(site.OutputExists("fr/2022/05/sujet-4/index.html"));
        Assert.False(File.Exists(Journal(site)));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void GivenAPatchDamagedOrNamingAPathOutsideTheOutputWhenTheNextBuildStartsThenNothingOfItIsApplied()
    {
        using var site = Site();
        Build(site);
        var output = site.OutputHashes();
        var victim = Path.Combine(site.Root, "victim.txt");
        File.WriteAllText(victim, "not the output's");
        var staging = Path.Combine(site.Root, ".output.tmp");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "index.html"), "never published");

        new OutputPatch(["index.html"], ["../victim.txt"]).Write(Journal(site));
        site.WriteInput("site.yml", "title: [unclosed\n");
        Assert.Equal(BuildOutcome.BadInput, Build(site).Outcome);
        Assert.True(File.Exists(victim));
        Assert.Equal(output, site.OutputHashes());
        Assert.False(File.Exists(Journal(site)));

        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "index.html"), "never published");
        new OutputPatch(["index.html"], ["fr/tags/index.html"]).Write(Journal(site));
        var bytes = File.ReadAllBytes(Journal(site));
        bytes[^20] ^= 0xFF;
        File.WriteAllBytes(Journal(site), bytes);
        Assert.Equal(BuildOutcome.BadInput, Build(site).Outcome);
        Assert.Equal(output, site.OutputHashes());
        Assert.False(File.Exists(Journal(site)));
    }

    [Fact]
    public void GivenAPatchThatFailsWhileAppliedWhenTheBuildGivesUpThenTheNextOneFinishesIt()
    {
        var root = Directory.CreateTempSubdirectory("patch-").FullName;
        try
        {
            var output = Path.Combine(root, "output");
            Directory.CreateDirectory(Path.Combine(output, "a", "index.html"));
            File.WriteAllText(Path.Combine(output, "a", "index.html", "x"), "in the way");
            var atomic = AtomicOutput.Begin(output);
            File.WriteAllText(Path.Combine(atomic.Staging, "b.html"), "b");
            Directory.CreateDirectory(Path.Combine(atomic.Staging, "a"));
            File.WriteAllText(Path.Combine(atomic.Staging, "a", "index.html"), "a");

            Assert.ThrowsAny<IOException>(() => atomic.CommitPatch(new OutputPatch(["b.html", "a/index.html"], [])));
            atomic.Abandon();

            Assert.True(Directory.Exists(atomic.Staging), "the staging folder went, with the files the written-down patch still needs");
            Assert.Equal("b", File.ReadAllText(Path.Combine(output, "b.html")));
            Directory.Delete(Path.Combine(output, "a", "index.html"), recursive: true);
            AtomicOutput.Recover(output);
            Assert.Equal("a", File.ReadAllText(Path.Combine(output, "a", "index.html")));
            Assert.False(Directory.Exists(atomic.Staging));
            Assert.False(File.Exists(Path.Combine(root, ".output.commit")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [PagefindFact]
    public void GivenASiteWithSearchWhenOneArticleIsEditedThenTheOutputIsSwappedWithItsIndex()
    {
        using var site = Site();
        site.WriteInput("site.yml", TestSite.BilingualConfig + "\nsearch: true\n");
        Age(site);
        Build(site, TestTools.PagefindPath);

        site.Article("articles/2022/sujet-3.fr.md", "Sujet 3", "2022-04-13T09:00:00+01:00", body: "Un autre texte.\n", extra: "tags: [Europe, Thème 3]\n");
        Age(site);
        var again = Build(site, TestTools.PagefindPath);

        Assert.Equal(BuildOutcome.Success, again.Outcome);
        Assert.False(again.Patched, "Pagefind indexes the staging folder, which must hold the whole site");
        Assert.True(again.FilesWritten < again.PagesByKind.Sum(p => p.Value) / 2);
        Assert.True(site.OutputExists("pagefind/pagefind-entry.json"));
        Assert.True(site.OutputExists("fr/2022/04/sujet-3/index.html"));
    }

    private static TestSite Site() => IncrementalBuildCountTests.Site();

    private static void Age(TestSite site) => IncrementalBuildCountTests.Age(site);

    private static BuildResult Build(TestSite site, string? pagefind = null) => IncrementalBuildCountTests.Build(site, pagefind: pagefind);

    private static string Journal(TestSite site) => Path.Combine(site.Root, ".output.commit");

    /// <summary>The output holds the files of a build with no cache, byte for byte, and its folders, no more.</summary>
    private static void AssertEqualsCold(TestSite site)
    {
        Assert.Equal(IncrementalBuildEquivalenceTests.ColdOutput(site), site.OutputHashes());
        Assert.Equal(Folders(Path.Combine(site.Root, "cold")), Folders(site.Output));
    }

    private static List<string> Folders(string root) =>
        [.. Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(root, d)).Order(StringComparer.Ordinal)];

    /// <summary>Which folder a path is (a swap puts another folder at the output's path; a patch keeps it).</summary>
    private static string Inode(string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return inode;
    }
}
