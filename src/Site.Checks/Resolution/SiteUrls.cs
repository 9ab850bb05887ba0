namespace Site.Checks.Resolution;

/// <summary>Where the site is served (baseUrl) and, from that, where each reference of a page points.</summary>
internal sealed class SiteUrls
{
    private readonly WebUrl root;
    private readonly string alternateHost;

    public SiteUrls(Uri baseUrl)
    {
        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"The base URL must be an absolute http(s) URL: {baseUrl}", nameof(baseUrl));
        }

        string path = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath : baseUrl.AbsolutePath + "/";
        root = new WebUrl(baseUrl.Scheme, baseUrl.Host.ToLowerInvariant(), baseUrl.Authority, path, null, null);
        alternateHost = baseUrl.IdnHost;
        BasePath = PercentDecoding.Decode(path);
    }

    /// <summary>The decoded path the output folder is served at, ending with a slash ("/" or "/repo/").</summary>
    public string BasePath { get; }

    /// <summary>The URL relative references of a page resolve against: its own, or its base href's.</summary>
    public WebUrl DocumentBase(string pagePath, string? baseHref)
    {
        string encoded = string.Join('/', pagePath.Split('/').Select(Uri.EscapeDataString));
        WebUrl page = root with { Path = root.Path + encoded };
        if (baseHref is null)
        {
            return page;
        }

        UrlResolution resolved = UrlResolver.Resolve(page, baseHref);
        return resolved.Url is { } url ? url with { Query = null, Fragment = null } : page;
    }

    public ReferenceTarget Classify(WebUrl documentBase, PageReference reference)
    {
        if (string.IsNullOrWhiteSpace(reference.Value) && !MayBeEmpty(reference))
        {
            return new ReferenceTarget(TargetKind.Empty);
        }

        UrlResolution resolution = UrlResolver.Resolve(documentBase, reference.Value);
        if (resolution.Kind == UrlResolutionKind.OtherScheme)
        {
            // mailto:, tel:, data:, javascript:, and also ftp: and the like, which nothing here can fetch.
            return new ReferenceTarget(TargetKind.Ignored);
        }

        if (resolution.Url is not { } url)
        {
            return new ReferenceTarget(TargetKind.Malformed);
        }

        if (!IsSiteHost(url.Host))
        {
            return new ReferenceTarget(TargetKind.External, url.WithoutFragment, url.Fragment);
        }

        string path = PercentDecoding.Decode(url.Path);
        if (path + "/" == BasePath)
        {
            return new ReferenceTarget(TargetKind.Internal, "", url.Fragment);
        }

        return path.StartsWith(BasePath, StringComparison.Ordinal)
            ? new ReferenceTarget(TargetKind.Internal, path[BasePath.Length..], url.Fragment)
            : new ReferenceTarget(TargetKind.OutsideBase, path, url.Fragment);
    }

    // An empty href is the page itself, a harmless link; an empty src or poster loads nothing.
    private static bool MayBeEmpty(PageReference reference) => reference.Element is "a" or "area" or "iframe";

    private bool IsSiteHost(string host) =>
        host.Equals(root.Host, StringComparison.OrdinalIgnoreCase)
        || host.Equals(alternateHost, StringComparison.OrdinalIgnoreCase);
}
