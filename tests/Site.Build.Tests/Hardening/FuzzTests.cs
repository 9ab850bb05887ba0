using System.Text;

using Site.Core.Diagnostics;
using Site.TestSupport;

namespace Site.Build.Tests.Hardening;

/// <summary>
/// Random damage to a valid front matter, site.yml or theme file (fixed seeds, so that a failure can be replayed) must
/// always end in an exit code (0, 1 or 2) with located diagnostics, never in an exception.
/// </summary>
public sealed class FuzzTests
{
    private const int Cases = 300;

    private const string Article = """
        ---
        title: "Poutine à Genève : « un sommet »"
        date: 2021-06-16T18:00:00+02:00
        updated: 2021-06-17 08:30
        category: monde
        tags: [Vladimir Poutine, Russie]
        summary: >
          Un résumé sur
          deux lignes.
        image: /media/geneve.png
        image_alt: 'Le lac de Genève'
        author: Anna K.
        slug: poutine-geneve
        translationKey: poutine_2021
        draft: false
        ---
        Le sommet a eu lieu.

        """;

    /// <summary>What YAML and Markdown give meaning to, and a few characters that are trouble elsewhere.</summary>
    private static readonly string[] Specials =
    [
        ":", ": ", "- ", "-", "[", "]", "{", "}", ",", "&a ", "*a", "*", "!", "!!int ", "!!binary ", "|", ">", "#", "%", "@", "`", "\"", "'",
        "\t", "? ", "---", "...", "\\", "\n", "~", "<<: *a", "&a [*a]", "\0", "\uFEFF", "\r", "\u2028", "\uD800", "0x", "1e999", "-.inf",
        "9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00-14:00", "2021-06-16T18:00:00+99:00", "null", "~/", "../", "/", "\u0085",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void DamagedFrontMatterNeverCrashesTheBuild(int seed)
    {
        using var site = Builds.Bilingual();
        var random = new Random(seed);

        var runs = Enumerable.Range(0, Cases).Select(_ => Run(site, "articles/2021/fuzz.fr.md", Mutate(Article, random))).ToList();

        AssertNeverCrashed(runs);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void DamagedSiteYmlNeverCrashesTheBuild(int seed)
    {
        using var site = Builds.Bilingual();
        var random = new Random(seed);

        var runs = Enumerable.Range(0, Cases).Select(_ => Run(site, "site.yml", Mutate(TestSite.BilingualConfig, random))).ToList();

        AssertNeverCrashed(runs);
    }

    [Theory]
    [InlineData(5, "layouts/article.liquid")]
    [InlineData(6, "i18n/en.yml")]
    public void DamagedThemeNeverCrashesTheBuild(int seed, string file)
    {
        using var site = Builds.Bilingual();
        var random = new Random(seed);
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.Theme, file));

        var runs = Enumerable.Range(0, Cases / 2).Select(_ => Run(site, "theme/" + file, Mutate(original, random))).ToList();

        AssertNeverCrashed(runs);
    }

