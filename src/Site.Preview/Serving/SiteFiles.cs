namespace Site.Preview.Serving;

/// <summary>Finds the file a request asks for under the site folder: a folder means its <c>index.html</c>.</summary>
public sealed class SiteFiles(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <returns>The full path of an existing file under the root, or null.</returns>
    public string? Find(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(Root, relative));
        if (!path.StartsWith(Root, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "index.html");
        }

        return File.Exists(path) ? path : null;
    }

    /// <summary>The not-found page of the language the path is in (<c>/fr/…</c> → <c>fr/404.html</c>), else <c>404.html</c>.</summary>
    public string? NotFoundPage(string relative)
    {
        var slash = relative.IndexOf('/');
        var language = slash > 0 ? relative[..slash] : relative;
        return (language.Length > 0 ? Find(language + "/404.html") : null) ?? Find("404.html");
    }
}
