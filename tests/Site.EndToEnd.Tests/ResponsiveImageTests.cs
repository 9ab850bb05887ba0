using System.Text.RegularExpressions;

using Microsoft.Playwright;

using Site.EndToEnd.Tests.Browser;
using Site.TestSupport.Tooling;

namespace Site.EndToEnd.Tests;

/// <summary>
/// Which picture files a browser downloads for an article with a lead image (1,200 px) and a figure (800 px), both
/// offered through WebP variants: a phone never more than the 800 px ones, a large screen a larger lead image.
/// </summary>
[Collection(MediaSiteCollection.Name)]
public sealed partial class ResponsiveImageTests(MediaSite site)
{
    [BrowserFact]
    public async Task APhoneDownloadsNoPictureWiderThan800Pixels()
    {
        await using var session = await site.OpenAsync(375, 812, deviceScaleFactor: 2);
        await session.GotoAsync(MediaSite.Article);
        await session.ScrollToTheEndAsync();

        var pictures = Pictures(session);

        Assert.Equal(2, pictures.Count);
        Assert.All(pictures, url => Assert.Matches(PhoneVariant(), url));
        Assert.Empty(session.Problems);
    }

    [BrowserFact]
    public async Task ALargeHighDensityScreenGetsTheLargerLeadImage()
    {
        await using var session = await site.OpenAsync(1280, 900, deviceScaleFactor: 2);
        await session.GotoAsync(MediaSite.Article);
        await session.ScrollToTheEndAsync();

        var pictures = Pictures(session);

        Assert.Contains(pictures, url => url.Contains("/media/2021/miroir.1200.", StringComparison.Ordinal));
        Assert.All(pictures, url => Assert.EndsWith(".webp", url, StringComparison.Ordinal));
        Assert.Empty(session.Problems);
    }

    /// <summary>The picture files the page requested (the video file and the players are not pictures).</summary>
    private static List<string> Pictures(PageSession session) =>
        session.Requests.Select(url => new Uri(url).AbsolutePath)
            .Where(path => path.StartsWith("/media/", StringComparison.Ordinal) && !path.EndsWith(".mp4", StringComparison.Ordinal))
            .Distinct()
            .ToList();


    [GeneratedRegex(@"^/media/2021/(?:miroir|kourou)\.(?:480|800)\.[0-9a-f]{12}\.webp$")]
    private static partial Regex PhoneVariant();
}