    [Theory]
    [InlineData("articles/2021/fuzz.fr.md", "2021-06-16T18:00:00+02:00", "0001-01-01")]
    [InlineData("articles/2021/fuzz.fr.md", "2021-06-16T18:00:00+02:00", "0001-01-01T00:00:00Z")]
    [InlineData("articles/2021/fuzz.fr.md", "2021-06-16T18:00:00+02:00", "0001-01-01T00:00:00+00:00")]
    [InlineData("articles/2021/fuzz.fr.md", "2021-06-16T18:00:00+02:00", "0001-01-01T00:00:00-01:00")]
    [InlineData("articles/2021/fuzz.fr.md", "2021-06-16T18:00:00+02:00", "9999-12-31T23:59:59")]
    [InlineData("articles/2021/fuzz.fr.md", "2021-06-16T18:00:00+02:00", "9999-12-31T23:59:59Z")]
    [InlineData("articles/2021/fuzz.fr.md", "2021-06-16T18:00:00+02:00", "9999-12-31T23:59:59-14:00")]
    [InlineData("articles/2021/fuzz.fr.md", "2021-06-16T18:00:00+02:00", "9999-12-31T23:59:59+14:00")]
    [InlineData("articles/2021/fuzz.fr.md", "2021-06-16T18:00:00+02:00", "1890-01-01")]
    [InlineData("articles/2021/fuzz.fr.md", "2021-06-16T18:00:00+02:00", "2021-03-28T02:30")]
    [InlineData("articles/2021/fuzz.fr.md", "updated: 2021-06-17 08:30", "updated: 0001-01-01")]
    [InlineData("articles/2021/fuzz.fr.md", "updated: 2021-06-17 08:30", "updated: 9999-12-31T23:59:59Z")]
    [InlineData("articles/2021/fuzz.fr.md", "image: /media/geneve.png", "image: /media/%00.png")]
    [InlineData("articles/2021/fuzz.fr.md", "image: /media/geneve.png", "image: /media/%2e%2e/%2e%2e/site.yml")]
    [InlineData("articles/2021/fuzz.fr.md", "image: /media/geneve.png", "image: \"/media/\\0.png\"")]
    [InlineData("articles/2021/fuzz.fr.md", "image: /media/geneve.png", "image: \"/media/a\\u0001.png\"")]
    [InlineData("articles/2021/fuzz.fr.md", "image: /media/geneve.png", "image: //evil.example/x.png")]
    [InlineData("articles/2021/fuzz.fr.md", "image: /media/geneve.png", "image: \"javascript:alert(1)\"")]
    [InlineData("articles/2021/fuzz.fr.md", "image: /media/geneve.png", "image: http://[::1")]
    [InlineData("articles/2021/fuzz.fr.md", "Le sommet a eu lieu.", "![a](/media/%00.png) [b](/fr/%00/) [c](%ZZ) [d](/media/%2e%2e/%2e%2e/x) ![e](<a b.png>) [f](http://[::1) [g](../../../../x.md)")]
    [InlineData("articles/2021/fuzz.fr.md", "Le sommet a eu lieu.", "<img src=\"/media/%00.png\" srcset=\"/a%00.png 1x, , ,, 2x\"> <a href=\"/fr/%00\">x</a> <a href=\"#%ZZ\">y</a>")]
    [InlineData("site.yml", "pageSize: 10", "pageSize: 2147483647")]
    [InlineData("site.yml", "pageSize: 10", "pageSize: 99999999999")]
    [InlineData("site.yml", "pageSize: 10", "pageSize: 1")]
    [InlineData("site.yml", "culture: en-GB", "culture: x-y")]
    [InlineData("site.yml", "culture: en-GB", "culture: en")]
    [InlineData("site.yml", "timeZone: Europe/Paris", "timeZone: Pacific/Kiritimati")]
    [InlineData("site.yml", "timeZone: Europe/Paris", "timeZone: Etc/GMT+12")]
    [InlineData("site.yml", "timeZone: Europe/Paris", "timeZone: ../../../etc/passwd")]
    [InlineData("site.yml", "baseUrl: https://example.org/", "baseUrl: https://[::1]:8080/a%20b/")]
    [InlineData("site.yml", "baseUrl: https://example.org/", "baseUrl: https://user:pass@example.org/")]
    [InlineData("site.yml", "monde: { fr: \"Monde\", en: \"World\" }", "monde: { fr: \"!!!\", en: \"???\" }")]
    [InlineData("site.yml", "monde: { fr: \"Monde\", en: \"World\" }", "monde: { fr: \"Page\", en: \"Tags\" }")]
    [InlineData("site.yml", "\"Vladimir Poutine\": { en: \"Vladimir Putin\" }", "\"!!!\": { en: \"???\" }")]
    [InlineData("site.yml", "\"Vladimir Poutine\": { en: \"Vladimir Putin\" }", "\"Russie\": { en: \"Russie\" }")]
    public void ExtremeValuesNeverCrashTheBuild(string path, string valid, string extreme)
    {
        using var site = Builds.Bilingual();
        var text = path == "site.yml" ? TestSite.BilingualConfig : Article;
        Assert.Contains(valid, text);

        var (outcome, problem) = Run(site, path, text.Replace(valid, extreme), future: true);

        Assert.True(problem is null, problem);
        Assert.NotNull(outcome);
    }

