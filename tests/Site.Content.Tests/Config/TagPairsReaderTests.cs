using Site.Content.Config;
using Site.Core.Diagnostics;

namespace Site.Content.Tests.Config;

public sealed class TagPairsReaderTests
{
    private static readonly string[] Languages = ["fr", "en"];

    [Fact]
    public void PairsADefaultLanguageTagWithItsSpellings()
    {
        var diagnostics = new DiagnosticBag();
        var map = ConfigYaml.Map("tags:\n  \"Vladimir Poutine\": { en: \"Vladimir Putin\" }\n", diagnostics);

        var pairs = TagPairsReader.Read(map, Languages, "fr");

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("Vladimir Putin", pairs["Vladimir Poutine"]["en"]);
    }

    [Fact]
    public void HasNoPairsWithoutTags()
    {
        var diagnostics = new DiagnosticBag();

        var pairs = TagPairsReader.Read(ConfigYaml.Map("title: x\n", diagnostics), Languages, "fr");

        Assert.Empty(pairs);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Theory]
    [InlineData("tags:\n  Poutine: Putin\n", 2, 12, "the tag 'Poutine' must map languages to tags")]
    [InlineData("tags:\n  Poutine: { fr: Poutine }\n", 2, 14, "'fr' is not another declared language")]
    [InlineData("tags:\n  Poutine: { de: Putin }\n", 2, 14, "'de' is not another declared language")]
    [InlineData("tags:\n  Poutine: { en: \" \" }\n", 2, 18, "a paired tag must be a non-empty text")]
    public void ReportsEachWrongPairWhereItIsWritten(string yaml, int line, int column, string message)
    {
        var diagnostics = new DiagnosticBag();

        TagPairsReader.Read(ConfigYaml.Map(yaml, diagnostics), Languages, "fr");

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
