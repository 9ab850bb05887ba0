using System.Xml.Linq;

using Site.TestSupport;

namespace Site.Build.Tests.Hardening;

/// <summary>
/// Rebasing author links at a segment boundary: under the base path <c>/med/</c>, <c>/media/x.png</c> only starts
/// like it and moves under it; <c>/med</c> is the base path itself and stays. Pages, the link check and the feed agree.
/// </summary>
public sealed class BasePathBoundaryTests
{
    private static readonly Uri BaseUrl = new("https://user.github.io/med/");

    [Fact]
    public void GivenLinksThatStartLikeTheBasePathWhenBuiltThenOnlyThoseInsideItStayAndTheLinkCheckPasses()
    {
        using var site = new TestSite();
        site.WriteInputBytes("media/geneve.png", Png.OnePixel);
        site.Article("articles/2021/lac.fr.md", "Le lac", "2021-06-16T18:00:00+02:00", body: "Retour à [l'accueil](/med) ou [ici](/med#top).\n\n![Le lac](/media/geneve.png)\n");

        var result = Builds.Run(site, baseUrl: BaseUrl);

        Assert.True(result.Outcome == BuildOutcome.Success, string.Join('\n', result.Diagnostics.Select(d => d.ToString()).Concat(result.Findings.Select(f => f.ToString()))));
        var page = site.ReadOutput("fr/2021/06/lac/index.html");
        Assert.Contains("href=\"/med\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/med#top\"", page, StringComparison.Ordinal);
        Assert.Contains("src=\"/med/media/geneve.png\"", page, StringComparison.Ordinal);

        var content = XDocument.Parse(site.ReadOutput("fr/feed.xml")).Descendants().Single(e => e.Name.LocalName == "content").Value;
        Assert.Contains("src=\"https://user.github.io/med/media/geneve.png\"", content, StringComparison.Ordinal);
        Assert.Contains("href=\"https://user.github.io/med\"", content, StringComparison.Ordinal);
    }
}
