using Site.Core.Slugs;

namespace Site.Core.Tests.Slugs;

public sealed class SlugifierTests
{
    [Theory]
    [InlineData("Vladimir Poutine", "vladimir-poutine")]
    [InlineData("Erdoğan", "erdogan")]
    [InlineData("Recep Tayyip Erdoğan", "recep-tayyip-erdogan")]
    [InlineData("Azerbaïdjan", "azerbaidjan")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("œuvre complète", "oeuvre-complete")]
    [InlineData("Straße", "strasse")]
    [InlineData("Æsir", "aesir")]
    [InlineData("Façade", "facade")]
    [InlineData("Işık", "isik")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("Şanlıurfa", "sanliurfa")]
    [InlineData("Ağrı Dağı", "agri-dagi")]
    [InlineData("L’Europe", "l-europe")]
    [InlineData("l'État", "l-etat")]
    [InlineData("Élections 2024", "elections-2024")]
    [InlineData("  --Hello,   World!--  ", "hello-world")]
    [InlineData("G7 & G20", "g7-g20")]
    [InlineData("COVID-19", "covid-19")]
    [InlineData("🔥 Breaking 🔥 news", "breaking-news")]
    [InlineData("München", "munchen")]
    [InlineData("Kraków", "krakow")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Ærø", "aero")]
    [InlineData("2022", "2022")]
    [InlineData("Moyen-Orient", "moyen-orient")]
    [InlineData("UPPER case", "upper-case")]
    [InlineData("a/b\\c..d", "a-b-c-d")]
    [InlineData("???", "")]
    public void FoldsCaseAndDiacriticsIntoOneDashSeparatedSegment(string text, string expected) =>
        Assert.Equal(expected, Slugifier.Slugify(text));

    [Fact]
    public void GivesTheSameAnswerTheSecondTime()
    {
        var first = Slugifier.Slugify("Ağrı Dağı, encore");

        Assert.Equal("agri-dagi-encore", first);
        Assert.Equal(first, Slugifier.Slugify("Ağrı Dağı, encore"));
    }
}
