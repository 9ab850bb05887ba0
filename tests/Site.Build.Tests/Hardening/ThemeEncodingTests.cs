using Site.Core.Diagnostics;

using static Site.Build.Tests.Hardening.InputFiles;

namespace Site.Build.Tests.Hardening;

/// <summary>
/// A theme file that is not valid UTF-8 is refused like content and site.yml are, at the line and column of its first
/// bad byte, instead of being published with U+FFFD on every page.
/// </summary>
public sealed class ThemeEncodingTests
{
    public static TheoryData<string, string, int, int> Rows => new()
    {
        { "theme/layouts/article.liquid", Theme("layouts/article.liquid", "<h1>{{ entry.title }}</h1>", $"<h1>{{{{ entry.title }}}}{InvalidByte}</h1>"), 12, 26 },
        { "theme/layouts/base.liquid", Theme("layouts/base.liquid", "<!DOCTYPE html>", $"{InvalidByte}<!DOCTYPE html>"), 1, 1 },
        { "theme/layouts/extra.liquid", $"<p>é{InvalidByte}</p>\n", 1, 6 },
        { "theme/i18n/en.yml", Theme("i18n/en.yml", "print: \"Print\"", $"print: \"Print{InvalidByte}\""), 14, 14 },
        { "theme/i18n/fr.yml", Theme("i18n/fr.yml", "\n", $"\n{InvalidByte}"), 2, 1 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void RefusesAThemeFileThatIsNotUtf8AtItsFirstBadByte(string file, string text, int line, int column)
    {
        using var site = Builds.Bilingual();
        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);
        var before = site.OutputHashes();

        WriteInto(site, Of((file, text)));
        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((file, line, column), (error.File, error.Line, error.Column));
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
        BadInputTests.AssertNoStackTrace(result);
        Assert.Equal(before, site.OutputHashes());
    }
}
