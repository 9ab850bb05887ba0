using Site.Core.Site;

namespace Site.Core.Tests.Site;

public sealed class ReadingTimeTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("Un mot", 2)]
    [InlineData("## Titre\n\n- un\n- deux | trois\n", 4)]
    [InlineData("l’été — 2022, « oui »", 3)]
    [InlineData("«\u00A0oui\u202F»\tnon\r\nsi\u2003là", 4)]
    public void CountsRunsWithALetterOrDigitAsWords(string text, int words)
    {
        Assert.Equal(words, ReadingTime.Words(text));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(220, 1)]
    [InlineData(221, 2)]
    [InlineData(1100, 5)]
    public void ReadsTwoHundredTwentyWordsAMinuteAndAtLeastOne(int words, int minutes)
    {
        var text = string.Join(' ', Enumerable.Repeat("mot", words));

        Assert.Equal(minutes, ReadingTime.Minutes(text));
    }
}
