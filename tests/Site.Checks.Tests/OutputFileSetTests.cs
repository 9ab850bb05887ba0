using Site.Checks.Tests.Support;

namespace Site.Checks.Tests;

public sealed class OutputFileSetTests
{
    [Theory]
    [InlineData("fr/tags/index.html", true, false)]
    [InlineData("/fr/tags/index.html", true, false)]
    [InlineData("fr\\tags\\index.html", true, false)]
    [InlineData("fr/tags", false, true)]
    [InlineData("fr/tags/", false, true)]
    [InlineData("fr", false, true)]
    [InlineData("", false, true)]
    [InlineData("FR/tags", false, false)]
    [InlineData("fr/Tags/index.html", false, false)]
    [InlineData("fr/ta", false, false)]
    public void DerivesFoldersAndMatchesCaseSensitively(string path, bool isFile, bool isFolder)
    {
        var files = new OutputFileSet(["fr/tags/index.html", "media/photo.jpg"]);

        Assert.Equal((isFile, isFolder), (files.FileExists(path), files.DirectoryExists(path)));
    }

    [Fact]
    public void ReadsAFolderHiddenFilesIncluded()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".well-known"));
        File.WriteAllText(Path.Combine(folder.Path, ".well-known", "security.txt"), "x");
        File.WriteAllText(Path.Combine(folder.Path, "index.html"), "x");

        OutputFileSet files = OutputFileSet.FromFolder(folder.Path);

        Assert.Equal([".well-known/security.txt", "index.html"], files.Files.Order(StringComparer.Ordinal));
        Assert.True(files.DirectoryExists(".well-known"));
    }
}
