namespace Site.EndToEnd.Tests.Browser;

/// <summary>A test that runs the web editor (Decap CMS) in Chromium: skipped, with the reason, where decap-cms is not installed outside CI.</summary>
public sealed class EditorFactAttribute : FactAttribute
{
    public EditorFactAttribute() => Skip = Tools.DecapSkipReason;
}
