using Site.Core.Files;

namespace Site.Core.Tests.Files;

public sealed class InputLayoutTests
{
    [Theory]
    [InlineData("input", "/home/ana/blog", "input/articles/2021/x.fr.md")]
    [InlineData("/home/ana/blog/input", "/home/ana/blog", "input/articles/2021/x.fr.md")]
    [InlineData("/home/ana/blog/input/", "/home/ana/blog", "input/articles/2021/x.fr.md")]
    [InlineData("content/fr-en", "/home/ana/blog", "content/fr-en/articles/2021/x.fr.md")]
    [InlineData("/home/ana/blog", "/home/ana/blog", "articles/2021/x.fr.md")]
    [InlineData("/srv/corpus/input", "/home/ana/blog", "/srv/corpus/input/articles/2021/x.fr.md")]
    [InlineData("../other/input", "/home/ana/blog", "/home/ana/other/input/articles/2021/x.fr.md")]
    [InlineData("/home/ana/blog2/input", "/home/ana/blog", "/home/ana/blog2/input/articles/2021/x.fr.md")]
    public void NamesAFileOfTheInputFolderFromTheCurrentFolder(string input, string current, string expected)
    {
        var name = InputLayout.DisplayPath(input, "articles/2021/x.fr.md", current);

        Assert.Equal(expected, name);
    }

    [Fact]
    public void PlacesTheConfigurationAndTheMediaInTheInputFolder()
    {
        Assert.Equal(Path.Combine("in", "site.yml"), InputLayout.ConfigPath("in"));
        Assert.Equal(Path.Combine("in", "media"), InputLayout.MediaPath("in"));
    }
}
