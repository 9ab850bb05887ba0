namespace Site.Rendering.Pages;

/// <summary>The site paths of the theme's stylesheets, fingerprinted by the build.</summary>
public sealed record AssetUrls(string Stylesheet, string PrintStylesheet)
{
    /// <summary>The site's icon (<c>favicon.svg</c>), when the theme has one.</summary>
    public string? Favicon { get; init; }
}
