namespace Site.TestSupport.Tooling;

/// <summary>A test that drives Chromium: skipped, with the reason, where Chromium is missing outside CI; run (and failing) in CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = TestTools.BrowserSkipReason;
}
