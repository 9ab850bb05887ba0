namespace Site.Build.Tests;

public sealed class LeadImageTests
{
    [Theory]
    [InlineData("fr/2021/06/poutine/index.html")]
    [InlineData("fr/2021/06/poutine/print/index.html")]
    [InlineData("fr/index.html")]
    [InlineData("fr/tags/vladimir-poutine/index.html")]
    public void LeadImagesCarryTheSizeOfTheirFile(string page)
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        Assert.Contains("<img src=\"/media/geneve.png\" alt=\"Le lac de Genève\" width=\"1\" height=\"1\"", site.ReadOutput(page));
    }
}