    /// <summary>Some damage must leave a valid file and some must not, or the cases test nothing; none may crash.</summary>
    private static void AssertNeverCrashed(List<(BuildOutcome? Outcome, string? Problem)> runs)
    {
        var failures = runs.Select(r => r.Problem).OfType<string>().ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {runs.Count} cases failed; the first ones:\n\n" + string.Join("\n\n", failures.Take(5)));
        Assert.Contains(runs, r => r.Outcome == BuildOutcome.Success);
        Assert.Contains(runs, r => r.Outcome == BuildOutcome.BadInput);
    }

    /// <summary>Builds with <paramref name="text"/> written at <paramref name="path"/>: the outcome (none if it crashed), and what went wrong if anything.</summary>
    private static (BuildOutcome? Outcome, string? Problem) Run(TestSite site, string path, string text, bool future = false)
    {
        if (path.StartsWith("theme/", StringComparison.Ordinal))
        {
            site.WriteTheme(path["theme/".Length..], text);
        }
        else
        {
            site.WriteInput(path, text);
        }

        try
        {
            var result = Builds.Run(site, drafts: future, future: future);
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            var problem = result.Outcome switch
            {
                BuildOutcome.Success when errors.Count > 0 => "exit 0 with errors",
                BuildOutcome.SiteProblems when result.Findings.Count == 0 => "exit 1 without findings",
                BuildOutcome.BadInput when errors.Count == 0 => "exit 2 without an error",
                BuildOutcome.BadInput when errors.Any(e => e.File.Length == 0 || e.Hint is null) => "an error without a file or a hint",
                not (BuildOutcome.Success or BuildOutcome.SiteProblems or BuildOutcome.BadInput) => $"exit {result.Outcome}",
                _ when result.Diagnostics.Any(d => d.ToString().Contains("Exception", StringComparison.Ordinal)) => "an exception name in a diagnostic",
                _ => null,
            };
            return (result.Outcome, problem is null ? null : $"{problem} for {path}:\n{text}\n{string.Join('\n', result.Diagnostics)}");
        }
        catch (Exception e)
        {
            return (null, $"{e.GetType().Name}: {e.Message} for {path}:\n{text}\n{e.StackTrace}");
        }
    }

    /// <summary>One to three random edits: characters or lines deleted, doubled or swapped, special text inserted, or the end cut off.</summary>
    private static string Mutate(string text, Random random)
    {
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            text = random.Next(8) switch
            {
                0 when text.Length > 0 => text.Remove(random.Next(text.Length), 1),
                1 when text.Length > 0 => DoubleCharacter(text, random.Next(text.Length)),
                2 when text.Length > 1 => SwapCharacters(text, random.Next(text.Length - 1)),
                3 => EditLines(text, random, (lines, i) => lines.RemoveAt(i)),
                4 => EditLines(text, random, (lines, i) => lines.Insert(i, lines[i])),
                5 => EditLines(text, random, (lines, i) => (lines[i], lines[i / 2]) = (lines[i / 2], lines[i])),
                6 => text.Insert(random.Next(text.Length + 1), Specials[random.Next(Specials.Length)]),
                _ => text[..random.Next(text.Length + 1)],
            };
        }

        return text;
    }

    private static string DoubleCharacter(string text, int at) => text.Insert(at, text[at].ToString());

    private static string SwapCharacters(string text, int at)
    {
        var builder = new StringBuilder(text);
        (builder[at], builder[at + 1]) = (builder[at + 1], builder[at]);
        return builder.ToString();
    }

    private static string EditLines(string text, Random random, Action<List<string>, int> edit)
    {
        var lines = text.Split('\n').ToList();
        edit(lines, random.Next(lines.Count));
        return string.Join('\n', lines);
    }
}
