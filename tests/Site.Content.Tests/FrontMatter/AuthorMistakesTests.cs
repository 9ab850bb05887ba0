using Site.Content.Config;
using Site.Content.FrontMatter;
using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Content.Tests.FrontMatter;

/// <summary>
/// Mistakes that journalists make in front matter, each answered by what the author did and how to fix it: the
/// diagnostic's code, where it points (the character to fix) and a fragment of its hint.
/// </summary>
public sealed class AuthorMistakesTests
{
    private const string Path = "articles/2026/x.fr.md";

    private static readonly SiteConfig Config = SiteConfigLoader.Parse(
        """
        title: { fr: "Le Journal", en: "The Paper" }
        description: { fr: "Un journal", en: "A paper" }
        baseUrl: https://example.org/
        defaultLanguage: fr
        languages:
          - { code: fr, name: Français, culture: fr-FR }
          - { code: en, name: English, culture: en-GB }
        timeZone: Europe/Paris
        categories:
          europe: { fr: "Europe", en: "Europe" }
          moyen-orient: { fr: "Moyen-Orient", en: "Middle East" }
          economie: { fr: "Économie", en: "Economy" }
        """,
        new DiagnosticBag())!;

    public static TheoryData<string, DiagnosticCode, int, int, string> Rows => new()
    {
        // An apostrophe inside single quotes: the commonest French mistake, never taken for a colon problem.
        { "title: 'L'opposition conteste'", DiagnosticCode.ApostropheInSingleQuotes, 2, 10, "title: \"L'opposition conteste\"" },
        { "title: 'Aujourd'hui, la grève'", DiagnosticCode.ApostropheInSingleQuotes, 2, 16, "write an apostrophe twice, ''" },
        { "title: 'L'opposition : le vote'", DiagnosticCode.ApostropheInSingleQuotes, 2, 10, "or use double quotes" },
        { "title: T\nsummary: 'Le point sur l'inflation'", DiagnosticCode.ApostropheInSingleQuotes, 3, 25, "summary: \"Le point sur l'inflation\"" },
        { "title: T\ntags:\n  - 'Côte d'Ivoire'", DiagnosticCode.ApostropheInSingleQuotes, 4, 12, "- \"Côte d'Ivoire\"" },

        // A colon in a value without quotes.
        { "title: Ukraine : Zelensky face à Moscou", DiagnosticCode.UnquotedColon, 2, 16, "title: \"Ukraine : Zelensky face à Moscou\"" },
        { "title: Brexit: la dernière ligne droite", DiagnosticCode.UnquotedColon, 2, 14, "title: \"Brexit: la dernière ligne droite\"" },
        { "title: T\nimage_alt: Carte : les frontières du \"Donbass\"", DiagnosticCode.UnquotedColon, 3, 18, "image_alt: 'Carte : les frontières du \"Donbass\"'" },

        // A tab where YAML wants spaces.
        { "title: T\ntags:\n\t- Ukraine", DiagnosticCode.TabIndentation, 4, 1, "replace the tab with spaces" },
        { "title: T\ntags:\n  - Mali\n \t- Sahel", DiagnosticCode.TabIndentation, 5, 2, "replace the tab with spaces" },

        // A date written day first.
        { "title: T\ndate: 29/11/2026", DiagnosticCode.InvalidDate, 3, 7, "'date: 2026-11-29'" },
        { "title: T\ndate: 29.11.2026", DiagnosticCode.InvalidDate, 3, 7, "'date: 2026-11-29'" },
        { "title: T\ndate: 1/2/2026 10:00", DiagnosticCode.InvalidDate, 3, 7, "'date: 2026-02-01'" },

        // A category one or two edits away from one of site.yml.
        { "title: T\ncategory: moyen-orien", DiagnosticCode.UnknownCategory, 3, 11, "did you mean 'moyen-orient'?" },
        { "title: T\ncategory: Moyen-Orient", DiagnosticCode.UnknownCategory, 3, 11, "did you mean 'moyen-orient'?" },
        { "title: T\ncategory: moyen orient", DiagnosticCode.UnknownCategory, 3, 11, "did you mean 'moyen-orient'?" },
        { "title: T\ncategory: économie", DiagnosticCode.UnknownCategory, 3, 11, "did you mean 'economie'?" },
        { "title: T\ncategory: sport", DiagnosticCode.UnknownCategory, 3, 11, "use one of: europe, moyen-orient, economie" },

        // A front matter key one edit away from a known one.
        { "title: T\ncatgory: europe", DiagnosticCode.UnknownKey, 3, 1, "did you mean 'category'?" },
        { "titre: T", DiagnosticCode.UnknownKey, 2, 1, "did you mean 'title'?" },
        { "title: T\nimage-alt: Une carte", DiagnosticCode.UnknownKey, 3, 1, "did you mean 'image_alt'?" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void GivenACommonMistakeThenTheErrorPointsAtItAndSaysHowToFixIt(string frontMatter, DiagnosticCode code, int line, int column, string hint)
    {
        var text = Complete(frontMatter);
        var diagnostics = new DiagnosticBag();

        ArticleParser.Parse(Path, ContentKind.Article, text, Config, diagnostics);

        var found = diagnostics.ToSortedList();
        var diagnostic = Assert.Single(found, d => d.Code == code);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.Contains(hint, diagnostic.Hint, StringComparison.Ordinal);
    }

    /// <summary>The front matter of the row, with the required keys it does not write itself, and a body.</summary>
    private static string Complete(string frontMatter)
    {
        var lines = frontMatter.Split('\n').ToList();
        if (!lines.Any(l => l.StartsWith("date:", StringComparison.Ordinal)))
        {
            lines.Add("date: 2026-11-29T09:00:00+01:00");
        }

        if (!lines.Any(l => l.StartsWith("category:", StringComparison.Ordinal)))
        {
            lines.Add("category: europe");
        }

        return "---\n" + string.Join('\n', lines) + "\n---\nTexte.\n";
    }
}
