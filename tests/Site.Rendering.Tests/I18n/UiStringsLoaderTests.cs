using Site.Content.Config;
using Site.Core.Diagnostics;
using Site.Rendering.I18n;
using Site.TestSupport;

namespace Site.Rendering.Tests.I18n;

public sealed class UiStringsLoaderTests
{
    [Fact]
    public void LoadsTheDefaultThemeStringsInEveryLanguage()
    {
        using var site = new TestSite();
        var diagnostics = new DiagnosticBag();

        var strings = UiStringsLoader.Load(site.Theme, Config(), diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("Imprimer", strings["fr"]["print"]);
        Assert.Equal("Print", strings["en"]["print"]);
        Assert.Equal("Page suivante", strings["fr"]["next_page"]);
    }

    [Fact]
    public void ReportsAKeyMissingInOneLanguageWithItsFile()
    {
        using var site = new TestSite();
        var english = File.ReadAllLines(Path.Combine(site.Theme, "i18n", "en.yml")).Where(l => !l.StartsWith("read_more:", StringComparison.Ordinal));
        site.WriteTheme("i18n/en.yml", string.Join('\n', english));
        var diagnostics = new DiagnosticBag();

        UiStringsLoader.Load(site.Theme, Config(), diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("theme/i18n/en.yml", error.File);
        Assert.Contains("'read_more'", error.Message);
    }

    private static Core.Model.SiteConfig Config() => SiteConfigLoader.Parse(TestSite.BilingualConfig, new DiagnosticBag())!;
}
