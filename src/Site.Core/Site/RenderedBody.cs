namespace Site.Core.Site;

/// <summary>An article body rendered to HTML: for the web page, for the print page, and its summary as plain text.</summary>
public sealed record RenderedBody(string Html, string PrintHtml, string Summary)
{
    /// <summary>
    /// The site paths (<c>/media/…/x.jpg</c>) of the local pictures the body shows through responsive variants, so that
    /// the build makes those variants even when the body came from the cache.
    /// </summary>
    public IReadOnlyList<string> Pictures { get; init; } = [];
}
