using System.Text;

using Site.Core.Diagnostics;
using Site.TestSupport;

using static Site.Build.Tests.Hardening.InputFiles;

namespace Site.Build.Tests.Hardening;

/// <summary>
/// Every kind of bad input gives a located diagnostic with a hint, the bad-input outcome, no stack trace, and leaves
/// the previous output byte for byte as it was. One row per kind: the files to write, where the error must point, and
/// its code.
/// </summary>
public sealed class BadInputTests
{
    private const string A = "articles/2021/a.fr.md";

    private static readonly string WithAuthors = Config(
        "timeZone: Europe/Paris",
        "timeZone: Europe/Paris\nauthors:\n  marie: { name: Marie }\n  redaction: { name: { fr: \"La rédaction\", en: \"The newsroom\" }, organization: true }");

    public static TheoryData<string, string[], string, int, int, DiagnosticCode> Rows => new()
    {
        // Front matter
        { "YAML syntax error", Of((A, "---\ntitle: A\ndate: 2021-06-16T18:00:00+02:00\n  category: monde\n---\n")), A, 4, 11, DiagnosticCode.YamlSyntax },
        { "unclosed bracket", Of((A, "---\ntitle: A\ndate: 2021-06-16T18:00:00+02:00\ncategory: [monde\n---\n")), A, 4, 11, DiagnosticCode.YamlSyntax },
        { "unclosed quote", Of((A, "---\ntitle: \"A\ndate: 2021-06-16T18:00:00+02:00\ncategory: monde\n---\n")), A, 2, 8, DiagnosticCode.YamlSyntax },
        { "a ':' without a key", Of((A, Valid.Replace("---\nTexte", "tags:\n : Russie\n---\nTexte"))), A, 6, 2, DiagnosticCode.YamlSyntax },
        { "front matter not closed", Of((A, "---\ntitle: A\ndate: 2021-06-16T18:00:00+02:00\ncategory: monde\nTexte.\n")), A, 1, 1, DiagnosticCode.FrontMatterNotClosed },
        { "no front matter", Of((A, "Texte.\n")), A, 1, 1, DiagnosticCode.FrontMatterMissing },
        { "front matter is a list", Of((A, "---\n- a\n- b\n---\n")), A, 2, 1, DiagnosticCode.ExpectedMapping },
        { "missing title", Of((A, Valid.Replace("title: A\n", ""))), A, 2, 1, DiagnosticCode.MissingKey },
        { "empty title", Of((A, Valid.Replace("title: A", "title: \"  \""))), A, 2, 8, DiagnosticCode.EmptyValue },
        { "missing date", Of((A, Valid.Replace("date: 2021-06-16T18:00:00+02:00\n", ""))), A, 2, 1, DiagnosticCode.MissingKey },
        { "missing category", Of((A, Valid.Replace("category: monde\n", ""))), A, 2, 1, DiagnosticCode.MissingKey },
        { "impossible date", Of((A, Valid.Replace("2021-06-16", "2021-02-30"))), A, 3, 7, DiagnosticCode.InvalidDate },
        { "date that is not a date", Of((A, Valid.Replace("2021-06-16T18:00:00+02:00", "hier"))), A, 3, 7, DiagnosticCode.InvalidDate },
        { "unknown category", Of((A, Valid.Replace("category: monde", "category: sport"))), A, 4, 11, DiagnosticCode.UnknownCategory },
        { "tags as one text", Of((A, Valid.Replace("---\nTexte", "tags: Russie\n---\nTexte"))), A, 5, 7, DiagnosticCode.ExpectedList },
        { "tags as a mapping", Of((A, Valid.Replace("---\nTexte", "tags: { a: b }\n---\nTexte"))), A, 5, 7, DiagnosticCode.ExpectedList },
        { "a tag that is a list", Of((A, Valid.Replace("---\nTexte", "tags: [Russie, [Ukraine]]\n---\nTexte"))), A, 5, 16, DiagnosticCode.EmptyValue },
        { "an empty tag", Of((A, Valid.Replace("---\nTexte", "tags:\n  - Russie\n  -\n---\nTexte"))), A, 7, 4, DiagnosticCode.EmptyValue },
        { "image without image_alt", Of((A, Valid.Replace("---\nTexte", "image: /media/geneve.png\n---\nTexte"))), A, 5, 1, DiagnosticCode.MissingImageAlt },
        { "unknown key", Of((A, Valid.Replace("---\nTexte", "categroy: monde\n---\nTexte"))), A, 5, 1, DiagnosticCode.UnknownKey },
        { "draft that is not a boolean", Of((A, Valid.Replace("---\nTexte", "draft: perhaps\n---\nTexte"))), A, 5, 8, DiagnosticCode.ExpectedBoolean },
        { "footer on an article", Of((A, Valid.Replace("---\nTexte", "footer: true\n---\nTexte"))), A, 5, 1, DiagnosticCode.PageOnlyKey },
        { "unknown author key", Of(("site.yml", WithAuthors), (A, Valid.Replace("---\nTexte", "author: jean\n---\nTexte"))), A, 5, 9, DiagnosticCode.UnknownAuthor },
        { "unknown author key in a list", Of(("site.yml", WithAuthors), (A, Valid.Replace("---\nTexte", "author: [marie, jean]\n---\nTexte"))), A, 5, 17, DiagnosticCode.UnknownAuthor },
        { "author without an English name", Of(("site.yml", WithAuthors.Replace("marie: { name: Marie }", "marie: { name: { fr: Marie } }"))), "site.yml", 13, 12, DiagnosticCode.MissingTranslation },
        { "undeclared default author", Of(("site.yml", WithAuthors + "\ndefaultAuthor: jean")), "site.yml", 20, 16, DiagnosticCode.UnknownAuthor },

        // Files
        { "unknown language suffix", Of(("articles/2021/a.de.md", Valid)), "articles/2021/a.de.md", 0, 0, DiagnosticCode.UnknownLanguage },
        { "two dots in the name", Of(("articles/2021/a.b.fr.md", Valid)), "articles/2021/a.b.fr.md", 0, 0, DiagnosticCode.InvalidFileName },
        { "empty file", Of((A, "")), A, 1, 1, DiagnosticCode.EmptyFile },
        { "blank file", Of((A, " \n\n")), A, 1, 1, DiagnosticCode.EmptyFile },
        { "invalid UTF-8", Of((A, Valid.Replace("title: A", $"title: A{InvalidByte}"))), A, 2, 9, DiagnosticCode.InvalidUtf8 },

        // The site as a whole
        { "translationKey twice in one language", Of((A, Valid.Replace("---\nTexte", "translationKey: karabakh\n---\nTexte"))), A, 5, 1, DiagnosticCode.DuplicateTranslation },
        { "link to a missing source file", Of((A, Valid.Replace("Texte.", "Voir [ceci](../2019/absent.fr.md)."))), A, 6, 6, DiagnosticCode.BrokenSourceLink },

        // site.yml
        { "site.yml syntax error", Of(("site.yml", Config("pageSize: 10", "pageSize: [10"))), "site.yml", 8, 11, DiagnosticCode.YamlSyntax },
        { "site.yml badly indented", Of(("site.yml", Config("pageSize: 10", "  pageSize: 10"))), "site.yml", 8, 3, DiagnosticCode.YamlSyntax },
        { "site.yml with a ':' without a key", Of(("site.yml", Config("categories:\n  monde:", "categories:\n :  monde:"))), "site.yml", 13, 2, DiagnosticCode.YamlSyntax },
        { "site.yml not UTF-8", Of(("site.yml", Config("Le Journal", $"Le Journal{InvalidByte}"))), "site.yml", 1, 25, DiagnosticCode.InvalidUtf8 },

        // Theme
        { "missing layout", Of(("theme/layouts/article.liquid", null)), "theme/layouts/article.liquid", 0, 0, DiagnosticCode.MissingLayout },
        { "Liquid syntax error", Of(("theme/layouts/article.liquid", Theme("layouts/article.liquid", "{%- endif %}", "{%- endiff %}"))), "theme/layouts/article.liquid", 7, 5, DiagnosticCode.LiquidSyntax },
        { "missing UI string", Of(("theme/i18n/en.yml", Theme("i18n/en.yml", "print: ", "printt: "))), "theme/i18n/en.yml", 0, 0, DiagnosticCode.MissingUiString },
        { "UI string no language defines", Of(("theme/layouts/article.liquid", Theme("layouts/article.liquid", "{{ t.print }}", "{{ t.prnit }}"))), "theme/layouts/article.liquid", 21, 79, DiagnosticCode.MissingUiString },
        { "layout dividing by zero", Of(("theme/layouts/article.liquid", Theme("layouts/article.liquid", "<h1>{{ entry.title }}</h1>", "<h1>{{ entry.title | divided_by: 0 }}</h1>"))), "theme/layouts/article.liquid", 0, 0, DiagnosticCode.LayoutFailed },
        { "layout including a missing file", Of(("theme/layouts/list.liquid", Theme("layouts/list.liquid", "</section>", "{% include 'aside' %}</section>"))), "theme/layouts/list.liquid", 0, 0, DiagnosticCode.LayoutFailed },
        { "UI strings with a ':' without a key", Of(("theme/i18n/en.yml", Theme("i18n/en.yml", "print: \"Print\"", "print:\n : \"Print\""))), "theme/i18n/en.yml", 15, 2, DiagnosticCode.ExpectedSingleValue },
        { "UI strings nested too deep", Of(("theme/i18n/en.yml", Theme("i18n/en.yml", "print: \"Print\"", "print: " + new string('[', 100_000)))), "theme/i18n/en.yml", 14, 8, DiagnosticCode.ExpectedSingleValue },
        { "UI strings not YAML", Of(("theme/i18n/en.yml", Theme("i18n/en.yml", "print: ", "  print: "))), "theme/i18n/en.yml", 14, 3, DiagnosticCode.YamlSyntax },
        { "site.yml empty", Of(("site.yml", "")), "site.yml", 1, 1, DiagnosticCode.ExpectedMapping },
        { "undeclared default language", Of(("site.yml", Config("defaultLanguage: fr", "defaultLanguage: de"))), "site.yml", 4, 18, DiagnosticCode.UnknownLanguage },
        { "duplicate language", Of(("site.yml", Config("code: en,", "code: fr,"))), "site.yml", 7, 13, DiagnosticCode.DuplicateLanguage },
        { "category without an English name", Of(("site.yml", Config("monde: { fr: \"Monde\", en: \"World\" }", "monde: { fr: \"Monde\" }"))), "site.yml", 13, 3, DiagnosticCode.MissingTranslation },
        { "category with an empty name", Of(("site.yml", Config("en: \"World\"", "en: \"\""))), "site.yml", 13, 29, DiagnosticCode.EmptyValue },
        { "pageSize zero", Of(("site.yml", Config("pageSize: 10", "pageSize: 0"))), "site.yml", 8, 11, DiagnosticCode.ValueOutOfRange },
        { "pageSize negative", Of(("site.yml", Config("pageSize: 10", "pageSize: -5"))), "site.yml", 8, 11, DiagnosticCode.ValueOutOfRange },
        { "baseUrl relative", Of(("site.yml", Config("baseUrl: https://example.org/", "baseUrl: /blog/"))), "site.yml", 3, 10, DiagnosticCode.InvalidBaseUrl },
        { "baseUrl without scheme", Of(("site.yml", Config("baseUrl: https://example.org/", "baseUrl: example.org"))), "site.yml", 3, 10, DiagnosticCode.InvalidBaseUrl },
        { "baseUrl not http", Of(("site.yml", Config("baseUrl: https://example.org/", "baseUrl: file:///etc/"))), "site.yml", 3, 10, DiagnosticCode.InvalidBaseUrl },
        { "duplicate URL", Of(("articles/2021/autre.fr.md", Valid.Replace("---\nTexte", "slug: poutine\n---\nTexte"))), "articles/2021/autre.fr.md", 5, 1, DiagnosticCode.DuplicateUrl },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void ReportsBadInputWhereItIsAndKeepsThePreviousOutput(string name, string[] files, string file, int line, int column, DiagnosticCode code) =>
        AssertReported(name, files, file, line, column, d => d.Code == code, code.ToString());

    private static void AssertReported(string name, string[] files, string file, int line, int column, Func<Diagnostic, bool> expected, string what)
    {
        using var site = Builds.Bilingual();
        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);
        var before = site.OutputHashes();

        WriteInto(site, files);
        var result = Builds.Run(site);

        Assert.True(result.Outcome == BuildOutcome.BadInput, $"{name}: exit {result.Outcome}");
        var error = result.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error && expected(d));
        Assert.True(error is not null, $"{name}: no error {what} in:\n{string.Join('\n', result.Diagnostics)}");
        Assert.Equal((file, line, column), (error.File, error.Line, error.Column));
        Assert.False(string.IsNullOrWhiteSpace(error.Hint), $"{name}: no hint on how to fix it");
        AssertNoStackTrace(result);
        Assert.Equal(before, site.OutputHashes());
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.tmp")));
    }

    [Fact]
    public void ReportsAnImageMissingFromMediaAsABrokenReferenceWithExitOne()
    {
        using var site = Builds.Bilingual();
        Builds.Run(site);
        var before = site.OutputHashes();

        WriteInto(site, Of((A, Valid.Replace("---\nTexte", "image: /media/absente.jpg\nimage_alt: Rien\n---\nTexte"))));
        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.SiteProblems, result.Outcome);
        Assert.All(result.Findings, f => Assert.EndsWith("/media/absente.jpg", f.Url, StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Page == "fr/2021/06/a/index.html");
        Assert.All(result.Findings.Where(f => f.Page == "fr/2021/06/a/index.html"), f => Assert.Equal(site.Input + "/" + A, f.SourceFile));
        Assert.Equal(before, site.OutputHashes());
    }

    [Fact]
    public void ReportsEveryProblemOfTheFilesTogether()
    {
        using var site = Builds.Bilingual();
        Builds.Run(site);
        var before = site.OutputHashes();

        WriteInto(site, Of(
            ("articles/2021/a.fr.md", Valid.Replace("2021-06-16", "2021-02-30")),
            ("articles/2021/b.fr.md", Valid.Replace("monde", "sport")),
            ("articles/2021/c.de.md", Valid),
            ("articles/2021/d.fr.md", ""),
            ("theme/layouts/tags.liquid", null),
            ("theme/i18n/en.yml", Theme("i18n/en.yml", "print: ", "printt: "))));
        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        Assert.Equal(
            ["articles/2021/a.fr.md", "articles/2021/b.fr.md", "articles/2021/c.de.md", "articles/2021/d.fr.md", "theme/i18n/en.yml", "theme/i18n/fr.yml", "theme/layouts/tags.liquid"],
            result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.File).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(before, site.OutputHashes());
    }

    [Fact]
    public void ReportsEveryProblemOfSiteYmlTogether()
    {
        using var site = Builds.Bilingual();
        WriteInto(site, Of(("site.yml", TestSite.BilingualConfig.Replace("pageSize: 10", "pageSize: 0").Replace("defaultLanguage: fr", "defaultLanguage: de").Replace("https://example.org/", "/relative/"))));

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        Assert.Equal([3, 4, 8], result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Line));
    }

    [Fact]
    public void ReportsOnlySiteYmlWhenItCannotBeReadThoughTheLayoutsAreParsedMeanwhile()
    {
        using var site = Builds.Bilingual();
        Builds.Run(site);
        var before = site.OutputHashes();
        WriteInto(site, Of(
            ("site.yml", TestSite.BilingualConfig + "\ncategories: [\n"),
            ("theme/layouts/article.liquid", Theme("layouts/article.liquid", "{%- endif %}", "{%- endiff %}"))));

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        Assert.Equal(["site.yml"], result.Diagnostics.Select(d => d.File).Distinct());
        Assert.Equal(before, site.OutputHashes());
    }

    [Fact]
    public void AcceptsAByteOrderMarkAndCrlfLineEndings()
    {
        using var site = Builds.Bilingual();
        var bom = Encoding.UTF8.GetPreamble();
        site.WriteInputBytes("site.yml", [.. bom, .. Encoding.UTF8.GetBytes(TestSite.BilingualConfig.ReplaceLineEndings("\r\n"))]);
        site.WriteInputBytes(A, [.. bom, .. Encoding.UTF8.GetBytes("---\r\ntitle: « L’été »\r\ndate: 2021-06-16T18:00:00+02:00\r\ncategory: monde\r\ntags:\r\n  - Russie\r\n---\r\nUn paragraphe\r\nsur deux lignes.\r\n\r\n- un\r\n- deux\r\n")]);

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        var html = site.ReadOutput("fr/2021/06/a/index.html");
        Assert.Contains("<h1>« L’été »</h1>", html);
        Assert.Contains("<p>Un paragraphe\nsur deux lignes.</p>", html);
        Assert.DoesNotContain("\r", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFEFF", html, StringComparison.Ordinal);
        Assert.True(site.OutputExists("fr/tags/russie/index.html"));
    }

    [Theory]
    [InlineData("2021-06-16 18:00", "2021-06-16T18:00:00+02:00")]
    [InlineData("2021-06-16T18:00:00", "2021-06-16T18:00:00+02:00")]
    [InlineData("2021-01-15T09:30", "2021-01-15T09:30:00+01:00")]
    [InlineData("2021-01-15", "2021-01-15T00:00:00+01:00")]
    [InlineData("2021-03-28T02:30", "2021-03-28T02:30:00+01:00")]
    [InlineData("2021-10-31T02:30", "2021-10-31T02:30:00+01:00")]
    [InlineData("2021-06-16T16:00:00Z", "2021-06-16T16:00:00+00:00")]
    [InlineData("2021-06-16T18:00:00-04:00", "2021-06-16T18:00:00-04:00")]
    public void TakesADateWithoutOffsetInTheSiteTimeZone(string written, string datetime)
    {
        using var site = Builds.Bilingual();
        WriteInto(site, Of((A, Valid.Replace("2021-06-16T18:00:00+02:00", written))));

        var result = Builds.Run(site);

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        var month = written[5..7];
        Assert.Contains($"<time datetime=\"{datetime}\">", site.ReadOutput($"fr/2021/{month}/a/index.html"));
    }

    internal static void AssertNoStackTrace(BuildResult result)
    {
        foreach (var diagnostic in result.Diagnostics.Select(d => d.ToString()))
        {
            Assert.DoesNotContain("   at ", diagnostic);
            Assert.DoesNotContain("Exception", diagnostic);
        }
    }
}
