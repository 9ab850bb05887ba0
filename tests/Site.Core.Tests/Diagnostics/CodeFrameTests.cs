using Site.Core.Diagnostics;

namespace Site.Core.Tests.Diagnostics;

public sealed class CodeFrameTests
{
    private static Diagnostic At(string line, int column, int lineNumber = 2) =>
        Diagnostic.Error(new SourceLocation("articles/a.fr.md", lineNumber, column), DiagnosticCode.YamlSyntax, "something is wrong", "fix it") with { SourceLine = line };

    [Fact]
    public void GivenAPlainTerminalThenTheLineFollowsTheMessageWithACaretUnderTheColumn()
    {
        var frame = CodeFrame.Render(At("title: 'L'opposition conteste'", 10), colour: false);

        Assert.Equal(
            "articles/a.fr.md:2:10: error: something is wrong (fix it)\n" +
            "2 | title: 'L'opposition conteste'\n" +
            "  |          ^",
            frame);
    }

    [Theory]
    [InlineData("title: 'Été'", 12, "title: 'Été'", 12)] // precomposed accents take one column each
    [InlineData("title: 'E\u0301te\u0301'", 14, "title: 'E\u0301te\u0301'", 12)] // combining accents take none
    [InlineData("\t- 'Côte d'Ivoire'", 11, "    - 'Côte d'Ivoire'", 14)] // a tab is shown as four spaces, and counted so
    [InlineData("title: '東京の'会議'", 12, "title: '東京の'会議'", 15)] // wide characters take two columns
    [InlineData("title: \u001B[2J'x'", 12, "title: \\u001B[2J'x'", 17)] // control characters are escaped, not sent
    public void GivenTabsAccentsOrWideCharactersThenTheCaretIsUnderTheCharacter(string line, int column, string shown, int caretAt)
    {
        var lines = CodeFrame.Render(At(line, column), colour: false).Split('\n');

        Assert.Equal("2 | " + shown, lines[1]);
        Assert.Equal("  | " + new string(' ', caretAt - 1) + "^", lines[2]);
    }

    [Fact]
    public void GivenALineLongerThanTheScreenThenAWindowAroundTheColumnIsShown()
    {
        var line = "tags: " + new string('[', 5_000);

        var lines = CodeFrame.Render(At(line, 4_000), colour: false).Split('\n');

        Assert.True(lines[1].Length < 200, lines[1]);
        Assert.StartsWith("2 | …", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("…", lines[1], StringComparison.Ordinal);
        Assert.Equal(lines[1].IndexOf('…', StringComparison.Ordinal) + 1 + 60, lines[2].IndexOf('^', StringComparison.Ordinal));
    }

    [Fact]
    public void GivenAColourTerminalThenTheSeverityAndTheCaretAreColouredAndTheTextIsTheSame()
    {
        var diagnostic = At("title: 'L'opposition conteste'", 10);

        var coloured = CodeFrame.Render(diagnostic, colour: true);

        Assert.Contains("\u001B[1;31merror\u001B[0m", coloured, StringComparison.Ordinal);
        Assert.Contains("\u001B[1;31m^\u001B[0m", coloured, StringComparison.Ordinal);
        Assert.Equal(CodeFrame.Render(diagnostic, colour: false), System.Text.RegularExpressions.Regex.Replace(coloured, "\u001B\\[[0-9;]*m", string.Empty));
    }

    [Fact]
    public void GivenNoSourceLineThenOnlyTheMessageIsPrinted()
    {
        var diagnostic = Diagnostic.Error(new SourceLocation("theme/layouts/article.liquid"), DiagnosticCode.LayoutFailed, "the layout failed");

        Assert.Equal(diagnostic.ToString(), CodeFrame.Render(diagnostic, colour: false));
    }

    [Fact]
    public void GivenALineNumberOfSeveralDigitsThenTheGutterLinesUp()
    {
        var lines = CodeFrame.Render(At("key: 'a'b'", 9, lineNumber: 120), colour: false).Split('\n');

        Assert.Equal("120 | key: 'a'b'", lines[1]);
        Assert.Equal("    |         ^", lines[2]);
    }
}
