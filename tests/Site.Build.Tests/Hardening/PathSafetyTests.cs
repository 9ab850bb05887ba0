using Site.TestSupport;

using static Site.Build.Tests.Hardening.InputFiles;

namespace Site.Build.Tests.Hardening;

/// <summary>No input value can make the build write outside the output folder, and the build deletes nothing but the output and its temporary siblings.</summary>
public sealed class PathSafetyTests
{
    private const string A = "articles/2021/a.fr.md";

    [Theory]
    [InlineData("slug", "\"../../etc\"")]
    [InlineData("slug", "\"..\"")]
    [InlineData("slug", "a/b")]
    [InlineData("slug", "'a\\b'")]
    [InlineData("slug", "/etc/passwd")]
    [InlineData("slug", "'C:\\Windows'")]
    [InlineData("slug", "\"a\\x01b\"")]
    [InlineData("slug", "\"a\\tb\"")]
    [InlineData("slug", "\"abc\\n\"")]
    [InlineData("slug", "\"abc\\r\"")]
    [InlineData("slug", "\"\"")]
    [InlineData("translationKey", "\"../../etc\"")]
    [InlineData("translationKey", "a/b")]
    [InlineData("translationKey", "'a\\b'")]
    [InlineData("translationKey", "/etc/passwd")]
    [InlineData("translationKey", "\"a\\x00b\"")]
    [InlineData("translationKey", "\"karabakh\\n\"")]
    [InlineData("translationKey", "\"\\u202Eabc\"")]
    public void RefusesASlugOrTranslationKeyThatIsNotOneSafeSegment(string key, string yaml)
    {
        using var site = Builds.Bilingual();
        Builds.Run(site);
        var before = site.OutputHashes();
        WriteInto(site, Of((A, Valid.Replace("---\nTexte", $"{key}: {yaml}\n---\nTexte"))));
        var outside = FilesOutsideOutput(site);

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((A, 5, key.Length + 3), (error.File, error.Line, error.Column));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, site.OutputHashes());
        Assert.Equal(outside, FilesOutsideOutput(site));
    }

    [Fact]
    public void KeepsHostileTagsFileNamesAndMediaInsideTheOutput()
    {
        using var site = Builds.Bilingual();
        site.Article("articles/2021/%2e%2e%2f~escape.fr.md", "Échappée", "2021-03-01T09:00:00+01:00", extra: "tags: [\"../../../evil\", \"/etc/passwd\", \"C:\\\\x\", \"a\\\\..\\\\b\", \"~root\"]\n");
        site.WriteInputBytes("media/..weird name/..png", Png.OnePixel);
        var outside = FilesOutsideOutput(site);

        var result = Builds.Run(site);

        Assert.True(result.Outcome == BuildOutcome.Success, string.Join('\n', result.Diagnostics));
        Assert.Equal(outside, FilesOutsideOutput(site));
        Assert.True(site.OutputExists("fr/tags/evil/index.html"));
        Assert.True(site.OutputExists("fr/tags/etc-passwd/index.html"));
        Assert.True(site.OutputExists("fr/2021/03/2e-2e-2f-escape/index.html"));
        Assert.All(Directory.EnumerateFileSystemEntries(site.Output, "*", SearchOption.AllDirectories), path => Assert.StartsWith(site.Output + Path.DirectorySeparatorChar, Path.GetFullPath(path), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("input")]
    [InlineData("input/media")]
    [InlineData("theme")]
    [InlineData("theme/assets")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("/")]
    [InlineData("input/../theme")]
    public void RefusesAnOutputFolderThatIsOrHoldsTheSources(string output)
    {
        using var site = Builds.Bilingual();
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        var everything = Snapshot(site.Root);

        var result = Builds.Run(site, output: output == "/" ? "/" : Path.Combine(site.Root, output));

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("--output", error.File);
        Assert.NotNull(error.Hint);
        Assert.Equal(everything, Snapshot(site.Root));
    }

    [Theory]
    [InlineData(".public.tmp", "input")]
    [InlineData(".public.old", "input")]
    [InlineData(".public.tmp", "theme")]
    public void RefusesAnOutputWhoseTemporarySiblingsAreTheSources(string sibling, string what)
    {
        using var site = Builds.Bilingual();
        var moved = Path.Combine(site.Root, sibling);
        Directory.Move(what == "input" ? site.Input : site.Theme, moved);
        var everything = Snapshot(site.Root);

        var result = new SiteBuilder(TextWriter.Null).Build(new BuildOptions
        {
            InputDirectory = what == "input" ? moved : site.Input,
            ThemeDirectory = what == "theme" ? moved : site.Theme,
            OutputDirectory = Path.Combine(site.Root, "public"),
            Now = Builds.Now,
        });

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        Assert.Equal("--output", Assert.Single(result.Diagnostics).File);
        Assert.Equal(everything, Snapshot(site.Root));
    }

    [Fact]
    public void RefusesAnOutputThatIsAFile()
    {
        using var site = Builds.Bilingual();
        var file = Path.Combine(site.Root, "public");
        File.WriteAllText(file, "not a folder");

        var result = Builds.Run(site, output: file);

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        Assert.Equal("--output", Assert.Single(result.Diagnostics).File);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void DeletesNothingButTheOutputAndItsTemporarySiblings()
    {
        using var site = Builds.Bilingual();
        var parent = Path.Combine(site.Root, "www");
        var output = Path.Combine(parent, "public");
        string[] sentinels =
        [
            Path.Combine(site.Root, "sentinel.txt"),
            Path.Combine(parent, "sentinel.txt"),
            Path.Combine(parent, "public2", "sentinel.txt"),
            Path.Combine(parent, "public.tmp", "sentinel.txt"),
            Path.Combine(parent, ".public.bak", "sentinel.txt"),
            Path.Combine(parent, ".public.tmp.keep", "sentinel.txt"),
            Path.Combine(parent, "_public", "sentinel.txt"),
        ];
        foreach (var sentinel in sentinels)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(sentinel)!);
            File.WriteAllText(sentinel, "keep me");
        }

        Assert.Equal(BuildOutcome.Success, Builds.Run(site, output: output).Outcome);
        WriteInto(site, Of((A, Valid.Replace("---\nTexte", "image: /media/absente.jpg\nimage_alt: Rien\n---\nTexte"))));
        Assert.Equal(BuildOutcome.SiteProblems, Builds.Run(site, output: output).Outcome);
        WriteInto(site, Of((A, "")));
        Assert.Equal(BuildOutcome.BadInput, Builds.Run(site, output: output).Outcome);
        WriteInto(site, Of((A, null)));
        Directory.CreateDirectory(Path.Combine(parent, ".public.tmp", "half"));
        Assert.Equal(BuildOutcome.Success, Builds.Run(site, output: output).Outcome);

        Assert.All(sentinels, sentinel => Assert.Equal("keep me", File.ReadAllText(sentinel)));
        Assert.Equal(
            [".public.bak", ".public.tmp.keep", "_public", "public", "public.tmp", "public2", "sentinel.txt"],
            Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RestoresThePreviousOutputWhenABuildWasKilledBetweenTheTwoRenames()
    {
        using var site = Builds.Bilingual();
        Builds.Run(site);
        var before = site.OutputHashes();
        Directory.Move(site.Output, Path.Combine(site.Root, ".output.old"));

        WriteInto(site, Of((A, "")));
        Assert.Equal(BuildOutcome.BadInput, Builds.Run(site).Outcome);

        Assert.Equal(before, site.OutputHashes());
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.old")));
    }

    /// <summary>Every file and folder under the test site except the output, with its size, to see that nothing else changed.</summary>
    private static List<string> FilesOutsideOutput(TestSite site) =>
        Snapshot(site.Root).Where(e => !e.StartsWith("output" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && e != "output/").ToList();

    private static List<string> Snapshot(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path) + (File.Exists(path) ? ":" + new FileInfo(path).Length : "/"))
            .Order(StringComparer.Ordinal)
            .ToList();
}
