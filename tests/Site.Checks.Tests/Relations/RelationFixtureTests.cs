using Site.Checks.Tests.Support;

namespace Site.Checks.Tests.Relations;

/// <summary>
/// Each row changes one file of <see cref="RelationSite"/> (every <c>from</c> becomes <c>to</c>, several pairs split
/// by "|"; file "*" changes every file; an empty <c>from</c> writes a new file), writes the site into a folder, checks it as
/// <c>site check</c> does, and lists the relation findings as "kind page", sorted, or "ok".
/// </summary>
public sealed class RelationFixtureTests
{
    private const string Fr = "fr/2021/09/x/index.html";
    private const string En = "en/2021/09/x/index.html";
    private const string Print = "fr/2021/09/x/print/index.html";
    private const string Seul = "fr/2021/10/seul/index.html";
    private const string Sitemap = "sitemap.xml";
    private const string News = "news-sitemap.xml";
    private const string Feed = "fr/feed.xml";
    private const string EnAlternate = "hreflang=\"en\" href=\"{B}en/2021/09/x/\"";
    private const string FrAlternate = "hreflang=\"fr\" href=\"{B}fr/2021/09/x/\"";
    private const string FrCanonical = "<link rel=\"canonical\" href=\"{B}fr/2021/09/x/\">";
    private const string SeulLoc = "<loc>{B}fr/2021/10/seul/</loc>";

