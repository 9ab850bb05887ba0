using Site.Checks;

namespace Site.Build.Tests;

/// <summary>The sample site (<c>input/</c>, default theme) has no finding of any kind, in the build's own check and
/// in <c>site check</c> of its output: hreflang, canonicals, sitemap, feeds and titles included.</summary>
[Collection(BuiltSampleSiteCollection.Name)]
public sealed class SampleSiteCheckTests(BuiltSampleSite sample)
{
    [Fact]
    public async Task TheSampleSiteHasNoFindings()
    {
        // when
        IReadOnlyList<Finding> folder = await FolderChecker.CheckFolderAsync(
            sample.Output, new CheckOptions(new Uri("https://example.org/")), CancellationToken.None);

        // then
        Assert.Equal(BuildOutcome.Success, sample.Result.Outcome);
        Assert.Empty(sample.Result.Findings.Select(f => $"{f.Page} {f.Kind} {f.Message}"));
        Assert.Empty(folder.Select(f => $"{f.Page} {f.Kind} {f.Message}"));
    }
}
