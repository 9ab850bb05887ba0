using Site.TestSupport.Tooling;

namespace Site.EndToEnd.Tests.Browser;

/// <summary>A table of tests that drive Chromium: skipped, with the reason, where Chromium (or axe-core) is missing outside CI.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = TestTools.BrowserSkipReason;

    /// <summary>The tests inject axe-core into the pages.</summary>
    public bool NeedsAxe
    {
        get => Skip == Tools.AxeSkipReason;
        set => Skip = value ? Tools.AxeSkipReason : TestTools.BrowserSkipReason;
    }
}
