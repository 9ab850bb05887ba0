using Site.Core.Urls;

namespace Site.Core.Tests.Urls;

public sealed class PageRelativeUrlTests
{
    private static readonly Uri Page = new("https://example.org/repo/fr/2021/06/poutine/");

    [Theory]
    [InlineData("/repo/fr/", "https://example.org/repo/fr/")]
    [InlineData("/repository/x", "https://example.org/repository/x")]
    [InlineData("/media/a.jpg", "https://example.org/media/a.jpg")]
    [InlineData("../../05/autre/", "https://example.org/repo/fr/2021/05/autre/")]
    [InlineData("image.png", "https://example.org/repo/fr/2021/06/poutine/image.png")]
    [InlineData("#fn:1", "https://example.org/repo/fr/2021/06/poutine/#fn:1")]
    [InlineData("?page=2&x=1", "https://example.org/repo/fr/2021/06/poutine/?page=2&x=1")]
    [InlineData("//cdn.example.com/a.js", "https://cdn.example.com/a.js")]
    [InlineData("  /padded/ ", "https://example.org/padded/")]
    public void ResolvesAsABrowserDoesOnThePage(string url, string expected)
    {
        Assert.Equal(expected, PageRelativeUrl.Resolve(url, Page));
    }

    [Theory]
    [InlineData("https://other.example/x?a=1&b=2")]
    [InlineData("mailto:redaction@example.org")]
    [InlineData("tel:+33100000000")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("")]
    [InlineData("   ")]
    public void KeepsUrlsThatNeedNoResolving(string url)
    {
        Assert.Null(PageRelativeUrl.Resolve(url, Page));
    }
}
