using System.Text.RegularExpressions;

using Microsoft.Playwright;

using Site.EndToEnd.Tests.Browser;
using Site.TestSupport.Tooling;

using Xunit.Abstractions;

namespace Site.EndToEnd.Tests;

/// <summary>
/// What a phone (375 px, two device pixels per CSS pixel) downloads for an article of the sample site, with the
/// variants the pages offer and, for comparison, with the same page stripped of its <c>srcset</c> (the markup before
/// responsive images). The figures are in docs/performance.md ("Images").
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class ResponsiveImageWeightTests(SampleSite site, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task APhoneArticleTransfersFewerPictureBytesThanWithTheOriginals()
    {
        var responsive = await TransferredAsync(SamplePages.FrenchArticle, stripSrcset: false);
        var original = await TransferredAsync(SamplePages.FrenchArticle, stripSrcset: true);

        output.WriteLine($"{SamplePages.FrenchArticle} at 375 px ×2: pictures {responsive.Pictures} bytes ({responsive.Count} files), page total {responsive.Total} bytes");
        output.WriteLine($"{SamplePages.FrenchArticle} at 375 px ×2 without srcset: pictures {original.Pictures} bytes ({original.Count} files), page total {original.Total} bytes");
        Assert.Equal(original.Count, responsive.Count);
        Assert.True(responsive.Pictures < original.Pictures, $"pictures: {responsive.Pictures} bytes with variants, {original.Pictures} without");
    }

    private async Task<(long Pictures, int Count, long Total)> TransferredAsync(string path, bool stripSrcset)
    {
        await using var session = await site.OpenAsync(375, 812, deviceScaleFactor: 2);
        if (stripSrcset)
        {
            await session.Page.RouteAsync("**" + path, async route =>
            {
                var response = await route.FetchAsync();
                var html = Srcset().Replace(await response.TextAsync(), string.Empty);
                await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = html });
            });
        }

        var finished = new List<IRequest>();
        session.Page.RequestFinished += (_, request) =>
        {
            lock (finished)
            {
                finished.Add(request);
            }
        };
        await session.GotoAsync(path);
        await session.ScrollToTheEndAsync();

        long pictures = 0, total = 0;
        var count = 0;
        List<IRequest> requests;
        lock (finished)
        {
            requests = [.. finished];
        }

        foreach (var request in requests)
        {
            var bytes = (await request.ResponseAsync() is { } response ? await response.BodyAsync() : []).LongLength;
            total += bytes;
            if (new Uri(request.Url).AbsolutePath.StartsWith("/media/", StringComparison.Ordinal))
            {
                pictures += bytes;
                count++;
            }
        }

        Assert.Empty(session.Problems);
        return (pictures, count, total);
    }

    [GeneratedRegex("\\s(?:srcset|sizes)=\"[^\"]*\"")]
    private static partial Regex Srcset();
}
