namespace Site.Checks.Tests.Support;

/// <summary>
/// A small bilingual output folder that is right in every relation the checks judge: homes, a translated article and
/// its print page, a French-only article, a paginated home, the root and an alias (meta-refresh redirects, noindex),
/// the 404, the search pages and /admin/ (noindex), sitemap.xml, news-sitemap.xml and an Atom feed. "{B}" stands for
/// the base URL, so that the same site can be served at https://example.com/ or at https://example.com/repo/.
/// </summary>
internal static class RelationSite
{
    public const string Base = "{B}";

    public static IReadOnlyDictionary<string, string> Files() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["index.html"] = Page("fr", "Le Journal", null, Noindex + Refresh("fr/") + Canonical("fr/")),
        ["404.html"] = Page("fr", "Introuvable", null, Noindex),
        ["fr/index.html"] = Page("fr", "Le Journal", "Un journal", OpenGraph("website") + Canonical("fr/") + Alternates("fr/", "en/")),
        ["fr/page/2/index.html"] = Page("fr", "Le Journal – Page 2", "Un journal – Page 2", Canonical("fr/page/2/")),
        ["en/index.html"] = Page("en", "The Paper", "A paper", OpenGraph("website") + Canonical("en/") + Alternates("fr/", "en/")),
        ["fr/2021/09/x/index.html"] = Page("fr", "Sommet – Le Journal", "Le sommet a eu lieu.", OpenGraph("article") + Canonical("fr/2021/09/x/") + Alternates("fr/2021/09/x/", "en/2021/09/x/")),
        ["en/2021/09/x/index.html"] = Page("en", "Summit – The Paper", "The summit took place.", OpenGraph("article") + Canonical("en/2021/09/x/") + Alternates("fr/2021/09/x/", "en/2021/09/x/")),
        ["fr/2021/09/x/print/index.html"] = Page("fr", "Sommet – Le Journal", "Le sommet a eu lieu.", Noindex + Canonical("fr/2021/09/x/")),
        ["fr/2021/10/seul/index.html"] = Page("fr", "Seul – Le Journal", "Un article en français.", OpenGraph("article") + Canonical("fr/2021/10/seul/")),
        ["fr/alias/index.html"] = Page("fr", "Redirection", null, Noindex + Refresh("fr/2021/09/x/") + Canonical("fr/2021/09/x/")),
        ["fr/recherche/index.html"] = Page("fr", "Recherche – Le Journal", null, Noindex + Canonical("fr/recherche/") + Alternates("fr/recherche/", "en/search/")),
        ["en/search/index.html"] = Page("en", "Search – The Paper", null, Noindex + Canonical("en/search/") + Alternates("fr/recherche/", "en/search/")),
        ["admin/index.html"] = Page("en", "Admin", null, Noindex),
        ["sitemap.xml"] = Sitemap(
            Url("fr/", "fr/", "en/"),
            Url("en/", "fr/", "en/"),
            Url("fr/page/2/"),
            Url("fr/2021/09/x/", "fr/2021/09/x/", "en/2021/09/x/"),
            Url("en/2021/09/x/", "fr/2021/09/x/", "en/2021/09/x/"),
            Url("fr/2021/10/seul/")),
        ["news-sitemap.xml"] = NewsSitemap("fr/2021/09/x/"),
        ["fr/feed.xml"] = Feed("fr/2021/09/x/", "fr/2021/10/seul/"),
    };

    /// <summary>Writes the files into a folder, the base URL in place of "{B}".</summary>
    public static void WriteTo(string folder, IReadOnlyDictionary<string, string> files, Uri baseUrl)
    {
        foreach ((string relativePath, string content) in files)
        {
            string path = Path.Combine(folder, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content.Replace(Base, baseUrl.AbsoluteUri, StringComparison.Ordinal));
        }
    }

    public static string Page(string language, string title, string? description, string head) =>
        $"<!doctype html>\n<html lang=\"{language}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n"
        + (description is null ? "" : $"<meta name=\"description\" content=\"{description}\">\n")
        + head + "</head>\n<body>\n<main id=\"content\">Texte</main>\n</body>\n</html>\n";

    public static string Sitemap(params string[] urls) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        + string.Concat(urls) + "</urlset>\n";

    private const string Noindex = "<meta name=\"robots\" content=\"noindex\">\n";

    private static string Refresh(string path) => $"<meta http-equiv=\"refresh\" content=\"0; url={Base}{path}\">\n";

    private static string Canonical(string path) => $"<link rel=\"canonical\" href=\"{Base}{path}\">\n";

    private static string OpenGraph(string type) => $"<meta property=\"og:type\" content=\"{type}\">\n";

    private static string Alternates(string french, string english) =>
        $"<link rel=\"alternate\" hreflang=\"fr\" href=\"{Base}{french}\">\n"
        + $"<link rel=\"alternate\" hreflang=\"en\" href=\"{Base}{english}\">\n"
        + $"<link rel=\"alternate\" hreflang=\"x-default\" href=\"{Base}{french}\">\n";

    private static string Url(string path, string? french = null, string? english = null) =>
        $"  <url>\n    <loc>{Base}{path}</loc>\n"
        + (french is null || english is null
            ? ""
            : $"    <xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"{Base}{french}\" />\n"
              + $"    <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"{Base}{english}\" />\n"
              + $"    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{Base}{french}\" />\n")
        + "  </url>\n";

    private static string NewsSitemap(string path) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n"
        + $"  <url>\n    <loc>{Base}{path}</loc>\n    <news:news><news:title>Sommet</news:title></news:news>\n  </url>\n</urlset>\n";

    private static string Feed(params string[] paths) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        + $"  <title>Le Journal</title>\n  <link rel=\"self\" href=\"{Base}fr/feed.xml\" />\n  <link href=\"{Base}fr/\" />\n"
        + string.Concat(paths.Select(path => $"  <entry>\n    <title>{path}</title>\n    <link rel=\"alternate\" href=\"{Base}{path}\" />\n  </entry>\n"))
        + "</feed>\n";
}
