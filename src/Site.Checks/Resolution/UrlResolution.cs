namespace Site.Checks.Resolution;

internal enum UrlResolutionKind
{
    Web,
    OtherScheme,
    Malformed,
}

/// <summary>The outcome of resolving a reference: an http(s) URL, another scheme, or nothing usable.</summary>
internal readonly record struct UrlResolution(UrlResolutionKind Kind, WebUrl? Url)
{
    public static UrlResolution Malformed => new(UrlResolutionKind.Malformed, null);
}
