using System.Text;

using Site.Core.Diagnostics;
using Site.Core.Files;

namespace Site.Core.Tests.Files;

public sealed class SourceTextTests
{
    [Fact]
    public void AcceptsAByteOrderMarkAndCrlfLineEndings()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\r\ntitle: été\r\n---\r\n")).ToArray();

        var text = SourceText.Decode(bytes, "a.md", new DiagnosticBag());

        Assert.Equal("---\ntitle: été\n---\n", text);
    }

    [Fact]
    public void LocatesInvalidUtf8()
    {
        var diagnostics = new DiagnosticBag();
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: ab").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        var text = SourceText.Decode(bytes, "a.md", diagnostics);

        Assert.Null(text);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((2, 10), (error.Line, error.Column));
        Assert.Contains("UTF-8", error.Message);
    }
}
