using System.Xml.Linq;
using Site.Rendering.Xml;

namespace Site.Rendering.Tests.Xml;

public sealed class XmlOutputTests
{
    [Theory]
    [InlineData("Titre\u0001 propre\u0008", "Titre propre")]
    [InlineData("emoji 😀 and tab\t, new line\n", "emoji 😀 and tab\t, new line\n")]
    [InlineData("« déjà » & <b>", "« déjà » & <b>")]
    public void DropsOnlyWhatXmlCannotCarry(string text, string expected)
    {
        Assert.Equal(expected, XmlOutput.Clean(text));
    }

    [Fact]
    public void DropsALoneSurrogate()
    {
        var text = "lone " + (char)0xD800 + " surrogate";

        Assert.Equal("lone  surrogate", XmlOutput.Clean(text));
    }

    [Fact]
    public void WritesUtf8WithoutBomAndLfLineEnds()
    {
        var xml = XmlOutput.Write(w =>
        {
            w.WriteStartElement("a");
            w.WriteElementString("b", "é & <c>");
            w.WriteEndElement();
        });

        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<a>\n  <b>é &amp; &lt;c&gt;</b>\n</a>\n", xml);
        Assert.Equal("é & <c>", XDocument.Parse(xml).Root!.Element("b")!.Value);
    }
}
