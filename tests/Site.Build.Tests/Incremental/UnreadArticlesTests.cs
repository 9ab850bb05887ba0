using Site.Core.Diagnostics;
using Site.TestSupport;

namespace Site.Build.Tests.Incremental;

/// <summary>
/// A build with a build cache takes an article whose file has the size and time it had when last read from the cache,
/// without reading the file; its Markdown is read only when a body must be rendered again, and only if the file still
/// holds the text it was parsed from.
/// </summary>
public sealed class UnreadArticlesTests
{
    [Fact]
    public void GivenAnEditThatKeptTheFileSizeAndTimeWhenItsBodyMustBeRenderedThenTheBuildFailsOnThatFileAndTheNextOneReadsItAgain()
    {
        using var site = Builds.Bilingual();
        Age(site);
        var first = Build(site);
        Assert.Equal(BuildOutcome.Success, first.Outcome);
        var output = site.OutputHashes();

        // Same length, same time: only its text tells the edit.
        var file = Path.Combine(site.Input, "articles/2021/poutine.fr.md");
        var time = File.GetLastWriteTimeUtc(file);
        var text = File.ReadAllText(file);
        var changed = text.Replace("Genève", "Genèva", StringComparison.Ordinal);
        Assert.NotEqual(text, changed);
        File.WriteAllText(file, changed);
        File.SetLastWriteTimeUtc(file, time);
        // Something else changed, so that the build runs; its bodies are gone, so the article's Markdown is needed.
        site.Article("articles/2022/autre.fr.md", "Autre", "2022-03-01T09:00:00+01:00");
        Age(site);
        Directory.Delete(Path.Combine(site.Root, ".site-cache", "bodies"), recursive: true);

        var failed = Build(site);

        Assert.Equal(BuildOutcome.BadInput, failed.Outcome);
        var error = Assert.Single(failed.Diagnostics, d => d.Code == DiagnosticCode.FileUnreadable);
        Assert.Equal("articles/2021/poutine.fr.md", error.File);
        Assert.Contains("changed while the site was built", error.Message, StringComparison.Ordinal);
        Assert.Equal(output, site.OutputHashes());

        var next = Build(site);

        Assert.Equal(BuildOutcome.Success, next.Outcome);
        Assert.Contains("Genèva", site.ReadOutput("fr/2021/06/poutine/index.html"), StringComparison.Ordinal);
        Assert.Equal(IncrementalBuildEquivalenceTests.ColdOutput(site), site.OutputHashes());
    }

    private static void Age(TestSite site) => IncrementalBuildCountTests.Age(site);

    private static BuildResult Build(TestSite site) => IncrementalBuildCountTests.Build(site);
}
