using Site.EndToEnd.Tests.Browser;
using Site.TestSupport.Tooling;

namespace Site.EndToEnd.Tests;

/// <summary>Where a reader goes from the end of an article: the previous article, a related one, the month's archive.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class ArticleEndNavigationTests(SampleSite site)
{
    [BrowserTheory]
    [InlineData("fr", ".article-end a[rel=prev]")]
    [InlineData("en", ".article-end a[rel=prev]")]
    [InlineData("fr", ".article-end-related a")]
    [InlineData("en", ".article-end-related a")]
    public async Task ALinkAtTheEndOfAnArticleLeadsToTheArticleItNames(string language, string link)
    {
        await using var session = await site.OpenAsync();
        var start = await ArticleAsync(session, language);
        var target = session.Page.Locator(link).First;
        var title = (await target.TextContentAsync())!.Trim();

        await target.ClickAsync();
        await session.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath != start);

        Assert.Matches($"^/{language}/\\d{{4}}/\\d{{2}}/[a-z0-9-]+/$", session.CurrentPath);
        Assert.Equal(title, (await session.Page.Locator("h1").TextContentAsync())!.Trim());
        Assert.Equal(language, await session.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Empty(session.Problems);
    }

    [BrowserTheory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task TheMonthsArchiveListsTheArticleTheReaderCameFrom(string language)
    {
        await using var session = await site.OpenAsync();
        var start = await ArticleAsync(session, language);

        await session.Page.Locator(".article-end-archives a").First.ClickAsync();
        await session.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath != start);

        Assert.Equal(start[..$"/{language}/yyyy/mm/".Length], session.CurrentPath);
        Assert.Equal(1, await session.Page.Locator($".entry h2 a[href=\"{start}\"]").CountAsync());
        await session.Page.Locator(".breadcrumbs a").First.ClickAsync();
        await session.Page.WaitForURLAsync(site.Server.Url($"/{language}/archives/").ToString());
        Assert.True(await session.Page.Locator(".archive-periods a").CountAsync() > 1);
        Assert.Empty(session.Problems);
    }

    [BrowserTheory(NeedsAxe = true)]
    [InlineData("/fr/archives/", 375)]
    [InlineData("/fr/archives/", 1280)]
    [InlineData("/fr/2022/", 375)]
    [InlineData("/en/2022/", 1280)]
    [InlineData("/fr/2022/02/", 375)]
    [InlineData("/en/2022/02/", 1280)]
    [InlineData(SamplePages.FrenchArticle, 375)]
    [InlineData(SamplePages.FrenchArticle, 1280)]
    public async Task ArchivesAndArticleEndsHaveNoSeriousOrCriticalAccessibilityViolation(string path, int width)
    {
        await using var session = await site.OpenAsync(width, 812, bypassCsp: true);
        await session.GotoAsync(path);

        var violations = await session.AxeViolationsAsync();

        Assert.True(violations.Count == 0, $"{path} at {width} px:\n" + string.Join('\n', violations));
    }

    /// <summary>Opens the sample article in <paramref name="language"/>, found through the language switcher (English slugs may change).</summary>
    private async Task<string> ArticleAsync(PageSession session, string language)
    {
        await session.GotoAsync(SamplePages.FrenchArticle);
        if (language != "fr")
        {
            await session.Page.ClickAsync($".language-switcher a[hreflang=\"{language}\"]");
            await session.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath != SamplePages.FrenchArticle);
        }

        return session.CurrentPath;
    }
}
