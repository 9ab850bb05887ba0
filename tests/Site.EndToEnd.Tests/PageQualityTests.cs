using Site.EndToEnd.Tests.Browser;
using Site.TestSupport.Tooling;

namespace Site.EndToEnd.Tests;

/// <summary>The main pages as a reader on a phone gets them: no error, nothing wider than the screen, accessible.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class PageQualityTests(SampleSite site)
{
    private const int PhoneWidth = 375;

    [BrowserTheory]
    [MemberData(nameof(SamplePages.Paths), MemberType = typeof(SamplePages))]
    public async Task LoadsWithoutErrorAndFitsAPhoneScreen(string path)
    {
        await using var session = await site.OpenAsync(PhoneWidth, 812);
        if (path == SamplePages.Root)
        {
            await session.HoldStillAsync(path);
        }

        var response = await session.GotoAsync(path);

        Assert.Equal(200, response?.Status);
        Assert.Equal(path, session.CurrentPath);
        Assert.Empty(session.Problems);
        var width = await session.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= PhoneWidth, $"{path} is {width} px wide on a {PhoneWidth} px screen: {await WidestElementsAsync(session)}");
    }

    [BrowserTheory(NeedsAxe = true)]
    [MemberData(nameof(SamplePages.Paths), MemberType = typeof(SamplePages))]
    public Task HasNoSeriousOrCriticalAccessibilityViolation(string path) => HasNoAxeViolationAsync(path, PhoneWidth, 812);

    [BrowserTheory(NeedsAxe = true)]
    [MemberData(nameof(SamplePages.Paths), MemberType = typeof(SamplePages))]
    public Task HasNoSeriousOrCriticalAccessibilityViolationOnADesktopScreen(string path) => HasNoAxeViolationAsync(path, 1280, 900);

    private async Task HasNoAxeViolationAsync(string path, int width, int height)
    {
        // axe is injected by Playwright: the pages' policy (script-src 'self') is bypassed for this test only.
        await using var session = await site.OpenAsync(width, height, bypassCsp: true);
        if (path == SamplePages.Root)
        {
            await session.HoldStillAsync(path);
        }

        await session.GotoAsync(path);

        var violations = await session.AxeViolationsAsync();
        Assert.True(violations.Count == 0, $"{path}:\n" + string.Join('\n', violations));
    }

    [BrowserFact]
    public async Task EveryPageOfTheSiteLoadsWithoutErrorAndFitsAPhoneScreen()
    {
        // The web editor (/admin/) is Decap's own page, tested by EditorTests.
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith("/admin/", StringComparison.Ordinal))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .ToList();
        await using var session = await site.OpenAsync(PhoneWidth, 812);
        await session.HoldStillAsync(SamplePages.Root);

        // Pages left at old addresses (aliases) redirect at once, to the absolute URL of the article.
        foreach (var alias in pages.Where(p => p != SamplePages.Root && File.ReadAllText(Path.Combine(site.Output, p.TrimStart('/'), p.EndsWith('/') ? "index.html" : "")).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal)))
        {
            await session.HoldStillAsync(alias);
        }
        var failures = new List<string>();

        foreach (var path in pages)
        {
            var before = session.Problems.Count;
            await session.GotoAsync(path);
            var width = await session.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > PhoneWidth)
            {
                failures.Add($"{path}: {width} px wide: {await WidestElementsAsync(session)}");
            }

            failures.AddRange(session.Problems.Skip(before).Select(p => $"{path}: {p}"));
        }

        Assert.True(pages.Count > 100, $"only {pages.Count} pages");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static Task<string> WidestElementsAsync(PageSession session) =>
        session.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
              .slice(0, 5)
              .map(e => `${e.tagName.toLowerCase()}${e.className ? '.' + e.className : ''} (right ${Math.round(e.getBoundingClientRect().right)})`)
              .join(', ')
            """);
}
