using Site.Checks.Resolution;

namespace Site.Checks.Tests.Resolution;

public sealed class UrlResolverTests
{
    private static readonly WebUrl Page = new("https", "example.com", "example.com", "/fr/2021/09/x/index.html", null, null);

    [Theory]
    [InlineData("autre/", "https://example.com/fr/2021/09/x/autre/")]
    [InlineData("../../", "https://example.com/fr/2021/")]
    [InlineData("../../../../../../a", "https://example.com/a")]
    [InlineData("/a/./b/../c", "https://example.com/a/c")]
    [InlineData("/a/%2E%2e/c", "https://example.com/c")]
    [InlineData("/a/b/..", "https://example.com/a/")]
    [InlineData("\\fr\\tags\\", "https://example.com/fr/tags/")]
    [InlineData("//Other.Example:8080/p?q=1#f", "https://other.example:8080/p?q=1")]
    [InlineData("http://user:pw@example.org", "http://example.org/")]
    [InlineData("https:autre", "https://example.com/fr/2021/09/x/autre")]
    [InlineData("http:autre", "http://autre/")]
    [InlineData("?page=2", "https://example.com/fr/2021/09/x/index.html?page=2")]
    [InlineData("#top", "https://example.com/fr/2021/09/x/index.html")]
    [InlineData(" \t/a\n/b\r ", "https://example.com/a/b")]
    [InlineData("/a?b#c?d", "https://example.com/a?b")]
    public void ResolvesAgainstThePageAsABrowserDoes(string reference, string expected)
    {
        UrlResolution resolution = UrlResolver.Resolve(Page, reference);

        Assert.Equal(expected, resolution.Url?.WithoutFragment);
    }

    [Theory]
    [InlineData("mailto:a@example.com", "OtherScheme")]
    [InlineData("JavaScript:alert('#')", "OtherScheme")]
    [InlineData("data:,x", "OtherScheme")]
    [InlineData("https://", "Malformed")]
    [InlineData("https://example.com:port/", "Malformed")]
    [InlineData("1:2", "Web")]
    public void TellsOtherSchemesAndMalformedUrlsApart(string reference, string expected)
    {
        Assert.Equal(expected, UrlResolver.Resolve(Page, reference).Kind.ToString());
    }

    [Fact]
    public void KeepsTheFragmentApart()
    {
        Assert.Equal("%C3%A9t%C3%A9", UrlResolver.Resolve(Page, "/fr/tags/#%C3%A9t%C3%A9").Url?.Fragment);
    }
}
