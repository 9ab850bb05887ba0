namespace Site.Core.Urls;

/// <summary>Makes the URLs the site emits from site paths, under the path and host of <c>baseUrl</c>.</summary>
public sealed class UrlBuilder
{
    private readonly string _origin;

    public UrlBuilder(Uri baseUrl)
    {
        BaseUrl = baseUrl;
        _origin = baseUrl.GetLeftPart(UriPartial.Authority);
        var path = baseUrl.AbsolutePath;
        BasePath = path.EndsWith('/') ? path : path + "/";
    }

    public Uri BaseUrl { get; }

    /// <summary>The path the site is served under: <c>/</c>, or <c>/repo/</c> on a project's GitHub Pages.</summary>
    public string BasePath { get; }

    /// <summary>A root-relative URL, <c>/repo/fr/</c> for <c>fr/</c>.</summary>
    public string Path(string sitePath) => BasePath + sitePath.TrimStart('/');

    public string Absolute(string sitePath) => _origin + Path(sitePath);

    /// <summary>
    /// Moves a root-relative URL written by an author (<c>/media/x.jpg</c>) under the base path. One already under it
    /// stays: <c>/repo/x</c>, or <c>/repo</c> itself, but not <c>/repository/x</c>, whose first segment only starts
    /// like it.
    /// </summary>
    public string Rebase(string rootRelative) =>
        BasePath != "/" && IsUnderBasePath(rootRelative) ? rootRelative : Path(rootRelative);

    private bool IsUnderBasePath(string rootRelative)
    {
        if (rootRelative.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return true;
        }

        // The base path without its last slash, followed by nothing, a query or a fragment.
        var bare = BasePath.Length - 1;
        return rootRelative.AsSpan().StartsWith(BasePath.AsSpan(0, bare), StringComparison.Ordinal)
            && (rootRelative.Length == bare || rootRelative[bare] is '?' or '#');
    }
}
