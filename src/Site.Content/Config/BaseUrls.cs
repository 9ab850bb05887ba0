namespace Site.Content.Config;

/// <summary>Normalizes a base URL so that its path always ends with a slash.</summary>
public static class BaseUrls
{
    public static Uri Normalize(Uri uri) =>
        uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
}
