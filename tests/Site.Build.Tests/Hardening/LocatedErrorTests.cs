using Site.Core.Diagnostics;

using static Site.Build.Tests.Hardening.InputFiles;

namespace Site.Build.Tests.Hardening;

/// <summary>An error about one part of a line points at that part, and at a line the file has.</summary>
public sealed class LocatedErrorTests
{
    private const string A = "articles/2021/a.fr.md";

    public static TheoryData<string, string, int, int> Rows => new()
    {
        { "the third tag of a flow list", Valid.Replace("---\nTexte", "tags: [a, b, \"/\"]\n---\nTexte"), 5, 14 },
        { "the second tag of a block list", Valid.Replace("---\nTexte", "tags:\n  - Russie\n  - \"!!\"\n---\nTexte"), 7, 5 },
        { "a tag after one of the same URL", Valid.Replace("---\nTexte", "tags: [\"--\", a,\n  \"...\"]\n---\nTexte"), 5, 8 },
        { "brackets nested too deep on the last line, before blank lines", Valid.Replace("Texte.\n", "Texte.\n\n" + new string('[', 50_000) + "\n\n\n"), 8, 0 },
        { "quotes nested too deep on the last line, with no line break", Valid.Replace("Texte.\n", "Texte.\n\n" + string.Concat(Enumerable.Repeat("> ", 100)) + "x"), 8, 0 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void GivenAnErrorInOnePartOfALineWhenBuildingThenItPointsAtThatPart(string name, string article, int line, int column)
    {
        using var site = Builds.Bilingual();
        WriteInto(site, Of((A, article)));

        var result = Builds.Run(site);

        Assert.True(result.Outcome == BuildOutcome.BadInput, name);
        var error = result.Diagnostics.First(d => d.Severity == Severity.Error);
        Assert.Equal((A, line, column), (error.File, error.Line, error.Column));
        Assert.InRange(error.Line, 1, File.ReadAllText(Path.Combine(site.Input, A)).TrimEnd('\n').Split('\n').Length);
    }
}
