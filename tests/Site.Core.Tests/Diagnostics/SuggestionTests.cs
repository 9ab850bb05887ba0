using Site.Core.Diagnostics;

namespace Site.Core.Tests.Diagnostics;

public sealed class SuggestionTests
{
    private static readonly string[] Categories = ["afrique", "culture", "economie", "europe", "moyen-orient", "sciences"];

    [Theory]
    [InlineData("moyen-orien", "moyen-orient")]
    [InlineData("moyen-oreint", "moyen-orient")] // two letters swapped are one edit
    [InlineData("Moyen-Orient", "moyen-orient")]
    [InlineData("économie", "economie")]
    [InlineData("eurpoe", "europe")]
    [InlineData("science", "sciences")]
    [InlineData("sport", null)]
    [InlineData("asie", null)]
    [InlineData("europe", null)]
    public void SuggestsTheKnownWordOneOrTwoEditsAway(string word, string? expected) =>
        Assert.Equal(expected, Suggestion.Closest(word, Categories));

    [Fact]
    public void GivenTwoWordsAsCloseThenTheFirstInOrdinalOrderIsSuggestedWhateverTheirOrder()
    {
        Assert.Equal("cat", Suggestion.Closest("cas", ["cut", "cat"]));
        Assert.Equal("cat", Suggestion.Closest("cas", ["cat", "cut"]));
    }
}
