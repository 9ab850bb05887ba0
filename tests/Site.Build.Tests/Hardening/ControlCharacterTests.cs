using Site.Core.Diagnostics;

using static Site.Build.Tests.Hardening.InputFiles;

namespace Site.Build.Tests.Hardening;

/// <summary>
/// Control characters in front matter and site.yml values (NUL, BEL, ESC starting ANSI or OSC sequences, CR, C1
/// controls, and line breaks in one-line values) are refused where they are written, so that none reaches a page or
/// the terminal. Tabs, and line breaks in a summary or a description, are still accepted.
/// </summary>
public sealed class ControlCharacterTests
{
    private const string A = "articles/2021/a.fr.md";

    /// <summary>The key and the YAML written after it (replacing the valid value, or on a new line 5), and the column of the value.</summary>
    public static TheoryData<string, string, int> Rows => new()
    {
        { "title", "\"Rouge \\e[31mvif\\e[0m\"", 8 },
        { "title", "\"Titre \\e]0;pwned\\a\"", 8 },
        { "title", "\"a\\0b\"", 8 },
        { "title", "\"a\\x7Fb\"", 8 },
        { "title", "\"a\\rb\"", 8 },
        { "title", "\"deux\\nlignes\"", 8 },
        { "title", "|\n  deux\n  lignes", 8 },
        { "title", "\"a\\u2028b\"", 8 },
        { "category", "\"monde\\x9B\"", 11 },
        { "date", "\"2021-06-16T18:00:00+02:00\\a\"", 7 },
        { "slug", "\"abc\\n1:1: error: forged\"", 7 },
        { "summary", "\"Effacer \\e[2J l'écran\"", 10 },
        { "tags", "[Russie, \"a\\x1Bb\"]", 16 },
        { "author", "\"Nom\\x07\"", 9 },
        { "image_alt", "\"Lac\\x85\"", 12 },
        { "translationKey", "\"cle\\x1B\"", 17 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void RefusesAControlCharacterInAFrontMatterValue(string key, string yaml, int column)
    {
        using var site = Builds.Bilingual();
        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);
        var before = site.OutputHashes();
        var written = Valid.Contains($"\n{key}: ", StringComparison.Ordinal)
            ? string.Join('\n', Valid.Split('\n').Select(l => l.StartsWith($"{key}: ", StringComparison.Ordinal) ? $"{key}: {yaml}" : l))
            : Valid.Replace("---\nTexte", $"{key}: {yaml}\n---\nTexte");
        if (key == "image_alt")
        {
            written = written.Replace("---\nTexte", "image: /media/geneve.png\n---\nTexte");
        }

        WriteInto(site, Of((A, written)));
        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        var error = Assert.Single(result.Diagnostics);
        var line = written.Split('\n').ToList().FindIndex(l => l.StartsWith($"{key}: ", StringComparison.Ordinal)) + 1;
        Assert.Equal((A, line, column), (error.File, error.Line, error.Column));
        Assert.Contains(error.Code, new[] { DiagnosticCode.ControlCharacter, DiagnosticCode.MultipleLines });
        Assert.Contains($"'{key}'", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Hint);
        Assert.DoesNotContain(error.ToString(), c => char.IsControl(c));
        Assert.Equal(before, site.OutputHashes());
    }

    [Theory]
    [InlineData("title: { fr: \"Le Journal\", en: \"The Paper\" }", "title: { fr: \"Le Journal\\e[5m\", en: \"The Paper\" }", 1, 14)]
    [InlineData("author: \"La rédaction\"", "author: \"La rédaction\\r\"", 10, 9)]
    public void RefusesAControlCharacterInSiteYml(string valid, string broken, int line, int column)
    {
        using var site = Builds.Bilingual();
        WriteInto(site, Of(("site.yml", Config(valid, broken))));

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("site.yml", line, column), (error.File, error.Line, error.Column));
        Assert.Contains("control character", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptsTabsAndLineBreaksInASummaryOrADescription()
    {
        using var site = Builds.Bilingual();
        WriteInto(site, Of(
            ("site.yml", Config("description: { fr: \"Un journal\"", "description: { fr: \"Un\\njournal\"")),
            (A, Valid.Replace("title: A", "title: \"Un\\ttitre\"").Replace("---\nTexte", "summary: |\n  Deux\n  lignes.\n---\nTexte"))));

        var result = Builds.Run(site);

        Assert.True(result.Outcome == BuildOutcome.Success, string.Join('\n', result.Diagnostics));
        var html = site.ReadOutput("fr/2021/06/a/index.html");
        Assert.Contains("<h1>Un\ttitre</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(html, c => char.IsControl(c) && c is not '\t' and not '\n');
    }
}
