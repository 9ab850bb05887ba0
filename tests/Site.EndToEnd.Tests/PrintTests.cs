using System.Text;
using System.Text.RegularExpressions;

using Microsoft.Playwright;

using Site.EndToEnd.Tests.Browser;
using Site.TestSupport.Tooling;

namespace Site.EndToEnd.Tests;

/// <summary>Printing an article: from its web page (print media) and from its print page (to PDF).</summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class PrintTests(SampleSite site)
{
    // An A4 sheet at 96 px per inch.
    private const int A4Width = 794;

    [BrowserTheory]
    [InlineData(SamplePages.FrenchArticle)]
    [InlineData(SamplePages.EnglishArticle)]
    public async Task PrintingAnArticlePageHidesTheNavigationTheSwitcherAndTheFooter(string path)
    {
        await using var session = await site.OpenAsync(A4Width, 1123);
        await session.GotoAsync(path);

        await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var selector in new[] { ".masthead", ".sections", ".language-switcher", ".site-footer", ".skip-link", ".article-footer .tags" })
        {
            var shown = await session.EvaluateAsync<bool?>("s => document.querySelector(s)?.checkVisibility()", selector);
            Assert.NotNull(shown);
            Assert.False(shown, $"{selector} is printed");
        }

        Assert.True(await session.EvaluateAsync<bool>("() => document.querySelector('.article-body').checkVisibility()"));
    }

    [BrowserTheory]
    [InlineData(SamplePages.FrenchArticle)]
    [InlineData(SamplePages.FrenchPrint)]
    [InlineData(SamplePages.EnglishPrint)]
    public async Task PrintedLinksShowTheirTarget(string path)
    {
        await using var session = await site.OpenAsync(A4Width, 1123);
        await session.GotoAsync(path);

        await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var links = await session.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('.article-body a[href^="/"], .article-body a[href^="http"]')]
              .map(a => [a.getAttribute('href'), getComputedStyle(a, '::after').content])
            """);
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.Equal($"\" ({link[0]})\"", link[1]);
        }
    }

    [BrowserTheory]
    [InlineData(SamplePages.FrenchArticle)]
    [InlineData(SamplePages.FrenchPrint)]
    public async Task PrintedImagesFitThePage(string path)
    {
        await using var session = await site.OpenAsync(A4Width, 1123);
        await session.GotoAsync(path);

        await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var images = await session.EvaluateAsync<double[][]>("""
            () => [...document.querySelectorAll('main img')].map(img => {
              const box = img.getBoundingClientRect(), parent = img.parentElement.getBoundingClientRect();
              return [box.left, box.right, box.height, parent.right, document.documentElement.clientWidth];
            })
            """);
        Assert.NotEmpty(images);
        foreach (var image in images)
        {
            Assert.True(image[0] >= 0 && image[1] <= image[3] + 0.5 && image[1] <= image[4], $"an image spans {image[0]}–{image[1]} px on a {image[4]} px page");
            Assert.True(image[2] > 0);
        }
    }

    [BrowserTheory]
    [InlineData(SamplePages.FrenchPrint)]
    [InlineData(SamplePages.EnglishPrint)]
    public async Task ThePrintPagePrintsToAPdf(string path)
    {
        await using var session = await site.OpenAsync(A4Width, 1123);
        await session.GotoAsync(path);

        var pdf = await session.Page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = false });

        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.True(PdfPage().Count(text) >= 1, "the PDF has no page");
        Assert.Empty(session.Problems);
    }

    [BrowserFact]
    public async Task ThePrintPageHasNoNavigation()
    {
        await using var session = await site.OpenAsync(A4Width, 1123);
        await session.GotoAsync(SamplePages.FrenchPrint);

        // The only navigation is the way back to the article and the print button, which paper does not show.
        Assert.Equal(0, await session.EvaluateAsync<int>("() => document.querySelectorAll('nav:not(.print-actions), .masthead, .site-footer').length"));
        await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await session.EvaluateAsync<bool>("() => document.querySelector('.print-actions').checkVisibility()"));
        Assert.Equal("noindex", await session.EvaluateAsync<string>("() => document.querySelector('meta[name=robots]').content"));
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PdfPage();
}
