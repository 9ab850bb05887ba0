using System.Diagnostics;
using System.Net.Sockets;

using Site.Core.Files;

namespace Site.Core.Tests.Files;

/// <summary>
/// A folder's entries with their kinds as the folder records them (readdir's d_type): what the walk of the input
/// decides from (a link is followed or refused, a pipe or a socket refused) must be what the kernel says of each.
/// </summary>
public sealed class FolderEntriesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("folder-entries-").FullName;

    [Fact]
    public void TellsEveryKindOfEntryWithoutFollowingLinks()
    {
        File.WriteAllText(Path.Combine(_folder, "b.md"), "texte");
        Directory.CreateDirectory(Path.Combine(_folder, "a"));
        File.CreateSymbolicLink(Path.Combine(_folder, "to-file"), Path.Combine(_folder, "b.md"));
        Directory.CreateSymbolicLink(Path.Combine(_folder, "to-folder"), Path.Combine(_folder, "a"));
        File.CreateSymbolicLink(Path.Combine(_folder, "dangling"), Path.Combine(_folder, "nowhere"));
        Fifo("pipe");
        using var socket = Listen("socket");

        var entries = FolderEntries.Of(_folder);

        Assert.Equal(
            [
                ("a", FileKind.Directory), ("b.md", FileKind.Regular), ("dangling", FileKind.Link), ("pipe", FileKind.Special),
                ("socket", FileKind.Special), ("to-file", FileKind.Link), ("to-folder", FileKind.Link),
            ],
            entries);
    }

    [Fact]
    public void GivesTheNamesInOrdinalOrderWithHiddenOnesAndNeitherDotNorDotDot()
    {
        foreach (var name in new[] { "é.md", "Z.md", "a.md", ".cache", "10.md", "9.md" })
        {
            File.WriteAllText(Path.Combine(_folder, name), string.Empty);
        }

        Assert.Equal([".cache", "10.md", "9.md", "Z.md", "a.md", "é.md"], FolderEntries.Of(_folder).Select(e => e.Name));
    }

    [Fact]
    public void SaysWhatTheKernelSaysOfEachEntry()
    {
        for (var i = 0; i < 300; i++)
        {
            File.WriteAllText(Path.Combine(_folder, $"{i:x3}.md"), string.Empty);
        }

        Directory.CreateDirectory(Path.Combine(_folder, "2024"));
        File.CreateSymbolicLink(Path.Combine(_folder, "link"), "2024");
        Fifo("pipe");

        var listed = FolderEntries.Listed(_folder);
        listed.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        Assert.Equal(listed, FolderEntries.Of(_folder));
    }

    [Fact]
    public void AFolderThatIsGoneOrIsAFileIsNotFound()
    {
        File.WriteAllText(Path.Combine(_folder, "file"), string.Empty);

        Assert.Throws<DirectoryNotFoundException>(() => FolderEntries.Of(Path.Combine(_folder, "gone")));
        Assert.Throws<DirectoryNotFoundException>(() => FolderEntries.Of(Path.Combine(_folder, "file")));
    }

    [Fact]
    public void ANameThatIsNotUtf8IsToldApart()
    {
        File.WriteAllText(Path.Combine(_folder, "bon.md"), string.Empty);
        Bash("touch \"$1\"/$'mauvais\\xff.md'");

        var entries = FolderEntries.Of(_folder);
        Bash("rm \"$1\"/$'mauvais\\xff.md'"); // .NET cannot name it to delete it.

        Assert.Equal([("bon.md", FileKind.Regular), ("mauvais\uFFFD.md", FileKind.BadName)], entries);
    }

    [Fact]
    public void AnEmptyFolderHasNoEntries() => Assert.Empty(FolderEntries.Of(_folder));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Runs <paramref name="script"/> with the folder as $1: bash writes bytes that .NET cannot put in a name.</summary>
    private void Bash(string script)
    {
        using var bash = Process.Start(new ProcessStartInfo("bash", ["-c", script, "bash", _folder]))!;
        bash.WaitForExit();
        Assert.Equal(0, bash.ExitCode);
    }

    private void Fifo(string name)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Path.Combine(_folder, name)]))!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private Socket Listen(string name)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(_folder, name)));
        return socket;
    }
}
