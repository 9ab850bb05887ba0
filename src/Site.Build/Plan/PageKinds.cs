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

    /// <summary>The singular noun the build summary counts the kind under (copied files are counted together).</summary>
    public static string Label(this PageKind kind) => kind switch
    {
        PageKind.Print => "print page",
        PageKind.Page => "stand-alone page",
        PageKind.Home => "home page",
        PageKind.Category => "category page",
        PageKind.Tag => "tag page",
        PageKind.TagIndex => "tag index",
        PageKind.NotFound => "not-found page",
        PageKind.Root => "root page",
        PageKind.Robots => "robots.txt",
        PageKind.Author => "author page",
        PageKind.Archive => "archive page",
        PageKind.ArchiveIndex => "archive index",
        PageKind.Search => "search page",
        PageKind.Redirect => "redirect page",
        PageKind.RedirectList => "redirect list",
        PageKind.Editor => "editor file",
        PageKind.ImageVariant => "image variant",
        PageKind.Media or PageKind.Asset => "copied file",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
