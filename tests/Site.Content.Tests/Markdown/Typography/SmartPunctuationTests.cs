using Site.Content.Markdown.Typography;

namespace Site.Content.Tests.Markdown.Typography;

public sealed class SmartPunctuationTests
{
    [Theory]
    [InlineData("fr", "Le \"oui\" l'emporte", "Le «\u202Foui\u202F» l’emporte")]
    [InlineData("en", "The \"yes\" vote's win", "The “yes” vote’s win")]
    [InlineData("en", "Wait... 1990--2000", "Wait… 1990–2000")]
    [InlineData("fr", "Sans guillemets", "Sans guillemets")]
    [InlineData("en", "*not emphasis* [not a link](x) &amp; <b> \\escape", "*not emphasis* [not a link](x) &amp; <b> \\escape")]
    [InlineData("fr", "# pas un titre", "# pas un titre")]
    [InlineData("fr", "- pas une liste 'ici'", "- pas une liste ‘ici’")]
    [InlineData("en", "    indented \"quote\"", "indented “quote”")]
    public void GivesTitlesTheBodysPunctuation(string language, string text, string expected)
    {
        Assert.Equal(expected, SmartPunctuation.Apply(text, language));
    }
}
