using System.Security.Cryptography;

using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Rendering.Pages;

namespace Site.Build.Plan;

/// <summary>
/// The theme's asset files and where they go: stylesheets and scripts get a content hash in their name
/// (<c>assets/site.3f2a9c01be.css</c>) so that hosts can cache them for a year; other files keep their names.
/// </summary>
internal sealed record ThemeAssets(IReadOnlyList<(string Source, string Destination)> Files, AssetUrls Urls)
{
    private const string FaviconName = "favicon.svg";

    public static ThemeAssets Plan(string themeDirectory, DiagnosticBag diagnostics)
    {
        var tree = SourceTree.Theme(themeDirectory);
        var files = new List<(string, string)>();
        foreach (var relative in tree.Files(ThemeLayout.Assets, diagnostics))
        {
            var name = relative[(ThemeLayout.Assets.Length + 1)..];
            var hashed = IsFingerprinted(name) ? Fingerprint(tree, relative, name, diagnostics) : name;
            files.Add((tree.FullPath(relative), ThemeLayout.Assets + "/" + hashed));
        }

        string? Found(string name) => files.FirstOrDefault(f => f.Item1.EndsWith(Path.DirectorySeparatorChar + name, StringComparison.Ordinal)).Item2;
        string Find(string name) => Found(name) ?? ThemeLayout.Assets + "/" + name;
        var favicon = files.Any(f => f.Item2 == ThemeLayout.Assets + "/" + FaviconName) ? ThemeLayout.Assets + "/" + FaviconName : null;
        return new ThemeAssets(files, new AssetUrls(Find("site.css"), Find("print.css"), Found("print.js")) { Favicon = favicon, SearchScript = Find("search.js") });
    }

    private static bool IsFingerprinted(string relative) => relative.EndsWith(".css", StringComparison.Ordinal) || relative.EndsWith(".js", StringComparison.Ordinal);

    private static string Fingerprint(SourceTree tree, string relative, string name, DiagnosticBag diagnostics)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(tree.ReadBytes(relative, diagnostics) ?? []))[..10];
        var extension = Path.GetExtension(name);
        return name[..^extension.Length] + "." + hash + extension;
    }
}
