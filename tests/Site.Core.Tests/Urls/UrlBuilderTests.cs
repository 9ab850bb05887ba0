using Site.Core.Urls;

namespace Site.Core.Tests.Urls;

public sealed class UrlBuilderTests
{
    [Theory]
    [InlineData("https://example.org/", "fr/", "/fr/", "https://example.org/fr/")]
    [InlineData("https://example.org/", "", "/", "https://example.org/")]
    [InlineData("https://user.github.io/repo/", "fr/2021/09/x/", "/repo/fr/2021/09/x/", "https://user.github.io/repo/fr/2021/09/x/")]
    [InlineData("https://user.github.io/repo/", "/media/a.jpg", "/repo/media/a.jpg", "https://user.github.io/repo/media/a.jpg")]
    [InlineData("http://localhost:5080/", "en/", "/en/", "http://localhost:5080/en/")]
    public void PutsSitePathsUnderTheBaseUrl(string baseUrl, string sitePath, string path, string absolute)
    {
        var urls = new UrlBuilder(new Uri(baseUrl));

        Assert.Equal(path, urls.Path(sitePath));
        Assert.Equal(absolute, urls.Absolute(sitePath));
    }

    [Theory]
    [InlineData("https://example.org/", "/media/x.jpg", "/media/x.jpg")]
    [InlineData("https://user.github.io/repo/", "/media/x.jpg", "/repo/media/x.jpg")]
    [InlineData("https://user.github.io/repo/", "/repo/media/x.jpg", "/repo/media/x.jpg")]
    [InlineData("https://user.github.io/repo/", "/repository/x", "/repo/repository/x")]
    [InlineData("https://user.github.io/repo/", "/repo-old/x", "/repo/repo-old/x")]
    [InlineData("https://user.github.io/repo/", "/repo", "/repo")]
    [InlineData("https://user.github.io/repo/", "/repo?q=1", "/repo?q=1")]
    [InlineData("https://user.github.io/repo/", "/repo#top", "/repo#top")]
    [InlineData("https://user.github.io/repo/", "/repo/", "/repo/")]
    [InlineData("https://user.github.io/a/b/", "/a/bc/x", "/a/b/a/bc/x")]
    [InlineData("https://user.github.io/a/b/", "/a/b", "/a/b")]
    public void RebasesAuthorsRootRelativeLinks(string baseUrl, string written, string expected) =>
        Assert.Equal(expected, new UrlBuilder(new Uri(baseUrl)).Rebase(written));
}
