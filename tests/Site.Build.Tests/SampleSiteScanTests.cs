using Site.Checks.Scanning;
using Site.Checks.Tests.Support;
using Site.TestSupport;

namespace Site.Build.Tests;

/// <summary>Every page of the sample site is scanned from its tags alone, and the scan is the tree parser's.</summary>
public sealed class SampleSiteScanTests
{
    [Fact]
    public void EveryPageOfTheSampleSiteIsReadFromItsTagsAsTheTreeParserReadsIt()
    {
        // given
        string output = Directory.CreateTempSubdirectory("site-scan-").FullName;
        try
        {
            new SiteBuilder(TextWriter.Null).Build(new BuildOptions
            {
                InputDirectory = RepositoryPaths.Input,
                ThemeDirectory = RepositoryPaths.Theme,
                OutputDirectory = output,
                Check = false,
            });
            string[] pages = [.. Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)];
            Assert.NotEmpty(pages);

            foreach (string file in pages)
            {
                // when
                string path = Path.GetRelativePath(output, file).Replace('\\', '/');
                string html = File.ReadAllText(file);
                var tokens = TokenScanner.Scan(path, html, new Site.Checks.Scanning.SourceLines(html));

                // then
                Assert.True(tokens is not null, $"{path} is read by the tree parser: its tags are not nested as written");
                Assert.Equal(ScanDescription.Of(TreeScanner.Scan(path, html, new Site.Checks.Scanning.SourceLines(html))), ScanDescription.Of(tokens));
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
