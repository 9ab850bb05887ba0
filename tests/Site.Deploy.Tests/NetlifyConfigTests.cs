using Site.Deploy.Tests.Support;
using Tomlyn.Model;

namespace Site.Deploy.Tests;

public sealed class NetlifyConfigTests
{
    private readonly NetlifyConfig _config = NetlifyConfig.Load();

    [Fact]
    public void SendsEnglishBrowsersFromTheRootToEnglishAndEveryoneElseToFrench()
    {
        var rootRules = _config.Redirects.Where(r => (string)r["from"] == "/").ToList();

        Assert.Equal(2, rootRules.Count);
        var (english, fallback) = (rootRules[0], rootRules[1]);
        Assert.Equal("/en/", english["to"]);
        Assert.Equal(302L, english["status"]);
        Assert.Equal(true, english["force"]);
        var language = (TomlArray)((TomlTable)english["conditions"])["Language"]!;
        Assert.Equal(["en"], language.Cast<string>());

        Assert.Equal("/fr/", fallback["to"]);
        Assert.Equal(302L, fallback["status"]);
        Assert.Equal(true, fallback["force"]);
        Assert.False(fallback.ContainsKey("conditions"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void ServesEachLanguagesOwnNotFoundPageWithoutShadowingRealFiles(string language)
    {
        var rule = Assert.Single(_config.Redirects, r => (string)r["from"] == $"/{language}/*");

        Assert.Equal($"/{language}/404.html", rule["to"]);
        Assert.Equal(404L, rule["status"]);
        Assert.False(rule.TryGetValue("force", out var force) && force is true);
    }

    [Fact]
    public void AgreesWithTheLanguagesOfTheSampleSite()
    {
        var site = SampleSite.Load();

        Assert.Equal($"/{site.DefaultLanguage}/", _config.Redirects.Last(r => (string)r["from"] == "/")["to"]);
        Assert.NotEmpty(site.LanguageCodes);
        Assert.All(site.LanguageCodes, code => Assert.Contains(_config.Redirects, r => (string)r["from"] == $"/{code}/*"));
        Assert.All(site.LanguageCodes, code => Assert.Contains(_config.Headers, h => (string)h["for"] == $"/{code}/*"));
    }

    [Theory]
    [InlineData("X-Content-Type-Options", "nosniff")]
    [InlineData("X-Frame-Options", "DENY")]
    [InlineData("Referrer-Policy", "strict-origin-when-cross-origin")]
    [InlineData("Permissions-Policy")]
    public void SendsEachSecurityHeaderOnEveryPath(string header, string? value = null)
    {
        var headers = _config.HeadersFor("/*");

        Assert.True(headers.ContainsKey(header), header + " missing");
        Assert.False(string.IsNullOrWhiteSpace((string)headers[header]));
        if (value is not null)
        {
            Assert.Equal(value, headers[header]);
        }
    }

    [Theory]
    [InlineData("/index.html")]
    [InlineData("/404.html")]
    [InlineData("/fr/*")]
    [InlineData("/en/*")]
    [InlineData("/assets/*")]
    [InlineData("/media/*")]
    public void SendsTheSitePolicyOnThePathsOfItsPagesAssetsAndMedia(string path) =>
        Assert.Equal(_config.HeadersFor("/fr/*")["Content-Security-Policy"], _config.HeadersFor(path)["Content-Security-Policy"]);

    [Fact]
    public void SendsTheEditorOnlyItsOwnPolicy()
    {
        // Netlify joins one header's values from two matching rules: the site's policy on "/*" would block Decap.
        var matchingAdmin = _config.Headers.Where(h => (string)h["for"] is "/*" or "/admin/*");

        var policy = Assert.Single(matchingAdmin, h => ((TomlTable)h["values"]).ContainsKey("Content-Security-Policy"));
        Assert.Equal("/admin/*", policy["for"]);
    }

    [Fact]
    public void AllowsNoInlineOrEvaluatedScript()
    {
        var csp = ContentSecurityPolicy.Parse((string)_config.HeadersFor("/fr/*")["Content-Security-Policy"]);

        // 'wasm-unsafe-eval' runs WebAssembly (Pagefind's search), never a string of JavaScript.
        Assert.Equal(["'self'", "'wasm-unsafe-eval'"], csp.Sources("script-src"));
        Assert.DoesNotContain("'unsafe-inline'", csp.Sources("script-src"));
        Assert.DoesNotContain("'unsafe-eval'", csp.Sources("script-src"));
        Assert.DoesNotContain("'unsafe-inline'", csp.Sources("default-src"));
    }

    [Fact]
    public void FitsTheThemeAndTheEmbeddedPlayers()
    {
        var csp = ContentSecurityPolicy.Parse((string)_config.HeadersFor("/fr/*")["Content-Security-Policy"]);

        Assert.Equal(["'self'"], csp.Sources("default-src"));
        Assert.Equal(["'self'"], csp.Sources("style-src"));
        Assert.Contains("'self'", csp.Sources("img-src"));
        Assert.Contains("https://www.youtube-nocookie.com", csp.Sources("frame-src"));
        Assert.Contains("https://www.youtube.com", csp.Sources("frame-src"));
        Assert.Contains("https://player.vimeo.com", csp.Sources("frame-src"));
        Assert.Equal(["'none'"], csp.Sources("object-src"));
        Assert.Equal(["'self'"], csp.Sources("base-uri"));
        Assert.Equal(["'none'"], csp.Sources("frame-ancestors"));
    }

    [Fact]
    public void CachesFingerprintedAssetsForAYear() =>
        Assert.Equal("public, max-age=31536000, immutable", _config.HeadersFor("/assets/*")["Cache-Control"]);

    [Theory]
    [InlineData("/index.html")]
    [InlineData("/404.html")]
    [InlineData("/fr/*")]
    [InlineData("/en/*")]
    public void MakesBrowsersRevalidatePages(string path) =>
        Assert.Equal("public, max-age=0, must-revalidate", _config.HeadersFor(path)["Cache-Control"]);

    [Fact]
    public void SetsCacheControlOnlyOnPathsThatDoNotOverlapTheAssets()
    {
        // Netlify may join the values of one header from two matching rules: "/*" must not set Cache-Control.
        var overlapping = _config.Headers.Where(h => (string)h["for"] is "/*" or "/assets/*" or "/assets/");

        Assert.Single(overlapping, h => ((TomlTable)h["values"]).ContainsKey("Cache-Control"));
    }
}
