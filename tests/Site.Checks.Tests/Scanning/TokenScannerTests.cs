using Site.Checks.Scanning;
using Site.Checks.Tests.Support;

namespace Site.Checks.Tests.Scanning;

/// <summary>The scan read from the tokenizer alone is the tree parser's, or there is none and the page is parsed.</summary>
public sealed class TokenScannerTests
{
    // Pages whose tags are nested as written: read from their tags, and alike.
    public static TheoryData<string> WellNested => new()
    {
        FixtureSite.Document("<link rel=\"canonical\" href=\"/fr/\"><link rel=\"alternate\" hreflang=\"en\" href=\"/en/\">", "<p>Texte <a href=\"/a\">lien</a></p>"),
        "<!DOCTYPE html><HTML LANG=\"fr\"><HEAD><TITLE>  Le   titre\n de la page </TITLE></HEAD><BODY ID=\"top\"><A HREF=\"/A\">x</A></BODY></HTML>",
        "<svg><a href=\"/svg\" xlink:href=\"/xlink\"><title id=\"t\">Icône</title></a><use href=\"#i\" id=\"u\"/></svg><a href=\"/after\"></a>",
        "<math><mrow id=\"m\"><mi>x</mi></mrow></math><img src=\"/m.png\">",
        "<svg><title>&lt;a href=x&gt;</title><style><a href=\"/in-svg-style\"></a></style></svg>",
        "<svg><![CDATA[<a href=\"/cdata\">]]></svg><a href=\"/out\"></a>",
        "<p><![CDATA[<a href=\"/bogus-comment\">]]></p>",
        "<template id=\"tpl\"><a href=\"/inside-template\" id=\"hidden\"></a><template><img src=\"/nested\"></template></template><a href=\"/after-template\"></a>",
        "<head><template><title>Pas le titre</title><base href=\"/no/\"></template><title>Le titre</title></head>",
        "<picture><source srcset=\"/a.webp 1x, /b.webp 2x\" type=\"image/webp\"><img src=\"/a.jpg\" srcset=\"/a-480.jpg 480w,/a-800.jpg 800w\" alt=\"\"></picture><video><source src=\"/v.webm\"></video>",
        "<meta http-equiv=\"Refresh\" content=\"0; URL='/ailleurs/'\"><meta name=\"robots\" content=\"noindex, follow\"><meta property=\"og:type\" content=\" article \">",
        "<head><base target=\"_top\"><base href=\"/fr/\"><base href=\"/en/\"></head><a href=\"x\"></a>",
        "<a href=\"/x\" href=\"/y\" id=\"one\" id=\"two\"></a><img src=\"/first.png\" src=\"/second.png\">",
        "<a href=\"/tags/?a=1&amp;b=caf&eacute;&copy\" title=\"&quot;\">x</a><img alt src=/unquoted.png>",
        "\uFEFF<!doctype html><html lang=\"en\"><title>BOM</title><a href=\"/bom\">x</a>",
        "<p>\r\n\r\n  <a href=\"/crlf\">a</a>\r<img src=\"/cr.png\">\n<img src=\"/lf.png\">",
        "<html lang=\"fr\"><body><p>x</p><html lang=\"en\" id=\"later-html\"><body id=\"later-body\">",
        "<body id=\"first\"><p></p><body id=\"second\">",
        "<body><p></p><body id=\"added\">",
        "<p>Un</p><html lang=\"de\"><a href=\"/implied-root\"></a>",
        "<title>Un</title><title>Deux</title><textarea><a href=\"/not-a-tag\"></textarea><script><a href=\"/script\"></script><style>a{}</style>",
        "<noscript><img src=\"/noscript.png\" alt=\"\"></noscript><iframe src=\"/frame/\"><a href=\"/raw\"></iframe><xmp><a href=\"/xmp\"></xmp>",
        "<head><noscript><link rel=\"stylesheet\" href=\"/n.css\"></noscript></head><body></body>",
        "<table><thead><tr><th id=\"h\">x</th></tr></thead><tbody><tr><td><a href=\"/cell\">x</a></td></tr></tbody></table>",
        "<table><tr><td><table><caption><a href=\"/caption\"></a></caption><colgroup><col></colgroup></table></td></tr></table>",
        "<ul><li><a href=\"/1\">1</a><ul><li id=\"deep\">2</li></ul></li><li>3</li></ul><dl><dt>a</dt><dd>b</dd></dl>",
        "<select><option>a</option><optgroup><option>b</option></optgroup></select><a href=\"/after-select\"></a>",
        "<ruby>x<rt>y</rt></ruby><image src=\"/image-tag.png\"><svg><image href=\"/svg-image.png\" id=\"si\"/></svg>",
        "<link rel=\"preconnect\" href=\"https://fonts.example\"><link rel=\"dns-prefetch stylesheet\" href=\"//cdn\"><link rel=\"icon\" href=\"/i.png\">",
        "<area href=\"/area\"><audio src=\"/a.mp3\"></audio><video src=\"/v.mp4\" poster=\"/p.jpg\"></video><script src=\"/s.js\"></script>",
        "<meta property=\"og:image\" content=\"/og.jpg\"><meta name=\"twitter:image\" content=\"/tw.jpg\"><meta name=\"description\" content=\"  Une   description \">",
        "<h2 id=\"Été\">x</h2><a name=\"notes\"></a><p name=\"not-an-anchor\"></p><div id=\"\"></div>",
        "<div/><span/><p>self-closing tags on normal elements stay open</p></span></div>",
        "",
        "<!-- <a href=\"/comment\"> --><?php echo '<a href=\"/pi\">' ?><a href=\"/real\"></a>",
        "<plaintext><a href=\"/plain\">",
        "<p>" + new string('x', 70_000) + "<a href=\"/far\">a</a>",
        "<title>Sans fin",
        "<svg><foreignObject></foreignObject><desc>d</desc></svg>",
        "<form id=\"f\"><button>b</button><input name=\"q\"></form><button id=\"b2\"></button>",
    };

