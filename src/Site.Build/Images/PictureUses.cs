using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Site;

namespace Site.Build.Images;

/// <summary>
/// The pictures the site shows through variants: every entry's lead image and every picture its body names
/// (<see cref="RenderedBody.Pictures"/>), each once, with the first place that uses it (for errors about the file).
/// </summary>
internal static class PictureUses
{
    private const string Prefix = "/media/";

    /// <returns>Site path without query or fragment → where it is first used, in the order of the entries' files.</returns>
    public static IReadOnlyDictionary<string, SourceLocation> Of(IEnumerable<Entry> entries)
    {
        var uses = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var entry in entries.OrderBy(e => e.Article.SourcePath, StringComparer.Ordinal))
        {
            var article = entry.Article;
            if (PathOf(article.Image) is { } lead)
            {
                uses.TryAdd(lead, article.LocationOf(FrontMatterKey.Image));
            }

            foreach (var picture in entry.Body.Pictures)
            {
                // Finding the place reads the article's Markdown back (from the spill file): only for a first use.
                if (PathOf(picture) is { } path && !uses.ContainsKey(path))
                {
                    uses.Add(path, InBody(article, path));
                }
            }
        }

        return uses;
    }

    /// <summary>The site path of a local picture under /media/, without query or fragment; null for anything else.</summary>
    private static string? PathOf(string? url)
    {
        if (url is null || !url.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var cut = url.IndexOfAny(['?', '#']);
        return cut < 0 ? url : url[..cut];
    }

    /// <summary>Where the body first names the picture (its path, else its file name), or the body's first line.</summary>
    private static SourceLocation InBody(Article article, string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var lines = article.Body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(path, StringComparison.Ordinal) is var at and >= 0 ? at : lines[i].IndexOf(name, StringComparison.Ordinal);
            if (column >= 0)
            {
                return new SourceLocation(article.SourcePath, article.BodyLine + i, column + 1);
            }
        }

        return new SourceLocation(article.SourcePath, article.BodyLine, 1);
    }
}
