using Site.TestSupport.Tooling;

namespace Site.EndToEnd.Tests.Browser;

/// <summary>
/// A browser test of the search pages: skipped, with the reason, where Chromium or Pagefind (<c>npm ci</c> at the
/// repository root) is missing outside CI; run, and failing without them, in CI.
/// </summary>
public sealed class SearchFactAttribute : FactAttribute
{
    public SearchFactAttribute() => Skip = TestTools.BrowserSkipReason ?? TestTools.PagefindSkipReason;

    /// <summary>The test injects axe-core into the pages.</summary>
    public bool NeedsAxe
    {
        get => Skip == Tools.AxeSkipReason;
        set => Skip = value ? Tools.AxeSkipReason ?? TestTools.PagefindSkipReason : TestTools.BrowserSkipReason ?? TestTools.PagefindSkipReason;
    }
}
