using Site.Core.Diagnostics;

namespace Site.Core.Tests.Diagnostics;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("a\n1:1: error: forged.md", "a\\u000A1:1: error: forged.md")]
    [InlineData("\u001B[31mred\u001B[0m", "\\u001B[31mred\\u001B[0m")]
    [InlineData("\u001B]0;title\u0007", "\\u001B]0;title\\u0007")]
    [InlineData("over\rwrite", "over\\u000Dwrite")]
    [InlineData("\u009B2J", "\\u009B2J")]
    [InlineData("abc\u202Efed", "abc\\u202Efed")]
    [InlineData("tab\there", "tab\\u0009here")]
    [InlineData("« L’été » ok", "« L’été » ok")]
    public void GivenTextFromTheInputWhenPrintedThenControlCharactersAreShownAsEscapes(string text, string printed)
    {
        Assert.Equal(printed, TerminalText.Escape(text));
    }

    [Fact]
    public void GivenADiagnosticQuotingControlCharactersWhenPrintedThenItIsOneVisibleLine()
    {
        var diagnostic = Diagnostic.Error(new SourceLocation("articles/a\n1:1: error: forged.fr.md", 3, 7), DiagnosticCode.InvalidSlug, "the slug 'abc\n1:1: error: x\u001B[2J' can't be a URL segment", "use 'abc\u0007'");

        var printed = diagnostic.ToString();

        Assert.DoesNotContain(printed, c => char.IsControl(c));
        Assert.StartsWith("articles/a\\u000A1:1: error: forged.fr.md:3:7: error: ", printed, StringComparison.Ordinal);
    }
}
