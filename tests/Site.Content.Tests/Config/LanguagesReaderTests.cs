using Site.Content.Config;
using Site.Core.Diagnostics;

namespace Site.Content.Tests.Config;

public sealed class LanguagesReaderTests
{
    [Fact]
    public void ReadsLanguagesInTheirOrder()
    {
        var diagnostics = new DiagnosticBag();
        var map = ConfigYaml.Map("languages:\n  - { code: fr, name: Français, culture: fr-FR }\n  - { code: en, name: English, culture: en-GB }\n", diagnostics);

        var languages = LanguagesReader.Read(map);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["fr", "en"], languages.Select(l => l.Code));
        Assert.Equal("en-GB", languages[1].Culture.Name);
    }

    [Theory]
    [InlineData("title: x\n", 1, 1, "'languages' must list at least one language")]
    [InlineData("languages: []\n", 1, 12, "'languages' must list at least one language")]
    [InlineData("languages:\n  - fr\n", 2, 5, "each language must be a mapping with code, name and culture")]
    [InlineData("languages:\n  - { code: FR, name: F, culture: fr-FR }\n", 2, 13, "'FR' is not a language code")]
    [InlineData("languages:\n  - { code: \"fr\\n\", name: F, culture: fr-FR }\n", 2, 13, "is not a language code")]
    [InlineData("languages:\n  - { code: fr, name: F, culture: fr-FR }\n  - { code: fr, name: G, culture: fr-CA }\n", 3, 13, "the language 'fr' is declared twice")]
    [InlineData("languages:\n  - { code: fr, name: F, culture: xx-NOPE-1 }\n", 2, 35, "'xx-NOPE-1' is not a known culture")]
    [InlineData("languages:\n  - { code: fr, culture: fr-FR }\n", 2, 5, "the key 'name' is missing")]
    public void ReportsEachWrongLanguageWhereItIsWritten(string yaml, int line, int column, string message)
    {
        var diagnostics = new DiagnosticBag();

        LanguagesReader.Read(ConfigYaml.Map(yaml, diagnostics));

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
