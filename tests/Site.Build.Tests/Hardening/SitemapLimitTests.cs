using System.Xml.Linq;

using Site.TestSupport;

namespace Site.Build.Tests.Hardening;

/// <summary>
/// The sitemap at the edge of its limit (50,000 URLs a file; lowered here through the build's test seam): a site with
/// exactly as many URLs as the limit has one sitemap; one URL more makes an index of two files, the second holding
/// that one URL. No file is empty, none is over the limit, and no URL is lost or listed twice.
/// </summary>
public sealed class SitemapLimitTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void GivenTheUrlCountAroundTheLimitWhenBuiltThenTheSitemapSplitsOnlyPastIt(int pastTheLimit)
    {
        using var site = Builds.Bilingual();
        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);
        var all = Locations(site, "sitemap.xml");
        var limit = all.Count - pastTheLimit;

        var result = Build(site, limit);

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        var root = XDocument.Parse(site.ReadOutput("sitemap.xml")).Root!;
        if (pastTheLimit <= 0)
        {
            Assert.Equal(Sitemaps + "urlset", root.Name);
            Assert.Equal(all, Locations(site, "sitemap.xml"));
            Assert.False(site.OutputExists("sitemap-1.xml"));
            return;
        }

        Assert.Equal(Sitemaps + "sitemapindex", root.Name);
        var files = root.Elements(Sitemaps + "sitemap").Select(s => s.Element(Sitemaps + "loc")!.Value["https://example.org/".Length..]).ToList();
        Assert.Equal(["sitemap-1.xml", "sitemap-2.xml"], files);
        var parts = files.Select(f => Locations(site, f)).ToList();
        Assert.Equal([limit, pastTheLimit], parts.Select(p => p.Count));
        Assert.Equal(all, parts.SelectMany(p => p));
    }

    [Fact]
    public void GivenExactlyTwiceTheLimitWhenBuiltThenTheIndexHasTwoFullFilesAndNoEmptyThird()
    {
        using var site = Builds.Bilingual();
        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);
        var all = Locations(site, "sitemap.xml");
        for (var i = 0; all.Count % 2 == 1; i++)
        {
            site.Article($"articles/2019/encore-{i}.fr.md", "Encore", "2019-05-01T09:00:00+02:00");
            Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);
            all = Locations(site, "sitemap.xml");
        }

        Assert.Equal(BuildOutcome.Success, Build(site, all.Count / 2).Outcome);

        Assert.True(site.OutputExists("sitemap-2.xml"));
        Assert.False(site.OutputExists("sitemap-3.xml"));
        Assert.Equal(all, Locations(site, "sitemap-1.xml").Concat(Locations(site, "sitemap-2.xml")));
    }

    private static BuildResult Build(TestSite site, int sitemapLimit) =>
        new SiteBuilder(TextWriter.Null).Build(new BuildOptions
        {
            InputDirectory = site.Input,
            ThemeDirectory = site.Theme,
            OutputDirectory = site.Output,
            Now = Builds.Now,
            SitemapLimit = sitemapLimit,
        });

    private static List<string> Locations(TestSite site, string file)
    {
        var root = XDocument.Parse(site.ReadOutput(file)).Root!;
        Assert.Equal(Sitemaps + "urlset", root.Name);
        return root.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();
    }
}
