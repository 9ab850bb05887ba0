using Site.Checks;

namespace Site.Build;

/// <summary>
/// Scans a small page and a small feed once, on the core that is idle while a build starts. Tiered compilation is off
/// (Site.Cli.csproj): each method is compiled once, fully optimized, at its first call, and the scanner's (AngleSharp's
/// tokenizer, the collectors) were compiled by the first writer that scanned a page while the other waited for the
/// same methods. Nothing of this scan is kept.
/// </summary>
internal static class ScannerWarmUp
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>A page &amp; its title</title>
        <meta name="description" content="What the page says.">
        <link rel="canonical" href="https://example.org/en/a/">
        <link rel="alternate" hreflang="fr" href="https://example.org/fr/a/">
        <link rel="alternate" type="application/atom+xml" title="Feed" href="/en/feed.xml">
        <link rel="preconnect" href="https://example.net">
        <link rel="stylesheet" href="/assets/site.css">
        <meta property="og:image" content="https://example.org/media/a.jpg">
        <meta name="twitter:image" content="https://example.org/media/a.jpg">
        <script src="/assets/site.js" defer></script>
        </head>
        <body id="top">
        <header><nav><a href="/en/">Home</a> <a href="../b/#part" class="x">B</a></nav></header>
        <main><article><h1 id="title">Title</h1>
        <picture><source type="image/webp" srcset="/media/a-480.webp 480w, /media/a-960.webp 960w"><img src="/media/a.jpg" alt="A" width="10" height="5" srcset="/media/a-480.webp 480w"></picture>
        <p>Text with <em>a</em> <a href="https://example.net/x?y=1&amp;z=2">link</a>.<br></p>
        <ul><li><a name="n" href="/en/tags/t/">T</a></li></ul>
        <table><tr><td>1</td></tr></table>
        <figure><img src="/media/b.png" alt=""><figcaption>B</figcaption></figure>
        <time datetime="2020-01-01T00:00:00+01:00">1 January 2020</time>
        <iframe src="https://www.youtube-nocookie.com/embed/x" title="Video"></iframe>
        </article></main>
        <footer><a href="/en/feed.xml">Feed</a></footer>
        </body>
        </html>
        """;

    private const string Feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
        <title>Feed</title><link href="https://example.org/en/" /><link rel="self" href="https://example.org/en/feed.xml" />
        <entry><title>A</title><link href="https://example.org/en/a/" /><id>https://example.org/en/a/</id>
        <content type="html">&lt;p&gt;A&lt;/p&gt;</content></entry>
        </feed>
        """;

    public static void Run()
    {
        PageScanner.Scan("warm-up/index.html", Page);
        PageScanner.Scan("warm-up/feed.xml", Feed);
    }
}
