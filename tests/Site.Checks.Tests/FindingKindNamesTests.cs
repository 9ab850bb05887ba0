namespace Site.Checks.Tests;

public sealed class FindingKindNamesTests
{
    [Theory]
    [InlineData(FindingKind.BrokenLink, "broken-link", true)]
    [InlineData(FindingKind.BrokenFragment, "broken-fragment", true)]
    [InlineData(FindingKind.BrokenImage, "broken-image", true)]
    [InlineData(FindingKind.MissingAlt, "missing-alt", true)]
    [InlineData(FindingKind.Unverified, "unverified", false)]
    public void NamesEachKindInKebabCase(FindingKind kind, string name, bool isError)
    {
        var finding = new Finding("index.html", 1, 1, "a", "/x", kind, "m");

        Assert.Equal((name, isError), (kind.ToKebabCase(), finding.IsError));
    }
}
