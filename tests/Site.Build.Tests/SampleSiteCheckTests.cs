using Site.Checks;
using Site.TestSupport;

namespace Site.Build.Tests;

/// <summary>The sample site (<c>input/</c>, default theme) has no finding of any kind, in the build's own check and
/// in <c>site check</c> of its output: hreflang, canonicals, sitemap, feeds and titles included.</summary>
public sealed class SampleSiteCheckTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-01-01T00:00:00+00:00", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task TheSampleSiteHasNoFindings()
    {
        // given
        string output = Directory.CreateTempSubdirectory("site-sample-").FullName;
        try
        {
            // when
            var result = new SiteBuilder(TextWriter.Null).Build(new BuildOptions
            {
                InputDirectory = RepositoryPaths.Input,
                ThemeDirectory = RepositoryPaths.Theme,
                OutputDirectory = Path.Combine(output, "site"),
                Now = Now,
            });
            IReadOnlyList<Finding> folder = await FolderChecker.CheckFolderAsync(
                Path.Combine(output, "site"), new CheckOptions(new Uri("https://example.org/")), CancellationToken.None);

            // then
            Assert.Equal(BuildOutcome.Success, result.Outcome);
            Assert.Empty(result.Findings.Select(f => $"{f.Page} {f.Kind} {f.Message}"));
            Assert.Empty(folder.Select(f => $"{f.Page} {f.Kind} {f.Message}"));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
