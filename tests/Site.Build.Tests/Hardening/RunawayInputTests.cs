using Site.Core.Diagnostics;
using Site.TestSupport;

using static Site.Build.Tests.Hardening.InputFiles;

namespace Site.Build.Tests.Hardening;

/// <summary>
/// Input that used to hold the build for minutes or for ever (a list nested thousands of levels deep, a layout that
/// loops hundreds of millions of times) is refused at once with a located error, and the build ends.
/// </summary>
public sealed class RunawayInputTests
{
    private const string A = "articles/2021/a.fr.md";

    public static TheoryData<string, string[], string, int> Rows => new()
    {
        {
            "a list indented one more tab on each line, 4.4 MB",
            Of((A, Valid.Replace("Texte.\n", string.Concat(Enumerable.Range(0, 2_963).Select(i => new string('\t', i) + "- x\n"))))),
            A,
            6 + 32 - 1
        },
        {
            "a layout looping over 300 million numbers",
            Of(("theme/layouts/base.liquid", Theme("layouts/base.liquid", "<head>\n", "<head>\n{% for i in (1..300000000) %}x{% endfor %}\n"))),
            "theme/layouts/base.liquid",
            4
        },
        {
            "a layout with loops inside loops, two million steps a page",
            Of(("theme/layouts/base.liquid", Theme("layouts/base.liquid", "<head>\n", "<head>\n{% for i in (1..2000) %}{% for j in (1..1000) %}{% endfor %}{% endfor %}\n"))),
            "theme/layouts/base.liquid",
            0
        },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void GivenRunawayInputWhenBuildingThenTheBuildEndsWithALocatedError(string name, string[] files, string file, int line)
    {
        using var site = Builds.Bilingual();
        WriteInto(site, files);

        var result = Builds.Run(site);

        Assert.True(result.Outcome == BuildOutcome.BadInput, $"{name}: {string.Join('\n', result.Diagnostics)}");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((file, line), (error.File, error.Line));
        Assert.NotNull(error.Hint);
        Assert.False(Directory.Exists(site.Output));
    }
}
