using Site.TestSupport.Tooling;

namespace Site.EndToEnd.Tests.Browser;

public sealed class TestToolsTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    [InlineData("yes")]
    public void GivenAnyNonEmptyCiWhenAToolIsMissingThenTheTestRunsInsteadOfSkipping(string ci) =>
        Assert.Null(TestTools.SkipReason(present: false, ci, "chromium is missing"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void GivenNoCiWhenAToolIsMissingThenTheTestIsSkippedWithTheReason(string? ci) =>
        Assert.Equal("chromium is missing", TestTools.SkipReason(present: false, ci, "chromium is missing"));

    [Fact]
    public void GivenTheToolWhenOutsideCiThenTheTestRuns() =>
        Assert.Null(TestTools.SkipReason(present: true, ci: null, "chromium is missing"));

    [Fact]
    public void GivenCiWhenAToolIsMissingThenRequiringItFailsTheTestWithTheInstallHint()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TestTools.Require(present: false, "/usr/bin/chromium"));

        Assert.Contains("/usr/bin/chromium", error.Message, StringComparison.Ordinal);
    }
}
