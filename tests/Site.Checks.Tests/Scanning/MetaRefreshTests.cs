using Site.Checks.Scanning;

namespace Site.Checks.Tests.Scanning;

public sealed class MetaRefreshTests
{
    [Theory]
    [InlineData("0; url=/fr/", "/fr/")]
    [InlineData("0;URL='/fr/'", "/fr/")]
    [InlineData("5 , url = \"/en/index.html\" ", "/en/index.html")]
    [InlineData("0; /fr/", "/fr/")]
    [InlineData("30", null)]
    [InlineData("", null)]
    public void ReadsTheRedirectTarget(string content, string? expected)
    {
        Assert.Equal(expected, MetaRefresh.Url(content));
    }
}
