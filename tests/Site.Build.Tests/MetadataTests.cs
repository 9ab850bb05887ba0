using System.Text.Json;
using System.Text.RegularExpressions;

using Site.Content.Media;

namespace Site.Build.Tests;

public sealed partial class MetadataTests
{
    [Fact]
    public void GivesAnArticleOpenGraphTagsAndATwitterCard()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        var head = Head(site.ReadOutput("fr/2021/06/poutine/index.html"));
        var crop = new ImageSizes(Path.Combine(site.Input, "media")).Responsive("/media/geneve.png")!.Social.SitePath;
        string[] expected =
        [
            "<meta property=\"og:title\" content=\"Poutine à Genève\">",
            "<meta property=\"og:type\" content=\"article\">",
            "<meta property=\"og:url\" content=\"https://example.org/fr/2021/06/poutine/\">",
            "<meta property=\"og:description\" content=\"Le sommet a eu lieu.\">",
            "<meta property=\"og:site_name\" content=\"Le Journal\">",
            "<meta property=\"og:locale\" content=\"fr_FR\">",
            "<meta property=\"og:locale:alternate\" content=\"en_GB\">",
            $"<meta property=\"og:image\" content=\"https://example.org{crop}\">",
            "<meta property=\"og:image:width\" content=\"1\">",
            "<meta property=\"og:image:height\" content=\"1\">",
            "<meta property=\"og:image:alt\" content=\"Le lac de Genève\">",
            "<meta property=\"article:published_time\" content=\"2021-06-16T18:00:00+02:00\">",
            "<meta property=\"article:modified_time\" content=\"2021-06-16T18:00:00+02:00\">",
            "<meta property=\"article:section\" content=\"Monde\">",
            "<meta property=\"article:tag\" content=\"Vladimir Poutine\">",
            "<meta property=\"article:tag\" content=\"Russie\">",
            "<meta name=\"twitter:card\" content=\"summary_large_image\">",
            "<meta name=\"twitter:title\" content=\"Poutine à Genève\">",
            "<meta name=\"twitter:description\" content=\"Le sommet a eu lieu.\">",
            $"<meta name=\"twitter:image\" content=\"https://example.org{crop}\">",
        ];
        Assert.All(expected, line => Assert.Contains(line + "\n", head));
    }

    [Fact]
    public void GivesAnArticleANewsArticleJsonLdBlock()
    {
        using var site = Builds.Bilingual();
        site.Article("articles/2021/poutine.fr.md", "Poutine à Genève", "2021-06-16T18:00:00+02:00", body: "Le sommet a eu lieu.\n", extra: "updated: 2021-06-17T08:30:00+02:00\nauthor: Anna K.\ntags: [Vladimir Poutine, Russie]\nimage: /media/geneve.png\nimage_alt: Le lac de Genève\n");

        Builds.Run(site);

        var json = JsonLd(site.ReadOutput("fr/2021/06/poutine/index.html"));
        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", json.GetProperty("@type").GetString());
        Assert.Equal("Poutine à Genève", json.GetProperty("headline").GetString());
        Assert.Equal("Le sommet a eu lieu.", json.GetProperty("description").GetString());
        Assert.Equal("https://example.org" + new ImageSizes(Path.Combine(site.Input, "media")).Responsive("/media/geneve.png")!.Variants[^1].SitePath, json.GetProperty("image").GetString());
        Assert.Equal("2021-06-16T18:00:00+02:00", json.GetProperty("datePublished").GetString());
        Assert.Equal("2021-06-17T08:30:00+02:00", json.GetProperty("dateModified").GetString());
        Assert.Equal("Person", json.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("Anna K.", json.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("Organization", json.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Equal("Le Journal", json.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("fr-FR", json.GetProperty("inLanguage").GetString());
        Assert.Equal("https://example.org/fr/2021/06/poutine/", json.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        Assert.Equal("Monde", json.GetProperty("articleSection").GetString());
        Assert.Equal(["Vladimir Poutine", "Russie"], json.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public void SharesALargePictureThroughItsSocialCropAndDescribesItWithItsWholeTwelveHundredPixelCopy()
    {
        using var site = Builds.Bilingual();
        site.WriteInputBytes("media/geneve.png", PngOfSize(2000, 1500));

        Builds.Run(site);

        var html = site.ReadOutput("fr/2021/06/poutine/index.html");
        var variants = new ImageSizes(Path.Combine(site.Input, "media")).Responsive("/media/geneve.png")!;
        Assert.Contains($"<meta property=\"og:image\" content=\"https://example.org/media/geneve.og.{variants.Hash}.jpg\">\n<meta property=\"og:image:width\" content=\"1200\">\n<meta property=\"og:image:height\" content=\"630\">\n", Head(html));
        Assert.Contains($"<meta name=\"twitter:image\" content=\"https://example.org/media/geneve.og.{variants.Hash}.jpg\">", Head(html));
        Assert.Equal($"https://example.org/media/geneve.1200.{variants.Hash}.webp", JsonLd(html).GetProperty("image").GetString());
    }

    [Fact]
    public void SharesAPictureWithoutVariantsAsItIs()
    {
        using var site = Builds.Bilingual();
        site.WriteInputBytes("media/anim.gif", Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"));
        site.Article("articles/2021/poutine.fr.md", "Poutine à Genève", "2021-06-16T18:00:00+02:00", body: "Le sommet a eu lieu.\n", extra: "image: /media/anim.gif\nimage_alt: Une animation\n");

        Builds.Run(site);

        var html = site.ReadOutput("fr/2021/06/poutine/index.html");
        Assert.Contains("<meta property=\"og:image\" content=\"https://example.org/media/anim.gif\">\n<meta property=\"og:image:width\" content=\"1\">\n<meta property=\"og:image:height\" content=\"1\">\n", Head(html));
        Assert.Equal("https://example.org/media/anim.gif", JsonLd(html).GetProperty("image").GetString());
        Assert.DoesNotContain("srcset", html);
    }

    [Fact]
    public void GivesAnArticleWithoutImageASmallCardAndNoImageTags()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        var html = site.ReadOutput("en/2021/06/poutine/index.html");
        var head = Head(html);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\">", head);
        Assert.Contains("<meta property=\"og:locale\" content=\"en_GB\">", head);
        Assert.Contains("<meta property=\"og:locale:alternate\" content=\"fr_FR\">", head);
        Assert.DoesNotContain("og:image", head);
        Assert.DoesNotContain("twitter:image", head);
        Assert.False(JsonLd(html).TryGetProperty("image", out _));
        Assert.DoesNotContain("og:locale:alternate", Head(site.ReadOutput("fr/2020/12/vaccins/index.html")));
    }

    [Fact]
    public void GivesAStandAlonePageWebsiteTagsAndNoNewsArticle()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        var head = Head(site.ReadOutput("fr/a-propos/index.html"));
        Assert.Contains("<meta property=\"og:type\" content=\"website\">", head);
        Assert.Contains("<meta property=\"og:url\" content=\"https://example.org/fr/a-propos/\">", head);
        Assert.Contains("<meta property=\"og:locale:alternate\" content=\"en_GB\">", head);
        Assert.DoesNotContain("article:", head);
        Assert.DoesNotContain("application/ld+json", head);
    }

    [Theory]
    [InlineData("fr/index.html", "Le Journal", "https://example.org/fr/", "fr_FR", "Le Journal")]
    [InlineData("en/categories/world/index.html", "World", "https://example.org/en/categories/world/", "en_GB", "The Paper")]
    [InlineData("fr/tags/russie/index.html", "Russie", "https://example.org/fr/tags/russie/", "fr_FR", "Le Journal")]
    [InlineData("fr/tags/index.html", "Mots-clés", "https://example.org/fr/tags/", "fr_FR", "Le Journal")]
    public void GivesListingsWebsiteOpenGraphTags(string path, string title, string url, string locale, string siteName)
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        var head = Head(site.ReadOutput(path));
        Assert.Contains($"<meta property=\"og:title\" content=\"{title}\">", head);
        Assert.Contains("<meta property=\"og:type\" content=\"website\">", head);
        Assert.Contains($"<meta property=\"og:url\" content=\"{url}\">", head);
        Assert.Contains($"<meta property=\"og:site_name\" content=\"{siteName}\">", head);
        Assert.Contains($"<meta property=\"og:locale\" content=\"{locale}\">", head);
        Assert.DoesNotContain("application/ld+json", head);
    }

    [Fact]
    public void LinksEveryPageButPrintPagesAndTheRootToItsLanguageFeed()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .ToList();
        Assert.True(pages.Count > 20);
        foreach (var page in pages)
        {
            var head = Head(site.ReadOutput(page));
            var language = page.Split('/')[0];
            if (page is "index.html" or "404.html" or "admin/index.html" || page.EndsWith("/print/index.html", StringComparison.Ordinal))
            {
                Assert.DoesNotContain("application/atom+xml", head);
                continue;
            }

            var title = language == "fr" ? "Le Journal" : "The Paper";
            Assert.Contains($"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{title}\" href=\"/{language}/feed.xml\">", head);
        }
    }

    [Fact]
    public void AnnouncesACategoryFeedOnItsCategoryPage()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        var head = Head(site.ReadOutput("fr/categories/monde/index.html"));
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Monde – Le Journal\" href=\"/fr/categories/monde/feed.xml\">", head);
        Assert.Contains("href=\"/fr/feed.xml\"", head);
    }

    [Fact]
    public void KeepsPrintPagesOutOfIndexesAndFeeds()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        var head = Head(site.ReadOutput("fr/2021/06/poutine/print/index.html"));
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", head);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/fr/2021/06/poutine/\">", head);
        Assert.DoesNotContain("atom+xml", head);
        Assert.DoesNotContain("og:", head);
    }

    private static byte[] PngOfSize(int width, int height)
    {
        using var bitmap = new SkiaSharp.SKBitmap(width, height);
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    internal static string Head(string html) => html[..html.IndexOf("</head>", StringComparison.Ordinal)];

    internal static JsonElement JsonLd(string html)
    {
        var match = JsonLdBlock().Match(html);
        Assert.True(match.Success, "no JSON-LD block");
        return JsonDocument.Parse(match.Groups["json"].Value).RootElement;
    }

    [GeneratedRegex("""<script type="application/ld\+json">(?<json>.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex JsonLdBlock();
}
