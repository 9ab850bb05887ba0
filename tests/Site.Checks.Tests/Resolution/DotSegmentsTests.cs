using Site.Checks.Resolution;

namespace Site.Checks.Tests.Resolution;

public sealed class DotSegmentsTests
{
    [Theory]
    [InlineData("/fr/2021/09/x/index.html", "/fr/2021/09/x/index.html")]
    [InlineData("/a.b/c.d/", "/a.b/c.d/")]
    [InlineData("//a//b", "//a//b")]
    [InlineData("/", "/")]
    [InlineData("/a/./b", "/a/b")]
    [InlineData("/a/.hidden/../b", "/a/b")]
    [InlineData("/a/b/.", "/a/b/")]
    [InlineData("/a/%2E/b", "/a/b")]
    [InlineData("/a/b/%2e%2E", "/a/")]
    [InlineData("/../a", "/a")]
    [InlineData("/a/.well-known/b", "/a/.well-known/b")]
    public void Removes_dot_segments_and_keeps_paths_without_them_as_they_are(string path, string expected) =>
        Assert.Equal(expected, DotSegments.Remove(path));
}
