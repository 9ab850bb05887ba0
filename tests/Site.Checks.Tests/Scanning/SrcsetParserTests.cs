using Site.Checks.Scanning;

namespace Site.Checks.Tests.Scanning;

public sealed class SrcsetParserTests
{
    [Theory]
    [InlineData("a.jpg", "a.jpg")]
    [InlineData("a.jpg 1x, b.jpg 2x", "a.jpg|b.jpg")]
    [InlineData("  a.jpg   480w ,\n b.jpg 960w  ", "a.jpg|b.jpg")]
    [InlineData("a.jpg, b.jpg", "a.jpg|b.jpg")]
    [InlineData("a.jpg,b.jpg 2x", "a.jpg,b.jpg")]
    [InlineData("a.jpg 1x,b.jpg 2x", "a.jpg|b.jpg")]
    [InlineData("data:image/png;base64,iVBOR 1x, b.jpg 2x", "data:image/png;base64,iVBOR|b.jpg")]
    [InlineData("a.jpg (max-width: 1px, 2px) 1x, b.jpg", "a.jpg|b.jpg")]
    [InlineData(",,a.jpg,,", "a.jpg")]
    [InlineData("   ", "")]
    public void SplitsCandidatesAsTheHtmlStandardDoes(string srcset, string expected)
    {
        Assert.Equal(expected, string.Join('|', SrcsetParser.Urls(srcset)));
    }
}
