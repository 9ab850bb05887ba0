namespace Site.Rendering.Templates;

/// <summary>
/// How much work one page may ask of a layout. A real layout loops over the articles of a page or the tags of the
/// site, a few thousand items at most; a loop that never ends, or loops inside loops over everything, is an accident
/// that would otherwise hold the build forever.
/// </summary>
internal static class TemplateLimits
{
    /// <summary>Loop iterations in one page, counted by Fluid across every loop of the render.</summary>
    public const int MaximumSteps = 1_000_000;

    /// <summary>Numbers in a range such as <c>(1..n)</c>: Fluid makes the whole list before its loop counts a step.</summary>
    public const int MaximumRangeLength = MaximumSteps;
}
