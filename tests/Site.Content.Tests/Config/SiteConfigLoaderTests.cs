using Site.Content.Config;
using Site.Core.Diagnostics;
using Site.TestSupport;

namespace Site.Content.Tests.Config;

public sealed class SiteConfigLoaderTests
{
    [Fact]
    public void ReadsTheBilingualConfiguration()
    {
        var config = SiteConfigLoader.Parse(TestSite.BilingualConfig, new DiagnosticBag())!;

        Assert.Equal(["fr", "en"], config.Languages.Select(l => l.Code));
        Assert.Equal("fr-FR", config.FindLanguage(config.DefaultLanguage)!.Culture.Name);
        Assert.Equal("Economy", config.FindCategory("economie")!.Names["en"]);
        Assert.Equal("Vladimir Putin", config.TagPairs["Vladimir Poutine"]["en"]);
        Assert.Equal(new Uri("https://example.org/"), config.BaseUrl);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("search: true", true)]
    [InlineData("search: false", false)]
    public void SearchIsOffUnlessSiteYmlTurnsItOn(string line, bool search)
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigLoader.Parse(TestSite.BilingualConfig + "\n" + line + "\n", diagnostics)!;

        Assert.Equal(search, config.Search);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void SearchMustBeTrueOrFalse()
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigLoader.Parse(TestSite.BilingualConfig + "\nsearch: yes please\n", diagnostics);

        Assert.Null(config);
        Assert.Contains(diagnostics.ToSortedList(), d => d.Code == DiagnosticCode.ExpectedBoolean && d.Line > 0);
    }

    [Theory]
    [InlineData("baseUrl: https://example.org/", "baseUrl: [x", "not valid YAML")]
    [InlineData("defaultLanguage: fr", "defaultLanguage: de", "'de' is not declared")]
    [InlineData("  - { code: en, name: English, culture: en-GB }", "  - { code: fr, name: English, culture: en-GB }", "declared twice")]
    [InlineData("economie: { fr: \"Économie\", en: \"Economy\" }", "economie: { fr: \"Économie\" }", "has no text in 'en'")]
    [InlineData("pageSize: 10", "pageSize: 0", "at least 1")]
    [InlineData("pageSize: 10", "pageSize: ten", "whole number")]
    [InlineData("baseUrl: https://example.org/", "baseUrl: /blog/", "absolute http or https")]
    [InlineData("lists: summary", "lists: everything", "'summary' or 'full'")]
    [InlineData("timeZone: Europe/Paris", "timeZone: Mars/Olympus", "not a known time zone")]
    [InlineData("culture: en-GB }", "culture: xx-NOPE-1 }", "not a known culture")]
    public void ReportsConfigurationProblemsWithTheirLine(string valid, string broken, string message)
    {
        var diagnostics = new DiagnosticBag();
        var text = TestSite.BilingualConfig.Replace(valid, broken);
        Assert.NotEqual(TestSite.BilingualConfig, text);

        var config = SiteConfigLoader.Parse(text, diagnostics);

        Assert.Null(config);
        var error = diagnostics.ToSortedList().First(d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal("site.yml", error.File);
        Assert.True(error.Line > 0, error.ToString());
    }
}
