using System.Security.Cryptography;
using Site.Rendering.Pages;

namespace Site.Build.Pipelines;

/// <summary>
/// The theme's asset files and where they go: stylesheets and scripts get a content hash in their name
/// (<c>assets/site.3f2a9c01be.css</c>) so that hosts can cache them for a year; other files keep their names.
/// </summary>
internal sealed record ThemeAssets(IReadOnlyList<(string Source, string Destination)> Files, AssetUrls Urls)
{
    public static ThemeAssets Plan(string themeDirectory)
    {
        var folder = Path.Combine(themeDirectory, "assets");
        var files = new List<(string, string)>();
        if (Directory.Exists(folder))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
                files.Add((path, "assets/" + (IsFingerprinted(relative) ? Fingerprint(path, relative) : relative)));
            }
        }

        string Find(string name) => files.FirstOrDefault(f => f.Item1.EndsWith(Path.DirectorySeparatorChar + name, StringComparison.Ordinal)).Item2 ?? "assets/" + name;
        return new ThemeAssets(files, new AssetUrls(Find("site.css"), Find("print.css")));
    }

    private static bool IsFingerprinted(string relative) => relative.EndsWith(".css", StringComparison.Ordinal) || relative.EndsWith(".js", StringComparison.Ordinal);

    private static string Fingerprint(string path, string relative)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..10];
        var extension = Path.GetExtension(relative);
        return relative[..^extension.Length] + "." + hash + extension;
    }
}
