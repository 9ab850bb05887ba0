using System.Text.RegularExpressions;

using Microsoft.Playwright;

using Site.EndToEnd.Tests.Browser;

namespace Site.EndToEnd.Tests;

/// <summary>
/// The home's first page reads like a newspaper's: the featured story leads, a dozen headlines are in sight on a
/// desktop, each section of the paper has its block, and a phone shows it all in one column in reading order.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class FrontPageTests(SampleSite site)
{
    // The sample site marks this story 'featured: true' in each language; newer articles exist in both.
    private const string FrenchLead = SamplePages.FrenchArticle;
    private const string EnglishLead = SamplePages.EnglishArticle;

    [BrowserTheory]
    [InlineData(SamplePages.FrenchHome, FrenchLead)]
    [InlineData(SamplePages.EnglishHome, EnglishLead)]
    public async Task ShowsTheFeaturedLeadAndAtLeastFiveArticlesAboveTheFoldOnADesktop(string home, string lead)
    {
        // Given a desktop window
        await using var session = await site.OpenAsync(1280, 900);

        // When the home opens
        await session.GotoAsync(home);
        var inSight = await session.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main a[href]')].filter(a => {
              const box = a.getBoundingClientRect();
              return box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
            }).map(a => a.getAttribute('href'))
            """);

        // Then the featured article leads, and at least five distinct articles can be chosen without scrolling
        Assert.Equal(lead, await session.Page.Locator(".front-lead h2 a").GetAttributeAsync("href"));
        var articles = inSight.Where(href => ArticlePath().IsMatch(href)).Distinct().ToList();
        Assert.True(articles.Count >= 5, $"{home}: {articles.Count} articles above the fold: {string.Join(", ", articles)}");
        Assert.Contains(lead, articles);
        Assert.Equal(0, await session.Page.Locator("main a[href$='/print/']").CountAsync());
        Assert.Empty(session.Problems);
    }

    [BrowserTheory]
    [InlineData(SamplePages.FrenchHome)]
    [InlineData(SamplePages.EnglishHome)]
    public async Task GivesEachCategoryWithArticlesABlockLinkingToItsPageInTheSectionsOrder(string home)
    {
        await using var session = await site.OpenAsync(1280, 900);
        await session.GotoAsync(home);

        // The categories, in site.yml's order, are the masthead's sections between the home and the tags.
        var sections = await session.EvaluateAsync<string[]>("() => [...document.querySelectorAll('nav.sections a')].map(a => a.getAttribute('href')).filter(h => h.includes('/categories/'))");
        var withArticles = sections.Where(path => File.ReadAllText(Path.Combine(site.Output, path.Trim('/'), "index.html")).Contains("<article class=\"entry", StringComparison.Ordinal)).ToList();
        var blocks = await session.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.front-section h3 a')].map(a => a.getAttribute('href'))");

        Assert.True(withArticles.Count >= 5, $"{home}: {withArticles.Count} categories with articles");
        Assert.Equal(withArticles, blocks);
        var headlines = await session.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.front-lead h2 a, .front-teaser h3 a, .front-section li > a')].map(a => a.getAttribute('href'))");
        Assert.True(headlines.Length >= 12, $"{home}: {headlines.Length} headlines");
        Assert.Equal(headlines.Length, headlines.Distinct().Count());
        Assert.Empty(session.Problems);
    }

    [BrowserTheory]
    [InlineData(SamplePages.FrenchHome)]
    [InlineData(SamplePages.EnglishHome)]
    public async Task StacksLeadTeasersAndSectionsInReadingOrderWithoutSidewaysScrollingOnAPhone(string home)
    {
        await using var session = await site.OpenAsync(375, 812);
        await session.GotoAsync(home);

        var overflow = await session.EvaluateAsync<double>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var order = await session.EvaluateAsync<double[][]>("""
            () => ['.front-lead', '.front-teaser', '.front-section'].map(s => {
              const element = document.querySelector(s);
              const box = element.getBoundingClientRect();
              const before = [...document.querySelectorAll('main *')].indexOf(element);
              return [before, box.top, box.left, box.width];
            })
            """);

        Assert.Equal(0, overflow);
        Assert.True(order[0][0] < order[1][0] && order[1][0] < order[2][0], "the DOM order is lead, teasers, sections");
        Assert.True(order[0][1] < order[1][1] && order[1][1] < order[2][1], "the lead is above the teasers, which are above the sections");
        Assert.All(order, box => Assert.InRange(box[2] + box[3], 0, 375));
        Assert.Empty(session.Problems);
    }

    [BrowserTheory]
    [InlineData("/fr/page/2/")]
    [InlineData("/en/page/2/")]
    public async Task ListsLaterPagesCompactlyNewestFirstWithoutPrintLinks(string path)
    {
        await using var session = await site.OpenAsync(1280, 900);
        await session.GotoAsync(path);

        var dates = await session.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.entry time')].map(t => t.getAttribute('datetime'))");
        var widths = await session.EvaluateAsync<double[]>("() => [...document.querySelectorAll('.entry img')].map(img => img.getBoundingClientRect().width)");

        Assert.Equal(5, dates.Length);
        Assert.Equal(dates.OrderByDescending(d => DateTimeOffset.Parse(d, System.Globalization.CultureInfo.InvariantCulture)), dates);
        Assert.NotEmpty(widths);
        Assert.All(widths, width => Assert.InRange(width, 1, 200));
        Assert.Equal(0, await session.Page.Locator("main a[href$='/print/']").CountAsync());
        Assert.Empty(session.Problems);
    }

    [BrowserTheory(NeedsAxe = true)]
    [InlineData(SamplePages.FrenchHome, 375, ColorScheme.Light)]
    [InlineData(SamplePages.FrenchHome, 375, ColorScheme.Dark)]
    [InlineData(SamplePages.FrenchHome, 1280, ColorScheme.Light)]
    [InlineData(SamplePages.FrenchHome, 1280, ColorScheme.Dark)]
    [InlineData("/en/page/2/", 375, ColorScheme.Dark)]
    [InlineData("/fr/page/2/", 1280, ColorScheme.Light)]
    public async Task HasNoSeriousOrCriticalAccessibilityViolation(string path, int width, ColorScheme scheme)
    {
        await using var session = await site.OpenAsync(width, 900, bypassCsp: true);
        await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
        await session.GotoAsync(path);

        var violations = await session.AxeViolationsAsync();

        Assert.True(violations.Count == 0, $"{path} at {width} px, {scheme}:\n" + string.Join('\n', violations));
    }

    [GeneratedRegex(@"^/(fr|en)/\d{4}/\d{2}/[^/]+/$")]
    private static partial Regex ArticlePath();
}
