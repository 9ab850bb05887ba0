using System.Text.RegularExpressions;

using Microsoft.Playwright;

using Site.Build;
using Site.EndToEnd.Tests.Browser;
using Site.TestSupport;
using Site.TestSupport.Tooling;

using Xunit.Abstractions;

namespace Site.EndToEnd.Tests;

/// <summary>
/// The search pages of the sample site, indexed by Pagefind (from the repository's <c>node_modules</c>) when the
/// collection builds it: each language's index finds only its own articles, filters narrow results, the page works
/// without JavaScript, and a headline with markup in it is shown as text.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class SearchTests(SampleSite site, ITestOutputHelper output)
{
    private const string FrenchSearch = "/fr/recherche/";
    private const string EnglishSearch = "/en/search/";

    [SearchFact]
    public async Task AWordOfExactlyOneFrenchArticleFindsThatArticleAndNoEnglishOne()
    {
        await using var session = await OpenSearchAsync(FrenchSearch);

        var results = await SearchAsync(session, "clandestinement");

        Assert.Equal(["/fr/2023/10/cinema-russe-exil/"], results);
        Assert.Empty(session.Problems);
    }

    [SearchFact]
    public async Task AWordOfExactlyOneEnglishArticleFindsThatArticleAndNoFrenchOne()
    {
        await using var session = await OpenSearchAsync(EnglishSearch);

        var results = await SearchAsync(session, "Kalbajar");

        Assert.Equal(["/en/2020/11/nagorno-karabakh-ceasefire/"], results);
        Assert.Empty(session.Problems);
    }

    [SearchFact]
    public async Task ACategoryFilterNarrowsTheResults()
    {
        await using var session = await OpenSearchAsync(FrenchSearch);
        await SearchAsync(session, "président");
        var all = await ResultCountAsync(session);

        var block = session.Page.Locator(".pagefind-ui__filter-block", new PageLocatorOptions { HasText = "Rubrique" });
        // Opened by its property rather than a click on its summary: Pagefind may draw the filters again as results
        // arrive, and a click would then close a block that was already open.
        await block.EvaluateAsync("details => details.open = true");
        await block.Locator(".pagefind-ui__filter-label", new LocatorLocatorOptions { HasTextRegex = new Regex("^Europe") }).ClickAsync();
        await session.Page.WaitForFunctionAsync("all => { const m = document.querySelector('.pagefind-ui__message'); return m && Number((m.textContent.match(/^\\s*(\\d+)/) || [])[1]) < all; }", all);
        var europe = await ResultCountAsync(session);

        Assert.InRange(europe, 1, all - 1);
        Assert.Empty(session.Problems);
    }

    [SearchFact]
    public async Task WithoutJavaScriptThePlainFormSearchesTheSiteThroughAWebSearchEngine()
    {
        RequireIndex();
        await using var session = await site.OpenAsync(375, 812, javaScript: false);

        await session.GotoAsync(FrenchSearch);

        var form = session.Page.Locator("form.search-fallback");
        Assert.True(await form.IsVisibleAsync());
        Assert.StartsWith("https://duckduckgo.com/", await form.GetAttributeAsync("action"), StringComparison.Ordinal);
        Assert.Equal("example.org", await form.Locator("input[name=sites]").GetAttributeAsync("value"));
        Assert.True(await form.Locator("input[name=q]").IsVisibleAsync());
        Assert.Equal(0, await session.Page.Locator(".pagefind-ui__search-input").CountAsync());
    }

    [SearchFact]
    public async Task WithJavaScriptPagefindsFormReplacesThePlainOne()
    {
        await using var session = await OpenSearchAsync(EnglishSearch);

        Assert.False(await session.Page.Locator("form.search-fallback").IsVisibleAsync());
        Assert.Equal("en", await session.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Empty(session.Problems);
    }

    [SearchFact(NeedsAxe = true)]
    public async Task SearchPagesHaveNoSeriousAccessibilityViolationAtPhoneOrDesktopWidth()
    {
        foreach (var (path, word) in new[] { (FrenchSearch, "président"), (EnglishSearch, "president") })
        {
            foreach (var width in new[] { 375, 1280 })
            {
                await using var session = await OpenSearchAsync(path, width, bypassCsp: true);
                await SearchAsync(session, word);

                var violations = await session.AxeViolationsAsync();

                Assert.True(violations.Count == 0, $"{path} at {width} px:\n{string.Join('\n', violations)}");
            }
        }
    }

    /// <summary>docs/performance.md: what a reader downloads for the search page and one query.</summary>
    [SearchFact]
    public async Task OneQueryDownloadsOnlyPartOfTheIndex()
    {
        await using var session = await OpenSearchAsync(FrenchSearch);
        var beforeQuery = session.Requests.Count;

        await SearchAsync(session, "président");

        var page = BytesOf(session.Requests.Take(beforeQuery));
        var query = BytesOf(session.Requests.Skip(beforeQuery));
        var index = Directory.EnumerateFiles(Path.Combine(site.Output, "pagefind"), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        output.WriteLine($"search page and Pagefind's UI: {page} bytes; one query: {query} bytes; the whole pagefind/ folder: {index} bytes");
        Assert.Contains(session.Requests, url => url.Contains("/pagefind/fragment/", StringComparison.Ordinal));
        Assert.True(page + query < index, "a query downloaded the whole index");
    }

    [SearchFact]
    public async Task AHeadlineWithAScriptTagInItIsFoundAsTextAndNeverRun()
    {
        using var hostile = new TestSite(TestSite.BilingualConfig + "\nsearch: true\n");
        hostile.Article("articles/2021/piege.fr.md", "Le <script>window.pwned = true</script> ornithorynque", "2021-06-16T18:00:00+02:00", body: "Un ornithorynque à la une.\n");
        var result = new SiteBuilder(TextWriter.Null).Build(new BuildOptions
        {
            InputDirectory = hostile.Input,
            ThemeDirectory = hostile.Theme,
            OutputDirectory = hostile.Output,
            Pagefind = TestTools.PagefindPath,
            RequireSearch = true,
            Now = SampleSite.Now,
        });
        Assert.Equal(BuildOutcome.Success, result.Outcome);
        using var server = new StaticFileServer(hostile.Output);
        await using var session = await site.OpenAsync(server: server);
        await session.GotoAsync(FrenchSearch);
        await session.Page.Locator(".pagefind-ui__search-input").WaitForAsync();

        await SearchAsync(session, "ornithorynque");

        var title = await session.Page.Locator(".pagefind-ui__result-title").First.TextContentAsync();
        Assert.Contains("<script>window.pwned = true</script>", title, StringComparison.Ordinal);
        Assert.Equal(0, await session.Page.Locator(".pagefind-ui__results script").CountAsync());
        Assert.False(await session.EvaluateAsync<bool>("() => window.pwned === true"));
        Assert.Empty(session.Problems);
    }

    private void RequireIndex()
    {
        TestTools.Require(TestTools.HasPagefind, TestTools.PagefindPath);
        Assert.True(File.Exists(Path.Combine(site.Output, "pagefind", "pagefind-ui.js")), "the sample site was built without its search index");
    }

    /// <param name="bypassCsp">For axe-core, which is injected as an inline script.</param>
    private async Task<PageSession> OpenSearchAsync(string path, int width = 1280, bool bypassCsp = false)
    {
        RequireIndex();
        var session = await site.OpenAsync(width, 900, bypassCsp);
        await session.GotoAsync(path);
        await session.Page.Locator(".pagefind-ui__search-input").WaitForAsync();
        return session;
    }

    /// <summary>Types <paramref name="words"/> into Pagefind's UI and returns the paths of the results it shows once they are loaded.</summary>
    private static async Task<IReadOnlyList<string>> SearchAsync(PageSession session, string words)
    {
        await session.Page.Locator(".pagefind-ui__search-input").FillAsync(words);
        // Pagefind first says it is searching ("Searching for …..."), then how many results it found ("3 results for …").
        await session.Page.WaitForFunctionAsync("w => { const m = document.querySelector('.pagefind-ui__message'); return m && m.textContent.includes(w) && !/(\\.\\.\\.|…)\\s*$/.test(m.textContent); }", words);
        var count = await ResultCountAsync(session);
        await session.Page.WaitForFunctionAsync("n => document.querySelectorAll('.pagefind-ui__result-link').length >= n", Math.Min(count, 5));
        var links = await session.Page.Locator(".pagefind-ui__result-link").EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
        return links;
    }

    /// <summary>The number of results Pagefind's message announces ("3 résultats pour …", "Un résultat pour …").</summary>
    private static async Task<int> ResultCountAsync(PageSession session)
    {
        var message = await session.Page.Locator(".pagefind-ui__message").TextContentAsync() ?? string.Empty;
        var number = FirstNumber().Match(message);
        return !number.Success ? 0 : number.Value == "Un" ? 1 : int.Parse(number.Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private long BytesOf(IEnumerable<string> urls) => urls
        .Select(url => Path.Combine(site.Output, Uri.UnescapeDataString(new Uri(url).AbsolutePath).TrimStart('/')))
        .Select(file => Directory.Exists(file) ? Path.Combine(file, "index.html") : file)
        .Where(File.Exists)
        .Sum(file => new FileInfo(file).Length);

    [GeneratedRegex(@"^\s*(\d+|Un\b)")]
    private static partial Regex FirstNumber();
}
