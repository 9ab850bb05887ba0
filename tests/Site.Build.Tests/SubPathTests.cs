using System.Net;
using System.Text.RegularExpressions;
using Site.TestSupport;

namespace Site.Build.Tests;

/// <summary>
/// Hosting under a sub-path (a project's GitHub Pages: https://user.github.io/repo/): every URL the site emits must
/// stay under /repo/, and a site at the root must not grow one.
/// </summary>
public sealed partial class SubPathTests(SubPathTests.BuiltSites sites) : IClassFixture<SubPathTests.BuiltSites>
{
    private const string SubPathBase = "https://user.github.io/repo/";

    [Fact]
    public void PassesTheLinkCheckUnderASubPath()
    {
        Assert.Equal(BuildOutcome.Success, sites.UnderSubPath.Result.Outcome);
        Assert.Empty(sites.UnderSubPath.Result.Findings);
    }

    [Fact]
    public void WritesTheFilesAtTheTopOfTheOutputFolder()
    {
        var site = sites.UnderSubPath.Site;

        Assert.True(site.OutputExists("index.html"));
        Assert.True(site.OutputExists("fr/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "repo")));
    }

    [Fact]
    public void PutsEveryRootRelativeUrlUnderTheSubPath()
    {
        var urls = RootRelativeUrls(sites.UnderSubPath.Site).ToList();

        Assert.True(urls.Count > 200, $"only {urls.Count} root-relative URLs found");
        Assert.All(urls, u => Assert.True(u.Url.StartsWith("/repo/", StringComparison.Ordinal), u.ToString()));
    }

    [Fact]
    public void KeepsEveryAbsoluteUrlToTheHostUnderTheSubPath()
    {
        var urls = AbsoluteUrls(sites.UnderSubPath.Site, "user.github.io").ToList();

        Assert.Contains(urls, u => u.File == "fr/2021/06/poutine/index.html");
        Assert.Contains(urls, u => u.File.EndsWith(".xml", StringComparison.Ordinal) || u.File == "index.html");
        Assert.All(urls, u => Assert.True(u.Url.StartsWith(SubPathBase, StringComparison.Ordinal), u.ToString()));
    }

    [Fact]
    public void ReplacesTheConfiguredBaseUrlEverywhere() =>
        Assert.Empty(AbsoluteUrls(sites.UnderSubPath.Site, "example.org"));

    [Fact]
    public void LinksStylesheetsRedirectsAndRewrittenBodyLinksUnderTheSubPath()
    {
        var site = sites.UnderSubPath.Site;

        Assert.Matches("<link rel=\"stylesheet\" href=\"/repo/assets/site\\.[^\"]+\\.css\">", site.ReadOutput("fr/index.html"));
        Assert.Contains("url=/repo/fr/\"", site.ReadOutput("index.html"));
        Assert.Contains("href=\"/repo/fr/\"", site.ReadOutput("404.html"));
        var article = site.ReadOutput("fr/2021/06/poutine/index.html");
        Assert.Contains("href=\"/repo/fr/2020/12/vaccins/\"", article);
        Assert.Contains("src=\"/repo/media/geneve.png\"", article);
        var body = site.ReadOutput("fr/2021/07/sommet/index.html");
        Assert.Contains("href=\"/repo/fr/2021/06/poutine/#un-tete-a-tete\"", body);
        Assert.Contains("href=\"/repo/fr/2020/11/karabakh/\"", body);
        Assert.Contains("src=\"/repo/media/extrait.mp4\"", body);
        Assert.Contains("href=\"/repo/fr/page/2/\"", site.ReadOutput("fr/index.html"));
    }

    [Fact]
    public void KeepsEveryUrlAtTheRootWhenTheBaseUrlHasNoPath()
    {
        var result = sites.AtRoot.Result;
        var urls = RootRelativeUrls(sites.AtRoot.Site).ToList();

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        Assert.Empty(result.Findings);
        Assert.True(urls.Count > 200, $"only {urls.Count} root-relative URLs found");
        Assert.DoesNotContain(urls, u => u.Url.StartsWith("/repo/", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.Url == "/fr/2020/12/vaccins/");
        Assert.All(AbsoluteUrls(sites.AtRoot.Site, "example.org"), u => Assert.DoesNotContain("/repo/", u.Url));
    }

    /// <summary>Every URL an attribute (or a CSS url()) of a built HTML, XML or CSS file gives as a site path.</summary>
    private static IEnumerable<FoundUrl> RootRelativeUrls(TestSite site) =>
        OutputTexts(site, ".html", ".xml", ".css")
            .SelectMany(file => AttributeUrls(file.Text).Select(url => new FoundUrl(file.Path, url)))
            .Where(u => u.Url.StartsWith('/') && !u.Url.StartsWith("//", StringComparison.Ordinal));

    /// <summary>Every absolute URL to <paramref name="host"/> anywhere in the built text files (attributes, JSON-LD, feeds).</summary>
    private static IEnumerable<FoundUrl> AbsoluteUrls(TestSite site, string host)
    {
        var pattern = new Regex("(?:https?:)?//" + Regex.Escape(host) + "[^\\s\"'<>)]*", RegexOptions.IgnoreCase);
        return OutputTexts(site, ".html", ".xml", ".txt", ".css")
            .SelectMany(file => pattern.Matches(file.Text).Select(m => new FoundUrl(file.Path, WebUtility.HtmlDecode(m.Value))));
    }

    private static IEnumerable<string> AttributeUrls(string text)
    {
        foreach (Match match in UrlAttribute().Matches(text))
        {
            var name = match.Groups["name"].Value.ToLowerInvariant();
            var value = WebUtility.HtmlDecode(match.Groups["value"].Value).Trim();
            if (name == "srcset")
            {
                foreach (var candidate in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    yield return candidate.Split(' ')[0];
                }
            }
            else if (name == "content" && RefreshTarget().Match(value) is { Success: true } refresh)
            {
                yield return refresh.Groups["url"].Value;
            }
            else
            {
                yield return value;
            }
        }

        foreach (Match match in CssUrl().Matches(text))
        {
            yield return match.Groups["url"].Value;
        }
    }

    private static IEnumerable<(string Path, string Text)> OutputTexts(TestSite site, params string[] extensions) =>
        Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(site.Output, f).Replace('\\', '/'), File.ReadAllText(f)));

    [GeneratedRegex("""(?<![\w-])(?<name>href|src|srcset|content|poster|action|data)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();

    [GeneratedRegex(@"^\d+\s*;\s*url\s*=\s*(?<url>\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RefreshTarget();

    [GeneratedRegex("""url\(\s*["']?(?<url>[^"')\s]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();

    private sealed record FoundUrl(string File, string Url)
    {
        public override string ToString() => $"{File}: {Url}";
    }

    /// <summary>The bilingual test site built twice, once under a sub-path and once at the root of its host.</summary>
    public sealed class BuiltSites : IDisposable
    {
        public BuiltSites()
        {
            UnderSubPath = Build(new Uri(SubPathBase));
            AtRoot = Build(baseUrl: null);
        }

        public (TestSite Site, BuildResult Result) UnderSubPath { get; }

        public (TestSite Site, BuildResult Result) AtRoot { get; }

        public void Dispose()
        {
            UnderSubPath.Site.Dispose();
            AtRoot.Site.Dispose();
        }

        private static (TestSite, BuildResult) Build(Uri? baseUrl)
        {
            var site = Builds.Bilingual();
            // Two entries a page so that homes, categories and tags have pagination links; site paths in bodies.
            site.WriteInput("site.yml", TestSite.BilingualConfig.Replace("pageSize: 10", "pageSize: 2", StringComparison.Ordinal));
            site.Article(
                "articles/2021/sommet.fr.md",
                "Le sommet",
                "2021-07-01T09:00:00+02:00",
                body: "Voir [Genève](/fr/2021/06/poutine/#un-tete-a-tete), [l'Arménie](../2020/karabakh.fr.md).\n\n![Le lac](/media/geneve.png)\n\n![Extrait](/media/extrait.mp4)\n",
                extra: "tags: [Vladimir Poutine]\nimage: /media/geneve.png\nimage_alt: Le lac\n");
            site.WriteInputBytes("media/extrait.mp4", [0, 0, 0, 24]);
            return (site, Builds.Run(site, baseUrl: baseUrl));
        }
    }
}
