using System.Xml.Linq;

namespace Site.Build.Tests;

/// <summary>A title full of markup reaches every output encoded for where it goes: HTML, XML, JSON inside a script.</summary>
public sealed class TitleEncodingTests
{
    // As shown: the quotes and the apostrophe get the body's typography (« » with narrow no-break spaces, ’).
    private const string Title = "Il a dit «\u202Fnon\u202F» & <b>oui</b> </script></title> l’été";
    private const string InHtml = "Il a dit «\u202Fnon\u202F» &amp; &lt;b&gt;oui&lt;/b&gt; &lt;/script&gt;&lt;/title&gt; l’été";

    [Fact]
    public void EncodesTheTitleInHtmlPages()
    {
        using var site = WithHostileTitle();

        var html = site.ReadOutput("fr/2021/08/hostile/index.html");

        Assert.Contains($"<title>{InHtml} – Le Journal</title>", html);
        Assert.Contains($"<h1>{InHtml}</h1>", html);
        Assert.Contains($"<meta property=\"og:title\" content=\"{InHtml}\">", html);
        Assert.Contains($"<meta name=\"twitter:title\" content=\"{InHtml}\">", html);
        Assert.Equal(1, Occurrences(html, "</title>"));
        Assert.Equal(1, Occurrences(html, "</script>"));
        Assert.DoesNotContain("<b>oui", html);
        Assert.Contains($"<title>{InHtml} – Le Journal</title>", site.ReadOutput("fr/2021/08/hostile/print/index.html"));
        Assert.Contains($">{InHtml}</a>", site.ReadOutput("fr/index.html"));
    }

    [Fact]
    public void EscapesTheTitleInJsonLdSoThatItCannotCloseTheScript()
    {
        using var site = WithHostileTitle();

        var html = site.ReadOutput("fr/2021/08/hostile/index.html");

        Assert.Contains("\\u003C/script\\u003E\\u003C/title\\u003E", html);
        Assert.Contains("\\u0026 \\u003Cb\\u003E", html);
        Assert.Equal(Title, MetadataTests.JsonLd(html).GetProperty("headline").GetString());
    }

    [Fact]
    public void EscapesTheTitleInTheFeeds()
    {
        using var site = WithHostileTitle();

        var xml = site.ReadOutput("fr/feed.xml");

        Assert.Contains("<title>Il a dit «\u202Fnon\u202F» &amp; &lt;b&gt;oui&lt;/b&gt; &lt;/script&gt;&lt;/title&gt; l’été</title>", xml);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = XDocument.Parse(xml).Root!.Elements(atom + "entry").Single(e => e.Element(atom + "id")!.Value.EndsWith("/hostile/", StringComparison.Ordinal));
        Assert.Equal(Title, entry.Element(atom + "title")!.Value);
        Assert.Contains(Title, XDocument.Parse(site.ReadOutput("fr/categories/monde/feed.xml")).Root!.Descendants(atom + "title").Select(t => t.Value));
    }

    private static TestSupport.TestSite WithHostileTitle()
    {
        var site = Builds.Bilingual();
        site.WriteInput("articles/2021/hostile.fr.md", "---\ntitle: 'Il a dit \"non\" & <b>oui</b> </script></title> l''été'\ndate: 2021-08-01T09:00:00+02:00\ncategory: monde\n---\nTexte.\n");
        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);
        return site;
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
