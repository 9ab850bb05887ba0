using Site.Content.Config;
using Site.Core.Diagnostics;

namespace Site.Content.Tests.Config;

public sealed class LocalizedTextReaderTests
{
    private static readonly string[] Languages = ["fr", "en"];

    [Theory]
    [InlineData("title: Le Fil\n", "Le Fil", "Le Fil")]
    [InlineData("title: { fr: Le Fil, en: The Wire }\n", "Le Fil", "The Wire")]
    public void ReadsOneTextForAllLanguagesOrOnePerLanguage(string yaml, string french, string english)
    {
        var diagnostics = new DiagnosticBag();

        var text = LocalizedTextReader.Read(ConfigYaml.Map(yaml, diagnostics), "title", Languages, required: true)!;

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal((french, english), (text["fr"], text["en"]));
    }

    [Fact]
    public void LeavesAnOptionalTextOutSilently()
    {
        var diagnostics = new DiagnosticBag();

        var text = LocalizedTextReader.Read(ConfigYaml.Map("title: x\n", diagnostics), "description", Languages, required: false);

        Assert.Null(text);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Theory]
    [InlineData("other: x\n", 1, 1, "the key 'title' is missing")]
    [InlineData("title: { fr: Le Fil }\n", 1, 8, "'title' has no text in 'en'")]
    [InlineData("title: { fr: Le Fil, en: \"\" }\n", 1, 26, "'title' in 'en' must be a non-empty text")]
    [InlineData("title: { fr: Le Fil, en: The Wire, de: Der Draht }\n", 1, 36, "'de' in 'title' is not a declared language")]
    [InlineData("title: [Le Fil]\n", 1, 8, "'title' must be a mapping of keys to values")]
    public void ReportsAMissingOrWrongText(string yaml, int line, int column, string message)
    {
        var diagnostics = new DiagnosticBag();

        LocalizedTextReader.Read(ConfigYaml.Map(yaml, diagnostics), "title", Languages, required: true);

        // An empty text is also reported as missing, at the mapping; each message is said once.
        var error = Assert.Single(diagnostics.ToSortedList(), d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal((line, column), (error.Line, error.Column));
    }
}
