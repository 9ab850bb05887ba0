using Site.Core.Diagnostics;

namespace Site.Core.Tests.Diagnostics;

public sealed class DiagnosticBagTests
{
    [Fact]
    public void CarriesTheCodeOfEachProblem()
    {
        var bag = new DiagnosticBag();

        bag.Error(new SourceLocation("a.md", 2, 7), DiagnosticCode.InvalidDate, "'hier' is not a valid date", "write it in ISO 8601");
        bag.Warning(new SourceLocation("b.md"), DiagnosticCode.TagsMerged, "tags are merged");

        Assert.Equal([DiagnosticCode.InvalidDate, DiagnosticCode.TagsMerged], bag.ToSortedList().Select(d => d.Code));
        Assert.Equal([Severity.Error, Severity.Warning], bag.ToSortedList().Select(d => d.Severity));
    }

    [Fact]
    public void TheCodeIsNotPrinted()
    {
        var at = new SourceLocation("a.md", 3, 7);

        var coded = Diagnostic.Error(at, DiagnosticCode.InvalidDate, "'hier' is not a valid date", "write it in ISO 8601");

        Assert.Equal("a.md:3:7: error: 'hier' is not a valid date (write it in ISO 8601)", coded.ToString());
    }
}
