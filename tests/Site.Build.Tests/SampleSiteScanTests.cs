using Site.Checks.Scanning;
using Site.Checks.Tests.Support;

namespace Site.Build.Tests;

/// <summary>Every page of the sample site is scanned from its tags alone, and the scan is the tree parser's.</summary>
[Collection(BuiltSampleSiteCollection.Name)]
public sealed class SampleSiteScanTests(BuiltSampleSite sample)
{
    [Fact]
    public void EveryPageOfTheSampleSiteIsReadFromItsTagsAsTheTreeParserReadsIt()
    {
        // given
        string[] pages = [.. Directory.EnumerateFiles(sample.Output, "*.html", SearchOption.AllDirectories)];
        Assert.NotEmpty(pages);

        foreach (string file in pages)
        {
            // when
            string path = Path.GetRelativePath(sample.Output, file).Replace('\\', '/');
            string html = File.ReadAllText(file);
            var tokens = TokenScanner.Scan(path, html, new Site.Checks.Scanning.SourceLines(html));

            // then
            Assert.True(tokens is not null, $"{path} is read by the tree parser: its tags are not nested as written");
            Assert.Equal(ScanDescription.Of(TreeScanner.Scan(path, html, new Site.Checks.Scanning.SourceLines(html))), ScanDescription.Of(tokens));
        }
    }
}
