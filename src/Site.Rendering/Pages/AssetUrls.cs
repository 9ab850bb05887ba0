namespace Site.Rendering.Pages;

/// <summary>The site paths of the theme's stylesheets and scripts, fingerprinted by the build.</summary>
/// <param name="PrintScript">The print page's script (its print button), when the theme has one.</param>
public sealed record AssetUrls(string Stylesheet, string PrintStylesheet, string? PrintScript = null)
{
    /// <summary>The site's icon (<c>favicon.svg</c>), when the theme has one.</summary>
    public string? Favicon { get; init; }

    /// <summary>The script that starts Pagefind's UI on the search pages (<c>search.js</c>).</summary>
    public string? SearchScript { get; init; }
}
