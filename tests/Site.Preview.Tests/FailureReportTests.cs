using Site.Preview.LiveReload;

namespace Site.Preview.Tests;

/// <summary>The JSON the error overlay reads (live.js): camel-case names, absent values left out.</summary>
public sealed class FailureReportTests
{
    [Fact]
    public void GivenAProblemWithoutAPlaceWhenReportedThenItsJsonHoldsOnlyWhatIsKnown()
    {
        var json = FailureReport.Of("the input folder cannot be read", "check its permissions");

        Assert.Equal(
            """{"problems":[{"line":0,"column":0,"severity":"error","message":"the input folder cannot be read","hint":"check its permissions"}]}""",
            json);
    }

    [Fact]
    public void GivenTextThatCouldCloseAScriptWhenReportedThenItIsEscaped()
    {
        var json = FailureReport.Of("</script><b>", "\"quoted\"");

        Assert.DoesNotContain("</script>", json, StringComparison.Ordinal);
        Assert.Contains("\\u0022quoted\\u0022", json, StringComparison.Ordinal);
    }
}
