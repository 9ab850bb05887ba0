using Site.Core.Model;
using Site.Rendering.Editor;
using Site.Rendering.I18n;

namespace Site.Rendering.Tests.Editor;

/// <summary>The web editor's page: a pinned Decap, checked by its hash, under a policy of its own.</summary>
public sealed class DecapPageTests
{
    private static readonly UiStrings Strings = new("fr", EditorStrings.Keys.ToDictionary(k => k, k => "label " + k));

    private static readonly SiteConfig Config = new()
    {
        Title = new LocalizedText(new Dictionary<string, string> { ["fr"] = "Le <Journal>" }),
        Description = new LocalizedText(new Dictionary<string, string>()),
        BaseUrl = new Uri("https://example.org/"),
        DefaultLanguage = "fr",
        Languages = [new Language("fr", "Français", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))],
        Categories = [],
    };

    [Fact]
    public void GivenASiteWhenWritingThenThePageLoadsThePinnedVersionWithItsHashAndIsNotIndexed()
    {
        var html = DecapPage.Write(Config, Strings);

        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"https://unpkg.com/decap-cms@3.16.3/dist/decap-cms.js\" integrity=\"sha384-", html, StringComparison.Ordinal);
        Assert.Contains("<title>Le &lt;Journal&gt; – label editor_heading</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-pagefind-body", html, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenEachBackendWhenWritingThePolicyThenScriptsComeOnlyFromTheSiteAndTheCdnAndConnectionsOnlyToTheBackend()
    {
        var gateway = Directives(DecapPage.SecurityPolicy(new EditorSettings()));
        var github = Directives(DecapPage.SecurityPolicy(new EditorSettings { Backend = EditorSettings.GitHub, Repository = "a/b" }));

        Assert.Equal("'self' https://unpkg.com 'unsafe-eval'", gateway["script-src"]);
        Assert.Equal("'self'", gateway["connect-src"]);
        Assert.Equal("'self' https://api.github.com", github["connect-src"]);
        Assert.Equal("'none'", gateway["object-src"]);
    }

    private static Dictionary<string, string> Directives(string policy) => policy
        .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .ToDictionary(d => d[..d.IndexOf(' ')], d => d[(d.IndexOf(' ') + 1)..]);
}