    [Theory]
    // The site as it is, at the root and under a base path.
    [InlineData("fine", "/", "", "", "", "ok")]
    [InlineData("fine under a base path", "/repo/", "", "", "", "ok")]
    // broken-hreflang
    [InlineData("alternate to a missing page", "/", Fr, EnAlternate, "hreflang=\"en\" href=\"{B}en/2021/09/zz/\"", "broken-hreflang " + En + "; broken-hreflang " + Fr + "; sitemap sitemap.xml")]
    [InlineData("alternate outside the base path", "/repo/", Fr, EnAlternate, "hreflang=\"en\" href=\"https://example.com/en/2021/09/x/\"", "broken-hreflang " + En + "; broken-hreflang " + Fr + "; sitemap sitemap.xml")]
    [InlineData("no self-reference", "/", Fr, "<link rel=\"alternate\" " + FrAlternate + ">", "", "broken-hreflang " + Fr + "; sitemap sitemap.xml")]
    [InlineData("self-reference in another language than the page's", "/", Fr, "<html lang=\"fr\">", "<html lang=\"de\">", "broken-hreflang " + En + "; broken-hreflang " + Fr)]
    [InlineData("no return link", "/", En, "<link rel=\"alternate\" " + FrAlternate + ">\n|hreflang=\"x-default\" href=\"{B}fr/2021/09/x/\"", "|hreflang=\"x-default\" href=\"{B}en/2021/09/x/\"", "broken-hreflang " + Fr + "; sitemap sitemap.xml")]
    [InlineData("hreflang naming a page of another language", "/", En, FrAlternate, "hreflang=\"fr\" href=\"{B}en/\"", "broken-hreflang " + En + "; sitemap sitemap.xml")]
    [InlineData("two alternates for one language", "/", Fr, "<link rel=\"alternate\" " + EnAlternate + ">", "<link rel=\"alternate\" " + EnAlternate + "><link rel=\"alternate\" hreflang=\"en\" href=\"{B}en/\">", "broken-hreflang " + Fr)]
    [InlineData("an underscore is not BCP 47", "/", "*", EnAlternate, "hreflang=\"en_GB\" href=\"{B}en/2021/09/x/\"", "broken-hreflang " + En + "; broken-hreflang " + Fr)]
    [InlineData("a language name is not a code", "/", "*", EnAlternate, "hreflang=\"english\" href=\"{B}en/2021/09/x/\"", "broken-hreflang " + En + "; broken-hreflang " + Fr)]
    [InlineData("a language and region code", "/", "*", EnAlternate, "hreflang=\"en-GB\" href=\"{B}en/2021/09/x/\"", "ok")]
    [InlineData("codes in capitals", "/", "*", EnAlternate, "hreflang=\"EN\" href=\"{B}en/2021/09/x/\"", "ok")]
    [InlineData("x-default missing", "/", Fr, "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{B}fr/2021/09/x/\">", "", "broken-hreflang " + Fr + "; sitemap sitemap.xml")]
    [InlineData("x-default to a missing page", "/", Fr, "hreflang=\"x-default\" href=\"{B}fr/2021/09/x/\"", "hreflang=\"x-default\" href=\"{B}fr/2021/09/nope/\"", "broken-hreflang " + Fr + "; sitemap sitemap.xml")]
    [InlineData("alternate to a redirect page", "/", En, FrAlternate, "hreflang=\"fr\" href=\"{B}fr/alias/\"", "broken-hreflang " + En + "; sitemap sitemap.xml")]
    [InlineData("alternate spelt with index.html", "/", Fr, EnAlternate, "hreflang=\"en\" href=\"{B}en/2021/09/x/index.html\"", "ok")]
    [InlineData("alternate without its trailing slash", "/", Fr, EnAlternate, "hreflang=\"en\" href=\"{B}en/2021/09/x\"", "ok")]
    [InlineData("alternate as a site path", "/", Fr, EnAlternate, "hreflang=\"en\" href=\"/en/2021/09/x/\"", "ok")]
    [InlineData("alternate on http for an https site", "/", Fr, EnAlternate, "hreflang=\"en\" href=\"http://example.com/en/2021/09/x/\"", "ok")]
    [InlineData("a French-only article with a self-reference and x-default only", "/", Seul, "</title>", "</title>\n<link rel=\"alternate\" hreflang=\"fr\" href=\"{B}fr/2021/10/seul/\">\n<link rel=\"alternate\" hreflang=\"x-default\" href=\"{B}fr/2021/10/seul/\">", "ok")]
    // broken-canonical
    [InlineData("two canonicals", "/", Fr, FrCanonical, FrCanonical + "\n" + FrCanonical, "broken-canonical " + Fr)]
    [InlineData("relative canonical", "/", Fr, FrCanonical, "<link rel=\"canonical\" href=\"/fr/2021/09/x/\">", "broken-canonical " + Fr)]
    [InlineData("protocol-relative canonical", "/", Fr, FrCanonical, "<link rel=\"canonical\" href=\"//example.com/fr/2021/09/x/\">", "broken-canonical " + Fr)]
    [InlineData("canonical to a missing page", "/", Fr, FrCanonical, "<link rel=\"canonical\" href=\"{B}fr/2021/09/y/\">", "broken-canonical " + Fr)]
    [InlineData("canonical to a redirect page", "/", Print, FrCanonical, "<link rel=\"canonical\" href=\"{B}fr/alias/\">", "broken-canonical " + Print)]
    [InlineData("canonical to a noindex page", "/", Print, FrCanonical, "<link rel=\"canonical\" href=\"{B}admin/\">", "broken-canonical " + Print)]
    [InlineData("canonical spelt with index.html", "/", Fr, FrCanonical, "<link rel=\"canonical\" href=\"{B}fr/2021/09/x/index.html\">", "ok")]
    [InlineData("canonical without its trailing slash", "/", Fr, FrCanonical, "<link rel=\"canonical\" href=\"{B}fr/2021/09/x\">", "ok")]
    [InlineData("print page's canonical to its article under a base path", "/repo/", "", "", "", "ok")]
    [InlineData("canonical to another site", "/", Print, FrCanonical, "<link rel=\"canonical\" href=\"https://other.example/fr/\">", "ok")]
    // sitemap
    [InlineData("loc of a missing page", "/", Sitemap, SeulLoc, "<loc>{B}fr/2021/10/absent/</loc>", "sitemap " + Seul + "; sitemap sitemap.xml")]
    [InlineData("indexable page left out", "/", Sitemap, SeulLoc, "<loc>{B}fr/2021/09/x/</loc>", "sitemap " + Seul + "; sitemap sitemap.xml")]
    [InlineData("noindex page listed", "/", Sitemap, SeulLoc, SeulLoc + "</url><url><loc>{B}fr/recherche/</loc>", "sitemap sitemap.xml")]
    [InlineData("print page listed", "/", Sitemap, SeulLoc, SeulLoc + "</url><url><loc>{B}fr/2021/09/x/print/</loc>", "sitemap sitemap.xml")]
    [InlineData("redirect page listed", "/", Sitemap, SeulLoc, SeulLoc + "</url><url><loc>{B}fr/alias/</loc>", "sitemap sitemap.xml")]
    [InlineData("loc on another site", "/", Sitemap, SeulLoc, SeulLoc + "</url><url><loc>https://other.example/fr/</loc>", "sitemap sitemap.xml")]
    [InlineData("loc spelt with index.html", "/", Sitemap, SeulLoc, "<loc>{B}fr/2021/10/seul/index.html</loc>", "ok")]
    [InlineData("loc without its trailing slash", "/repo/", Sitemap, SeulLoc, "<loc>{B}fr/2021/10/seul</loc>", "ok")]
    [InlineData("sitemap alternate to another page", "/", Sitemap, "hreflang=\"en\" href=\"{B}en/2021/09/x/\"", "hreflang=\"en\" href=\"{B}en/\"", "sitemap sitemap.xml")]
    [InlineData("sitemap alternate left out", "/", Sitemap, "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{B}fr/\" />", "", "sitemap sitemap.xml")]
    [InlineData("sitemap alternate the page does not have", "/", Sitemap, SeulLoc, SeulLoc + "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"{B}en/\" />", "sitemap sitemap.xml")]
    [InlineData("sitemap alternate spelt with index.html", "/", Sitemap, "hreflang=\"en\" href=\"{B}en/2021/09/x/\"", "hreflang=\"en\" href=\"{B}en/2021/09/x/index.html\"", "ok")]
    [InlineData("sitemap not well-formed", "/", Sitemap, "</urlset>", "</urlst>", "sitemap sitemap.xml")]
    [InlineData("sitemap index naming its sitemap", "/", "sitemap-index.xml", "", "", "ok")]
    [InlineData("news sitemap entry missing", "/", News, "<loc>{B}fr/2021/09/x/</loc>", "<loc>{B}fr/2021/09/absent/</loc>", "sitemap news-sitemap.xml")]
    [InlineData("news sitemap entry not an article", "/", News, "<loc>{B}fr/2021/09/x/</loc>", "<loc>{B}fr/</loc>", "sitemap news-sitemap.xml")]
    [InlineData("news sitemap entry noindex", "/", News, "<loc>{B}fr/2021/09/x/</loc>", "<loc>{B}fr/2021/09/x/print/</loc>", "sitemap news-sitemap.xml")]
    [InlineData("meta-refresh redirect page not in the sitemap", "/", "fr/ancien/index.html", "", "<!doctype html><html lang=\"fr\"><head><title>Ancien</title><meta name=\"robots\" content=\"noindex\"><meta http-equiv=\"refresh\" content=\"0; url=/fr/\"><link rel=\"canonical\" href=\"{B}fr/\"></head></html>", "ok")]
    // duplicate-title, duplicate-description
    [InlineData("two French pages with one title", "/", Seul, "<title>Seul – Le Journal</title>", "<title>Sommet – Le Journal</title>", "duplicate-title " + Seul)]
    [InlineData("one title in two languages", "/", En, "<title>Summit – The Paper</title>", "<title>Sommet – Le Journal</title>", "ok")]
    [InlineData("a noindex page with its article's title", "/", "", "", "", "ok")]
    [InlineData("page 2 titled like page 1", "/", "fr/page/2/index.html", "<title>Le Journal – Page 2</title>", "<title>Le Journal</title>", "duplicate-title fr/page/2/index.html")]
    [InlineData("two French pages with one description", "/", Seul, "content=\"Un article en français.\"", "content=\"Le sommet a eu lieu.\"", "duplicate-description " + Seul)]
    [InlineData("titles that differ only in spacing", "/", Seul, "<title>Seul – Le Journal</title>", "<title>\n  Sommet –  Le Journal </title>", "duplicate-title " + Seul)]
    // broken-feed
    [InlineData("feed not well-formed", "/", Feed, "</feed>", "</fed>", "broken-feed fr/feed.xml")]
    [InlineData("feed entry link to a missing page", "/", Feed, "href=\"{B}fr/2021/10/seul/\"", "href=\"{B}fr/2021/10/absent/\"", "broken-feed fr/feed.xml")]
    [InlineData("feed entry link as a site path", "/", Feed, "href=\"{B}fr/2021/10/seul/\"", "href=\"/fr/2021/10/seul/index.html\"", "ok")]
    [InlineData("feed entry link outside the base path", "/repo/", Feed, "href=\"{B}fr/2021/10/seul/\"", "href=\"/fr/2021/10/seul/\"", "broken-feed fr/feed.xml")]
    public async Task JudgesTheRelationsBetweenPages(string name, string basePath, string file, string from, string to, string expected)
    {
        // given the relation site with the row's change
        Dictionary<string, string> files = new(RelationSite.Files(), StringComparer.Ordinal);
        Change(files, name, file, from, to);
        var baseUrl = new Uri("https://example.com" + basePath);
        using var folder = new TempFolder();
        RelationSite.WriteTo(folder.Path, files, baseUrl);

        // when the folder is checked
        IReadOnlyList<Finding> findings = await FolderChecker.CheckFolderAsync(folder.Path, new CheckOptions(baseUrl), CancellationToken.None);

        // then
        string[] found = [.. findings.Select(f => $"{f.Kind.ToKebabCase()} {f.Page}").Distinct().Order(StringComparer.Ordinal)];
        Assert.Equal(expected, found.Length == 0 ? "ok" : string.Join("; ", found));
    }

    private static void Change(Dictionary<string, string> files, string name, string file, string from, string to)
    {
        if (file == "sitemap-index.xml")
        {
            // The sitemap moves to sitemap-1.xml, and sitemap.xml becomes the index that names it.
            files["sitemap-1.xml"] = files[Sitemap];
            files[Sitemap] = "<?xml version=\"1.0\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n  <sitemap><loc>{B}sitemap-1.xml</loc></sitemap>\n</sitemapindex>\n";
            return;
        }

        if (file.Length == 0 || (from.Length == 0 && to.Length == 0))
        {
            return;
        }

        if (from.Length == 0)
        {
            files[file] = to;
            return;
        }

        foreach ((string part, string replacement) in from.Split('|').Zip(to.Split('|')))
        {
            string[] targets = file == "*" ? [.. files.Keys.Where(key => files[key].Contains(part, StringComparison.Ordinal))] : [file];
            Assert.True(targets.Length > 0 && targets.All(target => files[target].Contains(part, StringComparison.Ordinal)), $"{name}: \"{part}\" is not in {file}");
            foreach (string target in targets)
            {
                files[target] = files[target].Replace(part, replacement, StringComparison.Ordinal);
            }
        }
    }
}
