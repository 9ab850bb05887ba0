using Site.EndToEnd.Tests.Browser;
using Site.TestSupport.Tooling;

namespace Site.EndToEnd.Tests;

/// <summary>What readers click: the language switcher, pagination, tags; and where the root and missing pages lead.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class NavigationTests(SampleSite site)
{
    [BrowserTheory]
    [InlineData(SamplePages.FrenchArticle, "en", SamplePages.EnglishArticle)]
    [InlineData(SamplePages.EnglishArticle, "fr", SamplePages.FrenchArticle)]
    [InlineData(SamplePages.FrenchHome, "en", SamplePages.EnglishHome)]
    [InlineData(SamplePages.EnglishTag, "fr", SamplePages.FrenchTag)]
    public async Task TheLanguageSwitcherLeadsToTheOtherLanguage(string from, string language, string to)
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(from);

        await session.Page.ClickAsync($".language-switcher a[hreflang=\"{language}\"]");
        await session.Page.WaitForURLAsync(site.Server.Url(to).ToString());

        Assert.Equal(language, await LanguageAsync(session));
        Assert.Empty(session.Problems);
    }

    [BrowserTheory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task PaginationLinksGoToTheNextPageAndBack(string language)
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync($"/{language}/");
        var firstOnPageOne = await FirstHeadlineAsync(session);

        await session.Page.ClickAsync(".pagination a[rel=next]");
        await session.Page.WaitForURLAsync(site.Server.Url($"/{language}/page/2/").ToString());
        var firstOnPageTwo = await FirstHeadlineAsync(session);
        await session.Page.ClickAsync(".pagination a[rel=prev]");
        await session.Page.WaitForURLAsync(site.Server.Url($"/{language}/").ToString());

        Assert.NotEqual(firstOnPageOne, firstOnPageTwo);
        Assert.Equal(firstOnPageOne, await FirstHeadlineAsync(session));
        Assert.Equal(language, await LanguageAsync(session));
        Assert.Empty(session.Problems);
    }

    [BrowserTheory]
    [InlineData(SamplePages.FrenchArticle, ".tags a", "/fr/tags/")]
    [InlineData(SamplePages.EnglishArticle, ".tags a", "/en/tags/")]
    [InlineData(SamplePages.FrenchTagIndex, ".tag-cloud a", "/fr/tags/")]
    [InlineData(SamplePages.EnglishTagIndex, ".tag-cloud a", "/en/tags/")]
    public async Task TagLinksLeadToTheirTagPage(string from, string links, string under)
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(from);
        var link = session.Page.Locator(links).First;
        var name = (await link.TextContentAsync())!.Trim();

        await link.ClickAsync();
        await session.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath != from);

        Assert.StartsWith(under, session.CurrentPath, StringComparison.Ordinal);
        Assert.NotEqual(under, session.CurrentPath);
        Assert.Equal(name, (await session.Page.Locator("h1").TextContentAsync())!.Trim());
        Assert.Empty(session.Problems);
    }

    [BrowserFact]
    public async Task TheTagPageListsTheArticleItCameFrom()
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(SamplePages.FrenchArticle);

        await session.Page.ClickAsync(".tags a[href$=\"/tags/ukraine/\"]");
        await session.Page.WaitForURLAsync(site.Server.Url(SamplePages.FrenchTag).ToString());

        Assert.Equal(1, await session.Page.Locator($".entry h2 a[href=\"{SamplePages.FrenchArticle}\"]").CountAsync());
    }

    [BrowserFact]
    public async Task TheRootSendsReadersToTheDefaultLanguage()
    {
        await using var session = await site.OpenAsync();

        // The refresh may land before GotoAsync returns: wait for it from before the first navigation.
        var redirected = session.Page.WaitForURLAsync(site.Server.Url(SamplePages.FrenchHome).ToString());
        await session.GotoAsync(SamplePages.Root);
        await redirected;

        Assert.Equal("fr", await LanguageAsync(session));
        Assert.Empty(session.Problems);
    }

    [BrowserTheory]
    [InlineData("/en/no-such-page/", "en")]
    [InlineData("/fr/2099/01/nulle-part/", "fr")]
    public async Task AMissingPageShowsTheNotFoundPageOfItsLanguage(string path, string language)
    {
        await using var session = await site.OpenAsync();

        var response = await session.GotoAsync(path);

        Assert.Equal(404, response?.Status);
        Assert.Equal(language, await LanguageAsync(session));
        Assert.Equal(1, await session.Page.Locator(".not-found h1").CountAsync());
    }

    private static Task<string> LanguageAsync(PageSession session) => session.EvaluateAsync<string>("() => document.documentElement.lang");

    private static async Task<string> FirstHeadlineAsync(PageSession session) =>
        (await session.Page.Locator(".front-lead h2 a, .entry h2 a").First.TextContentAsync())!.Trim();
}
