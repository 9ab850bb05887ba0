using System.Text;
using Site.Content.Media;
using Site.Core.Model;

namespace Site.Content.Tests.Media;

public sealed class SvgSizeTests
{
    private static ImageSize? Read(string svg) => SvgSize.Read(new MemoryStream(Encoding.UTF8.GetBytes(svg)));

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"150\"/>", 300, 150)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300px\" height=\"150.4px\" viewBox=\"0 0 30 15\"/>", 300, 150)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 480\"/>", 640, 480)]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- a map -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0,0,1200,675\"><g/></svg>", 1200, 675)]
    public void TheSizeComesFromWidthAndHeightElseTheViewBox(string svg, int width, int height) =>
        Assert.Equal(new ImageSize(width, height), Read(svg));

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10em\" height=\"5em\"/>")]
    [InlineData("<html/>")]
    [InlineData("not xml")]
    [InlineData("")]
    public void AnSvgWithoutAReadableSizeHasNone(string svg) => Assert.Null(Read(svg));

    [Fact]
    public void ADocumentTypeIsRefusedSoNoEntityIsExpanded()
    {
        const string Svg = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY w \"300\"><!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg width=\"&w;\" height=\"&w;\"/>";

        Assert.Null(Read(Svg));
    }
}
