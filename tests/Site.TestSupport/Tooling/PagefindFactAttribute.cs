namespace Site.TestSupport.Tooling;

/// <summary>A test that runs Pagefind: skipped, with the reason, where it is not installed outside CI; run (and failing) in CI.</summary>
public sealed class PagefindFactAttribute : FactAttribute
{
    public PagefindFactAttribute() => Skip = TestTools.PagefindSkipReason;
}
