using static Site.Build.Tests.Hardening.InputFiles;

namespace Site.Build.Tests.Hardening;

/// <summary>
/// A build killed after the second rename of its swap leaves both the new output and the old one
/// (<c>.output.old</c>): the output is the whole, newer site, and the next build, whatever its outcome, keeps it and
/// removes the old one, so that it can never come back.
/// </summary>
public sealed class KilledSwapTests
{
    private const string A = "articles/2021/a.fr.md";

    [Theory]
    [InlineData("succeeds")]
    [InlineData("fails")]
    public void GivenTheOutputAndTheOldOutputOfAKilledSwapWhenTheNextBuildEndsThenTheOutputIsKeptAndTheOldOneRemoved(string outcome)
    {
        using var site = Builds.Bilingual();
        var old = Path.Combine(site.Root, ".output.old");
        WriteInto(site, Of((A, Valid)));
        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);
        var swapped = site.OutputHashes();
        CopyFolder(site.Output, old);
        File.WriteAllText(Path.Combine(old, "index.html"), "the site before the killed swap");
        WriteInto(site, Of((A, outcome == "succeeds" ? Valid.Replace("Texte.", "Texte modifié.") : "")));

        var result = Builds.Run(site);

        Assert.Equal(outcome == "succeeds" ? BuildOutcome.Success : BuildOutcome.BadInput, result.Outcome);
        Assert.False(Directory.Exists(old), "the old output of the killed swap is still there");
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.tmp")));
        if (outcome == "fails")
        {
            Assert.Equal(swapped, site.OutputHashes());
        }
        else
        {
            Assert.Contains("Texte modifié.", site.ReadOutput("fr/2021/06/a/index.html"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void GivenTheOldOutputOfAKilledSwapWhenTheOutputIsThenRemovedByHandThenNoBuildBringsTheOldSiteBack()
    {
        using var site = Builds.Bilingual();
        var old = Path.Combine(site.Root, ".output.old");
        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);
        CopyFolder(site.Output, old);
        File.WriteAllText(Path.Combine(old, "index.html"), "the site before the killed swap");
        WriteInto(site, Of((A, "")));
        Assert.Equal(BuildOutcome.BadInput, Builds.Run(site).Outcome);

        Directory.Delete(site.Output, recursive: true);
        Assert.Equal(BuildOutcome.BadInput, Builds.Run(site).Outcome);

        Assert.False(Directory.Exists(site.Output), "a site older than the last one published came back");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
