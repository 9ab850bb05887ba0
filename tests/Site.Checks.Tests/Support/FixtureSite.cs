namespace Site.Checks.Tests.Support;

/// <summary>A small bilingual output folder; one of its pages can carry the markup of the case under test.</summary>
internal static class FixtureSite
{
    public static readonly Uri BaseUrl = new("https://example.com/");

    public static readonly Uri ProjectBaseUrl = new("https://user.github.io/repo/");

    // Each page's own content: the ids and a[name] that fragments may target.
    private static readonly Dictionary<string, string> PageBodies = new(StringComparer.Ordinal)
    {
        ["index.html"] = "<main id=\"main\">Accueil</main>",
        ["404.html"] = "<h1>Introuvable</h1>",
        ["fr/index.html"] = "<section id=\"une\">À la une</section>",
        ["fr/tags/index.html"] = "<ul id=\"liste\"></ul>\n<a name=\"ancre\"></a>\n<h2 id=\"été\">Été</h2>",
        ["fr/2021/09/x/index.html"] = "<article id=\"Section\">\n<a name=\"notes\"></a>\n<div id=\"commentaires\"></div>\n</article>",
        ["fr/2021/09/x/print/index.html"] = "<article>Imprimer</article>",
        ["en/index.html"] = "<section id=\"featured\">Featured</section>",
        ["with-base/index.html"] = "<p>base /fr/</p>",
        ["external-base/index.html"] = "<p>base on another host</p>",
    };

    private static readonly Dictionary<string, string> PageHeads = new(StringComparer.Ordinal)
    {
        ["with-base/index.html"] = "<base href=\"/fr/\">",
        ["external-base/index.html"] = "<base href=\"https://cdn.example.net/lib/\">",
    };

    private static readonly string[] OtherFiles =
    [
        "fr/feed.xml",
        "robots.txt",
        "media/photo.jpg",
        "media/café.jpg",
        "media/a b.png",
        "media/c+d.png",
        "media/Upper.JPG",
        "media/hero-480.jpg",
        "media/hero-960.jpg",
        "media/hero.webp",
        "media/video.mp4",
        "media/poster.jpg",
        "media/audio.mp3",
        "assets/site.css",
        "assets/site.js",
        "assets/icon.png",
        "docs/manual.pdf",
        "empty/readme.txt",
    ];

    private const string EmptyFeed = "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>\n";

    public static IEnumerable<string> FilePaths => PageBodies.Keys.Concat(OtherFiles);

    /// <summary>Every page's HTML; <paramref name="page"/> also carries <paramref name="markup"/>.</summary>
    public static IReadOnlyDictionary<string, string> Pages(string? page = null, string markup = "")
    {
        if (page is not null && !PageBodies.ContainsKey(page))
        {
            throw new ArgumentException($"The fixture site has no page {page}.", nameof(page));
        }

        return PageBodies.ToDictionary(
            pair => pair.Key,
            pair => Document(PageHeads.GetValueOrDefault(pair.Key, ""), pair.Key == page ? pair.Value + "\n" + markup : pair.Value, pair.Key));
    }

    /// <param name="title">Each page's own, or the pages are duplicate-title warnings.</param>
    public static string Document(string head, string body, string title = "Test") =>
        $"<!doctype html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n";

    /// <summary>Scans every page of the site and checks it the way the build does.</summary>
    public static IReadOnlyList<Finding> Check(Uri baseUrl, string? page = null, string markup = "")
    {
        PageScan[] scans = [.. Pages(page, markup).Select(pair => PageScanner.Scan(pair.Key, pair.Value))];
        return new LinkChecker(new CheckOptions(baseUrl)).CheckInternal(scans, new OutputFileSet(FilePaths));
    }

    /// <summary>Writes the site (pages and other files) into a folder.</summary>
    public static void WriteTo(string folder, IReadOnlyDictionary<string, string> pages)
    {
        foreach (string file in OtherFiles)
        {
            // Pictures hold a picture's first bytes: the check reads them (broken-image, "not an image").
            string path = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, IsPicture(file) ? PngSignature : file.EndsWith(".xml", StringComparison.Ordinal) ? System.Text.Encoding.UTF8.GetBytes(EmptyFeed) : "x"u8.ToArray());
        }

        foreach ((string path, string html) in pages)
        {
            Write(folder, path, html);
        }
    }

    /// <summary>The first bytes of every PNG file.</summary>
    public static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private static bool IsPicture(string file) =>
        Path.GetExtension(file).ToLowerInvariant() is ".jpg" or ".png" or ".webp" or ".avif" or ".gif";

    private static void Write(string folder, string relativePath, string content)
    {
        string path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
