using Site.Checks.Resolution;

namespace Site.Checks.Tests.Resolution;

public sealed class PercentDecodingTests
{
    [Theory]
    [InlineData("caf%C3%A9.jpg", "café.jpg")]
    [InlineData("a%20b+c", "a b+c")]
    [InlineData("100%", "100%")]
    [InlineData("%zz%4", "%zz%4")]
    [InlineData("%F0%9F%93%B0-news", "📰-news")]
    [InlineData("%E9t%E9", "\uFFFDt\uFFFD")]
    [InlineData("déjà%20vu", "déjà vu")]
    public void DecodesUtf8AndLeavesTheRest(string value, string expected)
    {
        Assert.Equal(expected, PercentDecoding.Decode(value));
    }
}
