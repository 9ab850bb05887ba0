namespace Site.Core.Urls;

/// <summary>The site's URL scheme, as paths relative to the site root (no leading slash; folders end with a slash).</summary>
public static class SitePaths
{
    public static string Home(string language) => $"{language}/";

    public static string Article(string language, DateTimeOffset date, string slug) =>
        $"{language}/{date.Year:D4}/{date.Month:D2}/{slug}/";

    public static string Print(string articlePath) => articlePath + "print/";

    public static string Page(string language, string slug) => $"{language}/{slug}/";

    public static string Categories(string language) => $"{language}/categories/";

    public static string Category(string language, string slug) => $"{language}/categories/{slug}/";

    public static string Tags(string language) => $"{language}/tags/";

    public static string Tag(string language, string slug) => $"{language}/tags/{slug}/";

    public static string Author(string language, string key) => $"{language}/authors/{key}/";

    public static string Feed(string folder) => folder + "feed.xml";

    /// <summary>The list of a language's years (<c>fr/archives/</c>).</summary>
    public static string Archives(string language) => $"{language}/archives/";

    /// <summary>The months of a year (<c>fr/2021/</c>): what a reader finds by trimming an article's URL.</summary>
    public static string ArchiveYear(string language, int year) => $"{language}/{year:D4}/";

    /// <summary>The articles of a month (<c>fr/2021/09/</c>).</summary>
    public static string ArchiveMonth(string language, int year, int month) => $"{language}/{year:D4}/{month:D2}/";

    /// <summary>A language's search page; its segment comes from the theme (<c>recherche</c>, <c>search</c>).</summary>
    public static string Search(string language, string segment) => $"{language}/{segment}/";

    /// <summary>The folder Pagefind writes its index and UI into, at the site root.</summary>
    public const string SearchBundle = "pagefind/";

    public static string NotFound(string language) => $"{language}/404.html";

    /// <summary>Page <paramref name="number"/> of a listing whose first page is <paramref name="first"/>; page 1 is the listing itself.</summary>
    public static string Paginated(string first, int number) => number <= 1 ? first : $"{first}page/{number}/";

    /// <summary>The file a path is written to: a folder means its <c>index.html</c>.</summary>
    public static string FileOf(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
}
