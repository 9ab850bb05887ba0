using System.Diagnostics;

using Site.Core.Files;

namespace Site.Core.Tests.Files;

/// <summary>
/// The sizes and times a build compares with the last build's: they must be the ones .NET gives (a manifest may hold
/// either kind), for every file under the folder and for nothing else.
/// </summary>
public sealed class FolderStampsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("folder-stamps-").FullName;

    [Fact]
    public void GivesEachFileTheSizeAndTimeDotNetGives()
    {
        Write("site.yml", "title: Le journal");
        Write("articles/2021/a.fr.md", "Un article.");
        Write("articles/2021/.brouillon.md", string.Empty);
        Write("articles/2024/b.en.md", new string('x', 70_000));
        File.SetLastWriteTimeUtc(Path.Combine(_folder, "articles/2021/a.fr.md"), new DateTime(2021, 6, 16, 18, 0, 0, 123, DateTimeKind.Utc).AddTicks(4567));

        var stamps = FolderStamps.Of(_folder).ToDictionary(f => f.Path);

        Assert.Equal(["articles/2021/.brouillon.md", "articles/2021/a.fr.md", "articles/2024/b.en.md", "site.yml"], stamps.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, stamp) in stamps)
        {
            var file = new FileInfo(Path.Combine(_folder, path));
            Assert.Equal(new StampedFile(path, file.Length, file.LastWriteTimeUtc.Ticks, Link: false), stamp);
        }
    }

    [Fact]
    public void NamesLinksWithoutFollowingThemAndListsPipesWithoutOpeningThem()
    {
        Write("media/a.png", "png");
        File.CreateSymbolicLink(Path.Combine(_folder, "media/b.png"), Path.Combine(_folder, "media/a.png"));
        Directory.CreateSymbolicLink(Path.Combine(_folder, "miroir"), Path.Combine(_folder, "media"));
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Path.Combine(_folder, "media/tube")]))!)
        {
            mkfifo.WaitForExit();
        }

        var stamps = FolderStamps.Of(_folder).ToDictionary(f => f.Path);

        Assert.Equal(["media/a.png", "media/b.png", "media/tube", "miroir"], stamps.Keys.Order(StringComparer.Ordinal));
        Assert.True(stamps["media/b.png"].Link);
        Assert.True(stamps["miroir"].Link);
        Assert.False(stamps["media/a.png"].Link);
        Assert.False(stamps["media/tube"].Link);
        Assert.Equal(0, stamps["media/tube"].Size);
    }

    [Fact]
    public void AFolderThatDoesNotExistHoldsNothing()
    {
        Assert.Empty(FolderStamps.Of(Path.Combine(_folder, "absent")));
        Assert.Empty(FolderStamps.Of(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
