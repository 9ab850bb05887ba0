namespace Site.Build.Plan;

/// <summary>What each <see cref="PageKind"/> means for the sitemap and the build summary.</summary>
internal static class PageKinds
{
    /// <summary>
    /// Whether search engines should index pages of this kind. Print pages, 404 pages and the root, which only
    /// redirects, are left out, as are files that are not pages.
    /// </summary>
    public static bool IsIndexed(this PageKind kind) =>
        kind is PageKind.Article or PageKind.Page or PageKind.Home or PageKind.Category or PageKind.Tag or PageKind.TagIndex or PageKind.Author
            or PageKind.Archive or PageKind.ArchiveIndex;

    /// <summary>The name the build summary counts the kind under (copied files are counted together).</summary>
    public static string Label(this PageKind kind) => kind switch
    {
        PageKind.TagIndex => "tag index",
        PageKind.ArchiveIndex => "archive index",
        PageKind.RedirectList => "redirect list",
        PageKind.NotFound => "404",
        PageKind.Media or PageKind.Asset => "file",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