    // Markup the tree builder rearranges: any result is taken from the tree, never a different one.
    public static TheoryData<string> Rearranged => new()
    {
        "<p>Un<div id=\"d\"><a href=\"/in-div\"></a></div>",
        "<a href=\"/one\"><a href=\"/two\">x</a></a>",
        "<p><b><i>x</b>y</i><img src=\"/after-misnest\"></p>",
        "<b><p>x</b><a href=\"/reconstructed\"></a>",
        "<table><a href=\"/fostered\"></a><tr><td>x</td></tr></table>",
        "<table><tr><td>a<td>b</table>",
        "<ul><li>one<li>two</ul><dl><dt>a<dd>b</dl>",
        "<svg><foreignObject><a href=\"/html-in-svg\"></a></foreignObject></svg>",
        "<svg><p><a href=\"/breakout\"></a></p></svg>",
        "<math><mi><a href=\"/mi\"></a></mi></math>",
        "<select><a href=\"/ignored\"></a><img src=\"/ignored.png\"></select>",
        "<template><td id=\"cell\"></td></template><td id=\"stray\"></td>",
        "<form id=\"outer\"><form id=\"inner\"></form></form>",
        "<h1><h2 id=\"nested\">x</h2></h1>",
        "</p><a href=\"/after-stray-end\"></a>",
        "<frameset><frame src=\"/f.html\"></frameset>",
        "<head><head id=\"second-head\"></head>",
        "<body id=\"a\"><div><body id=\"b\"></div>",
        "<html><template><html lang=\"x\"></template>",
        "<p><table><tr><td><a href=\"/t\"></a></td></tr></table></p>",
        "<option>a<option>b",
        "<nobr><nobr id=\"n\"></nobr></nobr>",
        "<button><button id=\"b\"></button></button>",
        "<svg><script>x</script><a href=\"/after-svg-script\"></a></svg>",
        "<svg><font color=\"red\"><a href=\"/font\"></a></font></svg>",
        string.Concat(Enumerable.Repeat("<div>", 600)) + "<a href=\"/deep\"></a>",
    };

    [Theory]
    [MemberData(nameof(WellNested))]
    public void ReadsWellNestedPagesFromTheirTagsAlone(string html)
    {
        PageScan? tokens = TokenScanner.Scan("index.html", html, new SourceLines(html));

        Assert.NotNull(tokens);
        Assert.Equal(TreeScan(html), ScanDescription.Of(tokens));
    }

    [Theory]
    [MemberData(nameof(WellNested))]
    [MemberData(nameof(Rearranged))]
    public void ScansEveryPageAsTheTreeParserDoes(string html)
    {
        Assert.Equal(TreeScan(html), ScanDescription.Of(PageScanner.Scan("index.html", html)));
    }

    [Fact]
    public void ScansTheFixtureSitesPagesAsTheTreeParserDoes()
    {
        string[] cases = ["a", "area", "link stylesheet", "link icon", "link canonical", "link alternate", "link feed", "link preconnect", "img", "img without alt", "img srcset", "picture source", "video source", "script", "video", "video poster", "audio", "iframe", "og:image", "meta refresh", "twitter:image"];
        foreach (string element in cases)
        {
            foreach ((string path, string html) in FixtureSite.Pages("fr/index.html", CaseMarkup.For(element, "/media/x.jpg#f")))
            {
                PageScan? tokens = TokenScanner.Scan(path, html, new SourceLines(html));

                Assert.NotNull(tokens);
                Assert.Equal(ScanDescription.Of(TreeScanner.Scan(path, html, new SourceLines(html))), ScanDescription.Of(tokens));
            }
        }
    }

    [Fact]
    public void ScansRandomTagSoupAsTheTreeParserDoes()
    {
        // Tags drawn at random, nested or not: the tokenizer's scan, whenever it gives one, is the tree's.
        var random = new Random(20);
        int read = 0;
        for (int page = 0; page < 3000; page++)
        {
            string html = RandomMarkup.Page(random);
            PageScan? tokens = TokenScanner.Scan("index.html", html, new SourceLines(html));
            if (tokens is not null)
            {
                read++;
                Assert.Equal(TreeScan(html).Prepend(html), ScanDescription.Of(tokens).Prepend(html));
            }
        }

        Assert.InRange(read, 300, 3000);
    }

    private static IReadOnlyList<string> TreeScan(string html) =>
        ScanDescription.Of(TreeScanner.Scan("index.html", html, new SourceLines(html)));
}
