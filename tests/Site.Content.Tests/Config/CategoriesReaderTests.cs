using Site.Content.Config;
using Site.Core.Diagnostics;

namespace Site.Content.Tests.Config;

public sealed class CategoriesReaderTests
{
    private static readonly string[] Languages = ["fr", "en"];

    [Fact]
    public void ReadsCategoriesInTheirOrderWithTheirNames()
    {
        var diagnostics = new DiagnosticBag();
        var map = ConfigYaml.Map("categories:\n  monde: { fr: Monde, en: World }\n  moyen-orient: { fr: Moyen-Orient, en: Middle East }\n", diagnostics);

        var categories = CategoriesReader.Read(map, Languages);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["monde", "moyen-orient"], categories.Select(c => c.Key));
        Assert.Equal("Middle East", categories[1].Names["en"]);
    }

    [Theory]
    [InlineData("title: x\n", 1, 1, "the key 'categories' is missing")]
    [InlineData("categories: {}\n", 1, 13, "'categories' must declare at least one category")]
    [InlineData("categories:\n  Monde: { fr: Monde, en: World }\n", 2, 3, "'Monde' is not a valid category key")]
    [InlineData("categories:\n  monde: Monde\n", 2, 10, "the category 'monde' must give a name per language")]
    [InlineData("categories:\n  monde: { fr: Monde }\n", 2, 3, "'categories.monde' has no text in 'en'")]
    public void ReportsEachWrongCategoryWhereItIsWritten(string yaml, int line, int column, string message)
    {
        var diagnostics = new DiagnosticBag();

        CategoriesReader.Read(ConfigYaml.Map(yaml, diagnostics), Languages);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
