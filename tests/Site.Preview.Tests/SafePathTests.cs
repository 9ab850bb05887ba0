using Site.Preview.Serving;

namespace Site.Preview.Tests;

public sealed class SafePathTests
{
    [Theory]
    [InlineData("/", "")]
    [InlineData("/fr/", "fr/")]
    [InlineData("/fr/2021/09/x/", "fr/2021/09/x/")]
    [InlineData("/media/caf%C3%A9.jpg", "media/café.jpg")]
    [InlineData("/assets/site.css", "assets/site.css")]
    public void MapsSitePathsToFiles(string raw, string expected) => Assert.Equal(expected, SafePath.Resolve(raw));

    [Theory]
    [InlineData("/../etc/passwd")]
    [InlineData("/fr/../../etc/passwd")]
    [InlineData("/%2e%2e/etc/passwd")]
    [InlineData("/%2E%2E/etc/passwd")]
    [InlineData("/fr/%2e%2e%2f%2e%2e%2fetc/passwd")]
    [InlineData("/..%2fetc/passwd")]
    [InlineData("/fr%5c..%5c..%5cetc")]
    [InlineData("/fr\\..\\etc")]
    [InlineData("/./index.html")]
    [InlineData("/a%00b")]
    [InlineData("relative")]
    public void RefusesPathsThatLeaveTheSite(string raw) => Assert.Null(SafePath.Resolve(raw));
}
