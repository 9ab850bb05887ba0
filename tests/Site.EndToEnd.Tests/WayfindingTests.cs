using Microsoft.Playwright;

using Site.EndToEnd.Tests.Browser;
using Site.TestSupport.Tooling;

namespace Site.EndToEnd.Tests;

/// <summary>
/// Where a reader goes from an article by clicking: its author's page, the legal notice in the footer, the other
/// language; and the pages they land on stay accessible in light and dark mode, on a phone and a desktop.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class WayfindingTests(SampleSite site)
{
    [BrowserTheory]
    [InlineData(SamplePages.FrenchArticle, SamplePages.FrenchAuthor)]
    [InlineData(SamplePages.EnglishArticle, SamplePages.EnglishAuthor)]
    public async Task TheBylineLeadsToTheAuthorsPageWhichListsTheArticle(string article, string author)
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(article);
        var name = (await session.Page.Locator($".byline a[rel=author][href=\"{author}\"]").TextContentAsync())!.Trim();

        await session.Page.ClickAsync($".byline a[rel=author][href=\"{author}\"]");
        await session.Page.WaitForURLAsync(site.Server.Url(author).ToString());

        Assert.Equal(name, (await session.Page.Locator("h1").TextContentAsync())!.Trim());
        Assert.Equal(1, await session.Page.Locator($".entry h2 a[href=\"{article}\"]").CountAsync());
        Assert.Empty(session.Problems);
    }

    [BrowserFact]
    public async Task TheFooterLeadsToTheLegalNotice()
    {
        await using var session = await site.OpenAsync(375, 812);
        await session.GotoAsync(SamplePages.FrenchArticle);

        await session.Page.ClickAsync($".site-footer a[href=\"{SamplePages.FrenchLegalNotice}\"]");
        await session.Page.WaitForURLAsync(site.Server.Url(SamplePages.FrenchLegalNotice).ToString());

        Assert.Equal("Mentions légales", (await session.Page.Locator("h1").TextContentAsync())!.Trim());
        Assert.Empty(session.Problems);
    }

    [BrowserTheory]
    [InlineData(SamplePages.FrenchArticle, "Lire en anglais", SamplePages.EnglishArticle, "en")]
    [InlineData(SamplePages.EnglishArticle, "Read in French", SamplePages.FrenchArticle, "fr")]
    public async Task TheLanguagePhraseUnderTheHeadlineLeadsToTheTranslation(string from, string phrase, string to, string language)
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(from);

        await session.Page.GetByRole(AriaRole.Link, new() { Name = phrase, Exact = true }).ClickAsync();
        await session.Page.WaitForURLAsync(site.Server.Url(to).ToString());

        Assert.Equal(language, await session.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Empty(session.Problems);
    }

    [BrowserTheory(NeedsAxe = true)]
    [InlineData(SamplePages.FrenchArticle, 375, ColorScheme.Light)]
    [InlineData(SamplePages.FrenchArticle, 375, ColorScheme.Dark)]
    [InlineData(SamplePages.FrenchArticle, 1280, ColorScheme.Light)]
    [InlineData(SamplePages.FrenchArticle, 1280, ColorScheme.Dark)]
    [InlineData(SamplePages.EnglishHome, 375, ColorScheme.Light)]
    [InlineData(SamplePages.EnglishHome, 375, ColorScheme.Dark)]
    [InlineData(SamplePages.EnglishHome, 1280, ColorScheme.Light)]
    [InlineData(SamplePages.EnglishHome, 1280, ColorScheme.Dark)]
    [InlineData(SamplePages.FrenchAuthor, 375, ColorScheme.Light)]
    [InlineData(SamplePages.FrenchAuthor, 375, ColorScheme.Dark)]
    [InlineData(SamplePages.EnglishAuthor, 1280, ColorScheme.Light)]
    [InlineData(SamplePages.EnglishAuthor, 1280, ColorScheme.Dark)]
    public async Task HasNoSeriousOrCriticalAccessibilityViolationInLightAndDarkMode(string path, int width, ColorScheme scheme)
    {
        await using var session = await site.OpenAsync(width, 900, bypassCsp: true);
        await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
        await session.GotoAsync(path);

        var dark = await session.EvaluateAsync<bool>("matchMedia('(prefers-color-scheme: dark)').matches");
        var violations = await session.AxeViolationsAsync();

        Assert.Equal(scheme == ColorScheme.Dark, dark);
        Assert.True(violations.Count == 0, $"{path} at {width} px, {scheme}:\n" + string.Join('\n', violations));
    }
}
