using System.Text.Json;
using Site.Rendering.Metadata;
using Site.Rendering.Views;

namespace Site.Rendering.Tests.Metadata;

public sealed class NewsArticleJsonLdTests
{
    [Fact]
    public void EscapesWhatCouldCloseTheScriptButKeepsLetters()
    {
        Assert.Equal("\\u003C/script\\u003E \\u0026 été", NewsArticleJsonLd.Encoder.Encode("</script> & été"));
    }

    [Fact]
    public void WritesANewsArticleThatParsesBackToTheSameValues()
    {
        var entry = new EntryView
        {
            Title = "</script><script>alert(1)</script> « été »",
            Url = "/fr/2021/06/x/",
            AbsoluteUrl = "https://example.org/fr/2021/06/x/",
            Date = new DateView("2021-06-16T18:00:00+02:00", "mercredi 16 juin 2021"),
            Summary = "Résumé & <b>",
            Body = string.Empty,
            PrintBody = string.Empty,
            Language = "fr",
            Category = new LinkView("Monde", "/fr/categories/monde/"),
            Tags = [new LinkView("Russie", "/fr/tags/russie/")],
        };

        var json = NewsArticleJsonLd.Write(entry, "Le Journal", "fr-FR");

        Assert.DoesNotContain("<", json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(entry.Title, root.GetProperty("headline").GetString());
        Assert.Equal("Résumé & <b>", root.GetProperty("description").GetString());
        Assert.Equal("2021-06-16T18:00:00+02:00", root.GetProperty("dateModified").GetString());
        Assert.Equal("Organization", root.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("Le Journal", root.GetProperty("author").GetProperty("name").GetString());
        Assert.False(root.TryGetProperty("image", out _));
    }
}
