using Site.Core.Diagnostics;
using Site.Core.Files;

namespace Site.Build.Plan;

/// <summary>The rows of the plan copied as they are: the input's media files and the theme's assets.</summary>
internal static class FileRows
{
    /// <summary>Every file of the input's <c>media/</c> folder, to <c>/media/</c> (hidden files and folders left out).</summary>
    public static IEnumerable<PlannedPage> Media(string inputDirectory, DiagnosticBag diagnostics)
    {
        // Published under the same name as the input's folder: /media/… is what authors write.
        var tree = SourceTree.Input(inputDirectory);
        return tree.Files(InputLayout.Media, diagnostics, skipHidden: true)
            .Select(relative => new PlannedPage(PageKind.Media, relative, new FileContent(tree.FullPath(relative))));
    }

    /// <summary>The theme's assets, to <c>/assets/</c> under the names <see cref="ThemeAssets"/> gave them.</summary>
    public static IEnumerable<PlannedPage> Assets(ThemeAssets assets) =>
        assets.Files.Select(f => new PlannedPage(PageKind.Asset, f.Destination, new FileContent(f.Source)));
}
