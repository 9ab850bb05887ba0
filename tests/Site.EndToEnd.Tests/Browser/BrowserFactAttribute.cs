namespace Site.EndToEnd.Tests.Browser;

/// <summary>A test that drives Chromium: skipped, with the reason, where Chromium is missing outside CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Tools.BrowserSkipReason;
}
