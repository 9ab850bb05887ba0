using Site.Core.Files;
using Site.Core.Model;

namespace Site.Content.Loading;

/// <summary>An article or page file, relative to the input folder with '/' (<c>articles/2021/sommet.fr.md</c>).</summary>
public sealed record ContentSource(string Path, ContentKind Kind)
{
    public static readonly IComparer<ContentSource> ByPath = Comparer<ContentSource>.Create((a, b) => string.CompareOrdinal(a.Path, b.Path));

    /// <summary>The kind of content a path holds, or null when it is not a Markdown file of a content folder.</summary>
    public static ContentKind? KindOf(string path) =>
        !path.EndsWith(".md", StringComparison.Ordinal) ? null
        : path.StartsWith(InputLayout.Articles + "/", StringComparison.Ordinal) ? ContentKind.Article
        : path.StartsWith(InputLayout.Pages + "/", StringComparison.Ordinal) ? ContentKind.Page
        : null;

    /// <summary>Whether a path is a content folder, or anything inside one.</summary>
    public static bool IsUnderContentFolder(string path) =>
        path is InputLayout.Articles or InputLayout.Pages
        || path.StartsWith(InputLayout.Articles + "/", StringComparison.Ordinal)
        || path.StartsWith(InputLayout.Pages + "/", StringComparison.Ordinal);
}
