namespace Site.Rendering.Pages;

/// <summary>The site paths of the theme's stylesheets and scripts, fingerprinted by the build.</summary>
/// <param name="PrintScript">The print page's script (its print button), when the theme has one.</param>
public sealed record AssetUrls(string Stylesheet, string PrintStylesheet, string? PrintScript = null);
