using Site.Content.Config;
using Site.Core.Diagnostics;

namespace Site.Content.Tests.Config;

public sealed class AuthorsReaderTests
{
    private static readonly string[] Languages = ["fr", "en"];

    [Fact]
    public void ReadsNamesOnceOrPerLanguageBiosAndOrganizations()
    {
        var diagnostics = new DiagnosticBag();
        var map = ConfigYaml.Map("""
            authors:
              redaction: { name: { fr: "La rédaction", en: "The newsroom" }, organization: true }
              claire-martel:
                name: Claire Martel
                bio: { fr: "Correspondante à Kiev." }
            defaultAuthor: redaction
            """, diagnostics);

        var authors = AuthorsReader.Read(map, Languages);
        var defaultAuthor = AuthorsReader.DefaultAuthor(map, authors);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["redaction", "claire-martel"], authors.Select(a => a.Key));
        Assert.Equal(("La rédaction", "The newsroom", true), (authors[0].Name["fr"], authors[0].Name["en"], authors[0].IsOrganization));
        Assert.Equal(("Claire Martel", "Claire Martel", false), (authors[1].Name["fr"], authors[1].Name["en"], authors[1].IsOrganization));
        Assert.Equal("Correspondante à Kiev.", authors[1].Bio["fr"]);
        Assert.False(authors[1].Bio.Has("en"));
        Assert.Equal("redaction", defaultAuthor);
    }

    [Theory]
    [InlineData("authors:\n  Claire: { name: C }\n", 2, 3, DiagnosticCode.InvalidAuthorKey, "'Claire' is not a valid author key")]
    [InlineData("authors:\n  claire: Claire\n", 2, 11, DiagnosticCode.ExpectedMapping, "the author 'claire' must be a mapping")]
    [InlineData("authors:\n  claire: { bio: x }\n", 2, 3, DiagnosticCode.MissingKey, "the author 'claire' has no 'name'")]
    [InlineData("authors:\n  claire: { name: { fr: Claire } }\n", 2, 13, DiagnosticCode.MissingTranslation, "'authors.claire.name' has no text in 'en'")]
    [InlineData("authors:\n  claire: { name: C }\ndefaultAuthor: jean\n", 3, 16, DiagnosticCode.UnknownAuthor, "the default author 'jean' is not declared")]
    [InlineData("defaultAuthor: jean\n", 1, 16, DiagnosticCode.UnknownAuthor, "the default author 'jean' is not declared")]
    public void ReportsEachWrongAuthorWhereItIsWritten(string yaml, int line, int column, DiagnosticCode code, string message)
    {
        var diagnostics = new DiagnosticBag();
        var map = ConfigYaml.Map(yaml, diagnostics);

        AuthorsReader.DefaultAuthor(map, AuthorsReader.Read(map, Languages));

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((line, column, code), (error.Line, error.Column, error.Code));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUndeclaredDefaultAuthorIsAnsweredWithTheDeclaredKeys()
    {
        var diagnostics = new DiagnosticBag();
        var map = ConfigYaml.Map("authors:\n  claire: { name: C }\n  hugo: { name: H }\ndefaultAuthor: jean\n", diagnostics);

        AuthorsReader.DefaultAuthor(map, AuthorsReader.Read(map, Languages));

        Assert.Equal("use one of: claire, hugo", Assert.Single(diagnostics.ToSortedList()).Hint);
    }
}
